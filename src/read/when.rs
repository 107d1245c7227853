//! What a date expression says before it is placed on the calendar, and how
//! it is resolved against the time of writing into an interval
//! `[from, to)` with a grain. The middle step of date extraction.

use jiff::ToSpan;
use jiff::civil::{Date, DateTime, Time, Weekday};

use super::calendar::{self as cal, HolidayRule, add_days, add_months, date, midnight, monday};
use crate::lang::DayPart;
use crate::model::claim::{DateValue, Grain};
use crate::settings::Prefer;

mod daytime;

use daytime::{clock_at, clock_span, day_of_writing, time_alone};

/// A unit of the calendar: the same units a date's grain is given in.
pub use crate::model::claim::Grain as Unit;

impl Unit {
    fn seconds(self) -> f64 {
        match self {
            Unit::Second => 1.0,
            Unit::Minute => 60.0,
            Unit::Hour => 3600.0,
            Unit::Day => 86_400.0,
            Unit::Week => 604_800.0,
            Unit::Month => 2_592_000.0,
            Unit::Quarter => 7_776_000.0,
            Unit::Year => 31_536_000.0,
        }
    }
}

/// Which way a weekday points from the time of writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Toward {
    /// As the reader prefers (past for news).
    Bare,
    /// The next one after today (`nächsten Dienstag`), `n` weeks on.
    Next(i64),
    /// The last one before today (`letzten Sonntag`).
    Last,
    /// The next one from today on (`bis Mittwoch`).
    Ahead,
    /// That day in the week `n` weeks from this one (`Mittwoch nächste Woche`).
    Week(i64),
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub h: i8,
    pub m: i8,
    pub s: i8,
    /// `um 3`, `halb vier`: could be either half of the day.
    pub twelve: bool,
    /// Minutes or seconds were given.
    pub fine: Grain,
}

/// A date expression.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    /// A day; the year may be missing, and a weekday may be written with it.
    Day {
        y: Option<i32>,
        m: i8,
        d: i8,
        wd: Option<(Weekday, String)>,
    },
    Month {
        y: Option<i32>,
        m: i8,
    },
    Year(i32),
    Decade(i32),
    /// `Anfang/Mitte/Ende` (0, 1, 2) of a month or year.
    Part(u8, Box<When>),
    Quarter {
        y: Option<i32>,
        q: i8,
        rel: Option<i64>,
    },
    Weekday(Weekday, Toward),
    /// `heute` (0), `gestern` (−1), …
    RelDay(i64),
    /// This (0) / next (1) / last (−1) week, month, quarter, year.
    RelUnit(Unit, i64),
    /// `letzten September` (−1), `nächsten März` (1).
    RelMonth(i8, i64),
    /// The weekend of this (0) / next (1) week.
    Weekend(i64),
    /// From today to the end of the week.
    RestOfWeek,
    Season {
        start: (i8, i8),
        y: Option<i32>,
        rel: i64,
    },
    /// `vor zwei Wochen` (−2 weeks), `in 3 Tagen`.
    Shift(f64, Unit),
    /// The last/next `n` units, today's unit left out.
    Span(i64, Unit, bool),
    Holiday {
        rule: HolidayRule,
        y: Option<i32>,
        rel: Option<i64>,
        nth: Option<i64>,
    },
    /// n-th (or last, −1) weekday of a month.
    NthWeekday {
        n: i8,
        wd: Weekday,
        month: Box<When>,
    },
    /// n-th (or last, −1) day or week of a month.
    NthOf {
        n: i8,
        unit: Unit,
        month: Box<When>,
    },
    /// A part of a day (`Sunday evening`), or of the day in question when
    /// none is named (`am Nachmittag`: the day named before, else today).
    DayPart(Option<Box<When>>, DayPart),
    Time(Clock),
    At(Box<When>, Clock),
    Range(Box<When>, Box<When>),
}

