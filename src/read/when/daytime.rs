//! Times of day on the calendar: a bare time told in the past is the
//! latest such time not long after the time of writing, `tonight` in a
//! text of the small hours is the evening before, and a time on the day
//! that has just begun after a late stamp is on that day.

use jiff::ToSpan;
use jiff::civil::{Date, DateTime, Time, Weekday};

use super::{Clock, Span};
use crate::lang::DayPart;
use crate::model::claim::Grain;
use crate::read::calendar::add_days;
use crate::settings::Prefer;

pub(super) fn clock_at(d: Date, c: Clock) -> Option<DateTime> {
    let t = Time::new(c.h, c.m, c.s, 0).ok()?;
    Some(d.to_datetime(t))
}

pub(super) fn clock_span(at: DateTime, c: Clock) -> Option<Span> {
    let to = match c.fine {
        Grain::Second => at.checked_add(1.second()).ok()?,
        Grain::Minute => at.checked_add(1.minute()).ok()?,
        _ => at.checked_add(1.hour()).ok()?,
    };
    Some(Span { from: at, to, grain: c.fine })
}

/// A time of day alone: on the day of writing, or (preferring the future)
/// its next occurrence, taking either half of the day when the text leaves
/// it open.
pub(super) fn time_alone(c: Clock, a: DateTime, prefer: Prefer) -> Option<Span> {
    let today = a.date();
    if prefer == Prefer::Future {
        let mut cands = vec![c];
        if c.twelve && c.h < 12 {
            cands.push(Clock { h: c.h + 12, ..c });
        }
        let mut best: Option<DateTime> = None;
        for day in [today, add_days(today, 1)?] {
            for k in &cands {
                let t = clock_at(day, *k)?;
                if t >= a.checked_sub(59.seconds()).ok()? && best.is_none_or(|b| t < b) {
                    best = Some(t);
                }
            }
            if best.is_some() {
                break;
            }
        }
        return clock_span(best?, c);
    }
    // news tells of what has happened: a time later in the day than the
    // time of writing was the day before (`at 8 p.m.` in a text of 02:03)
    let at = clock_at(today, c)?;
    let day =
        if written_at(a) && at > a.checked_add(LATE_GRACE.minutes()).ok()? { add_days(today, -1)? } else { today };
    clock_span(clock_at(day, c)?, c)
}

/// How many minutes after the time of writing a time of day told in the
/// past may lie and still be on the day of writing: a page updated after
/// its stamp, or stamped in another time zone.
const LATE_GRACE: i64 = 180;

/// Whether the time of writing gives a time of day: a dateline without
/// one is read as midnight.
fn written_at(a: DateTime) -> bool {
    a.time() != Time::midnight()
}

/// The hour before which `tonight`, `this evening` of the day of writing
/// is the evening before: a text written in the small hours tells of the
/// night it is written in.
const SMALL_HOURS: i8 = 6;

/// The day a part of the day of writing is on: the day before for the
/// evening and night of a text written in the small hours, unless the
/// clause points ahead.
pub(super) fn day_of_writing(part: DayPart, a: DateTime, prefer: Prefer) -> Option<Date> {
    let evening = matches!(part, DayPart::Evening | DayPart::Night);
    if evening && prefer == Prefer::Past && written_at(a) && a.hour() < SMALL_HOURS {
        add_days(a.date(), -1)
    } else {
        Some(a.date())
    }
}

/// `12:30 a.m. Tuesday` in a text stamped late on Monday: the Tuesday that
/// has just begun, not the one a week before, when that time lies within
/// the grace after the time of writing.
pub(super) fn just_begun(wd: Weekday, c: Clock, a: DateTime) -> Option<Span> {
    let next = add_days(a.date(), 1).filter(|d| d.weekday() == wd)?;
    let at = clock_at(next, c)?;
    (written_at(a) && at <= a.checked_add(LATE_GRACE.minutes()).ok()?).then_some(())?;
    clock_span(at, c)
}