/// An interval with its grain.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span {
    pub from: DateTime,
    pub to: DateTime,
    pub grain: Grain,
}

impl When {
    /// Whether the expression needs the time of writing.
    pub fn relative(&self) -> bool {
        match self {
            When::Day { y, .. } | When::Month { y, .. } => y.is_none(),
            When::Year(_) | When::Decade(_) => false,
            When::Part(_, w) => w.relative(),
            When::Quarter { y, .. } | When::Season { y, .. } | When::Holiday { y, .. } => y.is_none(),
            When::NthWeekday { month, .. } | When::NthOf { month, .. } => month.relative(),
            When::At(w, _) | When::DayPart(Some(w), _) => w.relative(),
            When::Range(a, b) => a.relative() && b.relative(),
            _ => true,
        }
    }

    /// Fills a missing year from another date of the same range.
    pub(crate) fn with_year_of(self, other: &When) -> When {
        let oy = match other {
            When::Day { y, .. } | When::Month { y, .. } => *y,
            When::Year(y) => Some(*y),
            _ => None,
        };
        match self {
            When::Day { y: None, m, d, wd } => When::Day { y: oy, m, d, wd },
            When::Month { y: None, m } => When::Month { y: oy, m },
            w => w,
        }
    }
}

fn span(from: Date, to: Date, grain: Grain) -> Span {
    Span { from: midnight(from), to: midnight(to), grain }
}

fn month_span(y: i32, m: i8) -> Option<Span> {
    let f = date(y, m, 1)?;
    Some(span(f, add_months(f, 1)?, Grain::Month))
}

fn year_span(y: i32) -> Option<Span> {
    Some(span(date(y, 1, 1)?, date(y + 1, 1, 1)?, Grain::Year))
}

fn day_span(d: Date) -> Option<Span> {
    Some(span(d, add_days(d, 1)?, Grain::Day))
}

/// The most recent (or next) weekday from `today`.
fn weekday_from(today: Date, wd: Weekday, toward: Toward, prefer: Prefer) -> Option<Date> {
    let off = i64::from(wd.to_monday_zero_offset()) - i64::from(today.weekday().to_monday_zero_offset());
    let back = off.rem_euclid(7); // days forward to the next one (0 = today)
    match toward {
        Toward::Bare => match prefer {
            Prefer::Past => add_days(today, -(7 - back) % 7),
            Prefer::Future => add_days(today, if back == 0 { 7 } else { back }),
        },
        Toward::Next(n) => add_days(today, (if back == 0 { 7 } else { back }).saturating_add(n.saturating_mul(7))),
        Toward::Ahead => add_days(today, back),
        Toward::Last => {
            let b = (7 - back) % 7;
            add_days(today, -(if b == 0 { 7 } else { b }))
        }
        Toward::Week(n) => cal::in_week(add_days(monday(today), n.saturating_mul(7))?, wd),
    }
}

fn year_or(y: Option<i32>, anchor: Option<DateTime>) -> Option<i32> {
    y.or(anchor.map(|a| i32::from(a.year())))
}

/// A bare month: the nearest one in the preferred direction.
fn bare_month(m: i8, a: DateTime, prefer: Prefer) -> i32 {
    let y = i32::from(a.year());
    match prefer {
        Prefer::Past if m > a.month() => y - 1,
        Prefer::Future if m < a.month() => y + 1,
        _ => y,
    }
}

/// Places an expression on the calendar.
pub fn resolve(w: &When, anchor: Option<DateTime>, prefer: Prefer) -> Option<Span> {
    let a = anchor;
    match w {
        When::Day { y, m, d, .. } => day_span(date(year_or(*y, a)?, *m, *d)?),
        When::Month { y: Some(y), m } => month_span(*y, *m),
        When::Month { y: None, m } => month_span(bare_month(*m, a?, prefer), *m),
        When::Year(y) => year_span(*y),
        When::Decade(y) => Some(span(date(*y, 1, 1)?, date(*y + 10, 1, 1)?, Grain::Year)),
        When::Part(p, inner) => part_of(*p, inner, a, prefer),
        When::Quarter { y, q, rel } => quarter(*y, *q, *rel, a),
        When::Weekday(wd, toward) => day_span(weekday_from(a?.date(), *wd, *toward, prefer)?),
        When::RelDay(n) => day_span(add_days(a?.date(), *n)?),
        When::RelUnit(u, n) => rel_unit(*u, *n, a?, prefer),
        When::RelMonth(m, n) => rel_month(*m, *n, a?),
        When::Weekend(n) => {
            let sat = cal::in_week(add_days(monday(a?.date()), n.saturating_mul(7))?, Weekday::Saturday)?;
            Some(span(sat, add_days(sat, 2)?, Grain::Day))
        }
        When::RestOfWeek => {
            let today = a?.date();
            Some(span(today, add_days(monday(today), 7)?, Grain::Day))
        }
        // a season of a named year: its three months (`im Sommer 2013`:
        // June to August)
        When::Season { start, y: Some(y), rel: 0 } => {
            let from = date(*y, start.0, 1)?;
            Some(span(from, add_months(from, 3)?, Grain::Month))
        }
        When::Season { start, y, rel } => season(*start, *y, *rel, a?),
        When::Shift(n, u) => shift(a?, *n, *u),
        When::Span(n, u, past) => last_or_next(*n, *u, *past, a?),
        When::Holiday { rule, y, rel, nth } => holiday(*rule, *y, *rel, *nth, a, prefer),
        When::NthWeekday { n, wd, month } => {
            let s = resolve(month, a, prefer)?;
            day_span(s.from.date().nth_weekday_of_month(*n, *wd).ok()?)
        }
        When::NthOf { n, unit, month } => nth_of(*n, *unit, month, a, prefer),
        When::DayPart(day, part) => {
            let s = match day.as_deref() {
                Some(When::RelDay(0)) | None => day_span(day_of_writing(*part, a?, prefer)?)?,
                Some(d) => resolve(d, a, prefer)?,
            };
            let midnight = s.from.date().to_datetime(Time::midnight());
            let (h0, h1) = part.hours();
            let from = midnight.checked_add(h0.hours()).ok()?;
            let to = midnight.checked_add(h1.hours()).ok()?;
            Some(Span { from, to, grain: Grain::Hour })
        }
        When::Time(c) => time_alone(*c, a?, prefer),
        When::At(inner, c) => {
            // `12:30 a.m. Tuesday` in a text stamped late on Monday: the
            // Tuesday that has just begun, not the one a week before
            if let (When::Weekday(wd, Toward::Bare), Some(a), Prefer::Past) = (&**inner, a, prefer)
                && let Some(s) = daytime::just_begun(*wd, *c, a)
            {
                return Some(s);
            }
            let s = resolve(inner, a, prefer)?;
            clock_span(clock_at(s.from.date(), *c)?, *c)
        }
        When::Range(x, y) => {
            let s = resolve(x, a, prefer)?;
            let e = resolve(y, a, prefer)?;
            (s.from <= e.from).then_some(Span { from: s.from, to: e.to.max(s.to), grain: s.grain.min(e.grain) })
        }
    }
}

/// `Anfang/Mitte/Ende` (0, 1, 2) of a month (a third of it) or of a year
/// (four months).
fn part_of(p: u8, inner: &When, a: Option<DateTime>, prefer: Prefer) -> Option<Span> {
    let s = resolve(inner, a, prefer)?;
    match s.grain {
        Grain::Month => {
            let f = s.from.date();
            let (d0, d1) = match p {
                0 => (1, 11),
                1 => (11, 21),
                _ => (21, 0),
            };
            let from = date(i32::from(f.year()), f.month(), d0)?;
            let to = if d1 == 0 { add_months(f, 1)? } else { date(i32::from(f.year()), f.month(), d1)? };
            Some(span(from, to, Grain::Day))
        }
        Grain::Year => {
            let y = i32::from(s.from.year());
            let m0 = 1 + 4 * i8::try_from(p).ok()?;
            let from = date(y, m0, 1)?;
            Some(span(from, add_months(from, 4)?, Grain::Month))
        }
        _ => None,
    }
}

/// A quarter of a named year, or `rel` quarters from the time of writing.
fn quarter(y: Option<i32>, q: i8, rel: Option<i64>, a: Option<DateTime>) -> Option<Span> {
    let (y, q) = match rel {
        Some(n) => {
            let a = a?;
            let cur = i64::from((a.month() - 1) / 3);
            let k = i64::from(a.year()) * 4 + cur + n;
            (k.div_euclid(4) as i32, (k.rem_euclid(4) + 1) as i8)
        }
        None => (year_or(y, a)?, q),
    };
    let from = date(y, (q - 1) * 3 + 1, 1)?;
    Some(span(from, add_months(from, 3)?, Grain::Quarter))
}

/// This (0), next (1) or last (−1) day, week, month, quarter or year.
fn rel_unit(u: Unit, n: i64, a: DateTime, prefer: Prefer) -> Option<Span> {
    let today = a.date();
    match u {
        Unit::Day => day_span(add_days(today, n)?),
        Unit::Week => {
            let f = add_days(monday(today), n.saturating_mul(7))?;
            Some(span(f, add_days(f, 7)?, Grain::Week))
        }
        Unit::Month => {
            let f = add_months(today.first_of_month(), n)?;
            Some(span(f, add_months(f, 1)?, Grain::Month))
        }
        Unit::Quarter => resolve(&When::Quarter { y: None, q: 1, rel: Some(n) }, Some(a), prefer),
        Unit::Year => year_span(i32::from(today.year()).saturating_add(i32::try_from(n).ok()?)),
        _ => None,
    }
}

/// `letzten September` (−1), `nächsten März` (1).
fn rel_month(m: i8, n: i64, a: DateTime) -> Option<Span> {
    let y = i32::from(a.year());
    let y = match n {
        n if n < 0 => y + n as i32,
        0 => y,
        n => {
            let first = if m > a.month() { y } else { y + 1 };
            first + n as i32 - 1
        }
    };
    month_span(y, m)
}

/// The season that holds the time of writing, or the one `rel` away.
fn season(start: (i8, i8), y: Option<i32>, rel: i64, a: DateTime) -> Option<Span> {
    let mut y = y.unwrap_or(i32::from(a.year()));
    // the season that holds the time of writing, or the one `rel` away
    if y == i32::from(a.year()) && start.0 == 12 && a.month() < 3 {
        y -= 1;
    }
    y += rel as i32;
    let from = date(y, start.0, start.1)?;
    Some(span(from, add_months(from, 3)?, Grain::Month))
}

/// The last (`past`) or next `n` days, weeks, months or years.
fn last_or_next(n: i64, u: Unit, past: bool, a: DateTime) -> Option<Span> {
    let today = a.date();
    type Step = fn(Date, i64) -> Option<Date>;
    let (base, step): (Date, Step) = match u {
        Unit::Day => (today, add_days),
        Unit::Week => (monday(today), |d, k| add_days(d, k.saturating_mul(7))),
        Unit::Month => (today.first_of_month(), add_months),
        Unit::Year => (today.first_of_year(), |d, k| add_months(d, k.saturating_mul(12))),
        _ => return None,
    };
    let (from, to) =
        if past { (step(base, n.saturating_neg())?, base) } else { (step(base, 1)?, step(base, n.saturating_add(1))?) };
    Some(span(from, to, u))
}

/// A holiday of a named year, of `rel` years from now, or the nearest one.
fn holiday(
    rule: HolidayRule,
    y: Option<i32>,
    rel: Option<i64>,
    nth: Option<i64>,
    a: Option<DateTime>,
    prefer: Prefer,
) -> Option<Span> {
    let y = match (y, rel) {
        (Some(y), _) => y,
        (None, Some(n)) => i32::from(a?.year()) + n as i32,
        (None, None) => {
            let a = a?;
            let y = i32::from(a.year());
            let this = rule.day(y, nth)?;
            match prefer {
                Prefer::Past if this > a.date() => y - 1,
                Prefer::Future if this < a.date() => y + 1,
                _ => y,
            }
        }
    };
    day_span(rule.day(y, nth)?)
}

/// The n-th (or last) day or week of a month.
fn nth_of(n: i8, unit: Unit, month: &When, a: Option<DateTime>, prefer: Prefer) -> Option<Span> {
    let s = resolve(month, a, prefer)?;
    let first = s.from.date();
    match unit {
        Unit::Day => {
            let d = if n < 0 { first.last_of_month() } else { add_days(first, i64::from(n) - 1)? };
            (d.month() == first.month()).then_some(())?;
            day_span(d)
        }
        Unit::Week => {
            // weeks that lie wholly in the month, Monday first
            let f = if n < 0 {
                let last = first.last_of_month();
                let f = monday(last);
                if add_days(f, 6)? > last { add_days(f, -7)? } else { f }
            } else {
                add_days(first.nth_weekday_of_month(1, Weekday::Monday).ok()?, 7 * (i64::from(n) - 1))?
            };
            Some(span(f, add_days(f, 7)?, Grain::Week))
        }
        _ => None,
    }
}

/// `vor zwei Wochen`, `in 3 Tagen`: the time of writing moved by `n` units,
/// to the next finer grain (`vor zwei Jahren` names a month).
fn shift(a: DateTime, n: f64, u: Unit) -> Option<Span> {
    let whole = n.fract() == 0.0 && n.abs() < 1e9;
    let moved = if whole && matches!(u, Unit::Month | Unit::Quarter | Unit::Year) {
        let months = (n as i64).saturating_mul(match u {
            Unit::Year => 12,
            Unit::Quarter => 3,
            _ => 1,
        });
        a.checked_add(jiff::Span::new().try_months(months).ok()?).ok()?
    } else if whole && matches!(u, Unit::Day | Unit::Week) {
        let days = (n as i64).saturating_mul(if u == Unit::Week { 7 } else { 1 });
        a.checked_add(jiff::Span::new().try_days(days).ok()?).ok()?
    } else {
        let secs = n * u.seconds();
        if !secs.is_finite() || secs.abs() > 1e12 {
            return None;
        }
        a.checked_add(jiff::Span::new().try_seconds(secs.round() as i64).ok()?).ok()?
    };
    let (grain, from, to) = match u {
        Unit::Year | Unit::Quarter => {
            let f = midnight(moved.date().first_of_month());
            (Grain::Month, f, f.checked_add(1.month()).ok()?)
        }
        Unit::Month | Unit::Week => {
            let f = midnight(moved.date());
            (Grain::Day, f, f.checked_add(1.day()).ok()?)
        }
        Unit::Day => {
            let f = moved.date().to_datetime(Time::new(moved.hour(), 0, 0, 0).ok()?);
            (Grain::Hour, f, f.checked_add(1.hour()).ok()?)
        }
        Unit::Hour => {
            let f = moved.date().to_datetime(Time::new(moved.hour(), moved.minute(), 0, 0).ok()?);
            (Grain::Minute, f, f.checked_add(1.minute()).ok()?)
        }
        Unit::Minute | Unit::Second => {
            let f = moved.date().to_datetime(Time::new(moved.hour(), moved.minute(), moved.second(), 0).ok()?);
            (Grain::Second, f, f.checked_add(1.second()).ok()?)
        }
    };
    Some(Span { from, to, grain })
}

/// The claim value of an expression: resolved when it can be, otherwise
/// kept as an unanchored relative date.
pub fn value(w: &When, anchor: Option<DateTime>, prefer: Prefer) -> Option<DateValue> {
    let relative = w.relative();
    match resolve(w, anchor, prefer) {
        Some(s) => Some(DateValue {
            from: Some(s.from),
            to: Some(s.to),
            grain: s.grain,
            relative,
            weekday_mismatch: mismatch(w, s.from.date()),
        }),
        None if relative && anchor.is_none() => {
            Some(DateValue { from: None, to: None, grain: grain_hint(w), relative: true, weekday_mismatch: None })
        }
        None => None,
    }
}

fn mismatch(w: &When, d: Date) -> Option<String> {
    match w {
        When::Day { wd: Some((wd, name)), .. } if *wd != d.weekday() => Some(name.clone()),
        When::At(inner, _) => mismatch(inner, d),
        // the night before a day begins on the day before it
        When::DayPart(Some(inner), p) if p.hours().0 < 0 => mismatch(inner, add_days(d, 1)?),
        When::DayPart(Some(inner), _) => mismatch(inner, d),
        _ => None,
    }
}

/// The grain an unresolved expression would have.
fn grain_hint(w: &When) -> Grain {
    match w {
        When::Month { .. } | When::RelMonth(..) | When::Season { .. } => Grain::Month,
        When::Quarter { .. } => Grain::Quarter,
        When::RelUnit(u, _) | When::Span(_, u, _) => *u,
        When::Shift(_, u) => match u {
            Unit::Year | Unit::Quarter => Grain::Month,
            Unit::Month | Unit::Week => Grain::Day,
            Unit::Day => Grain::Hour,
            Unit::Hour => Grain::Minute,
            _ => Grain::Second,
        },
        When::Time(c) | When::At(_, c) => c.fine,
        When::DayPart(..) => Grain::Hour,
        When::Range(a, _) => grain_hint(a),
        _ => Grain::Day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;

    fn from(w: When, prefer: Prefer) -> String {
        let a = datetime(2013, 2, 12, 4, 30, 0, 0);
        resolve(&w, Some(a), prefer).map(|s| s.from.to_string()).unwrap_or_default()
    }

    #[test]
    fn weekdays_lean_to_the_past_unless_told() {
        assert_eq!(from(When::Weekday(Weekday::Tuesday, Toward::Bare), Prefer::Past), "2013-02-12T00:00:00");
        assert_eq!(from(When::Weekday(Weekday::Monday, Toward::Bare), Prefer::Past), "2013-02-11T00:00:00");
        assert_eq!(from(When::Weekday(Weekday::Monday, Toward::Bare), Prefer::Future), "2013-02-18T00:00:00");
        assert_eq!(from(When::Weekday(Weekday::Tuesday, Toward::Bare), Prefer::Future), "2013-02-19T00:00:00");
        assert_eq!(from(When::Weekday(Weekday::Sunday, Toward::Last), Prefer::Past), "2013-02-10T00:00:00");
        assert_eq!(from(When::Weekday(Weekday::Wednesday, Toward::Week(1)), Prefer::Past), "2013-02-20T00:00:00");
    }

    #[test]
    fn shifts_and_spans() {
        assert_eq!(from(When::Shift(-2.0, Unit::Week), Prefer::Past), "2013-01-29T00:00:00");
        assert_eq!(from(When::Shift(-2.0, Unit::Year), Prefer::Past), "2011-02-01T00:00:00");
        assert_eq!(from(When::Span(2, Unit::Week, true), Prefer::Past), "2013-01-28T00:00:00");
        assert_eq!(from(When::Span(3, Unit::Month, false), Prefer::Past), "2013-03-01T00:00:00");
    }
}
