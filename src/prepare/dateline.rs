//! Datelines: the time of writing that relative dates resolve against —
//! a page dateline (`Stand: 12.09.2023 07:43 Uhr`, `Mittwoch, 13. September
//! 2023 | 15:11 Uhr`, `Updated Sept. 13, 2023 3:11 p.m.`), or the time stamps
//! of a ticker's updates (`Update vom 14. September, 6.45 Uhr`), each of
//! which anchors the text that follows it. A ticker stamp without a year
//! takes it from the article.

use std::ops::Range;

use jiff::civil::DateTime;

use crate::model::claim::Lang;
use crate::read::calendar::{self as cal, midnight};
use crate::read::date;
use crate::read::when::{Clock, When};

/// The datelines of one source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Anchors {
    /// Ticker time stamps: (byte offset where the update begins, its time).
    points: Vec<(usize, DateTime)>,
    /// The dateline of the page as a whole.
    published: Option<DateTime>,
    /// Where the datelines stand in the text: they date the article, they
    /// are not claims of it.
    stamps: Vec<Range<usize>>,
}

impl Anchors {
    pub fn new(points: Vec<(usize, DateTime)>, published: Option<DateTime>) -> Anchors {
        let mut points = points;
        points.sort_by_key(|p| p.0);
        Anchors { points, published, stamps: Vec::new() }
    }

    /// Whether the byte range is (part of) a dateline.
    pub(crate) fn is_stamp(&self, range: &Range<usize>) -> bool {
        self.stamps.iter().any(|s| range.start < s.end && s.start < range.end)
    }

    pub fn is_empty(&self) -> bool {
        self.points.is_empty() && self.published.is_none()
    }

    pub(crate) fn set_published(&mut self, at: DateTime) {
        self.published = Some(at);
    }

    /// The dateline of the page: the one given, or the latest ticker update.
    pub fn published(&self) -> Option<DateTime> {
        self.published.or_else(|| self.points.iter().map(|p| p.1).max())
    }

    /// The time of writing of the text at `offset`: the ticker update it
    /// belongs to, or the page's dateline.
    pub fn at(&self, offset: usize) -> Option<DateTime> {
        let i = self.points.partition_point(|p| p.0 <= offset);
        if i > 0 { Some(self.points[i - 1].1) } else { self.published() }
    }
}

/// How many lines at the top of a page may hold its stamp on a line of
/// its own.
const TOP_LINES: usize = 6;

/// A line near the top that is a page's time stamp: a day with its year and
/// maybe a time of day before or after it, and a few words besides (a
/// stamp word, a time zone, a place); the time and the span of the stamp.
fn stamp_line(line: &str, exprs: &[(When, usize, usize)], stamp_word: bool) -> Option<(DateTime, Range<usize>)> {
    if line.trim().len() > 100 {
        return None;
    }
    let (day, mut clock) = exprs.iter().find_map(|(w, _, _)| match split(w) {
        (Some((Some(y), m, d)), c) => Some(((y, m, d), c)),
        _ => None,
    })?;
    if clock.is_none() {
        clock = exprs.iter().find_map(|(w, _, _)| if let When::Time(c) = w { Some(*c) } else { None });
    }
    // the words the dates leave over
    let mut rest = line.to_string();
    for (_, s, e) in exprs.iter().rev() {
        rest.replace_range(*s..*e, " ");
    }
    let words = rest.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() > 1).count();
    if words > 4 + usize::from(stamp_word) * 2 {
        return None;
    }
    let span = exprs.first()?.1..exprs.last()?.2;
    Some((at(day.0, day.1, day.2, clock)?, span))
}

/// A stamp without its year yet: the day (month, day), its time, and where
/// its update begins.
struct Stamp {
    offset: usize,
    year: Option<i32>,
    month: i8,
    day: i8,
    clock: Option<Clock>,
}

/// Finds the datelines in the article lines of `text`.
pub fn find(text: &str, lines: &[Range<usize>], lang: Lang) -> Anchors {
    let mut published: Option<DateTime> = None;
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut stamps: Vec<Stamp> = Vec::new();
    let mut years: Vec<i32> = Vec::new();
    let mut pairs: Vec<(jiff::civil::Weekday, i8, i8)> = Vec::new();
    for (n, r) in lines.iter().enumerate() {
        let line = &text[r.clone()];
        // every dateline has digits
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        // `+++` is a symbol: it opens an update in every language
        let ticker =
            starts_ci(&line[lead..], "+++") || lang.words().dates.ticker.iter().any(|p| starts_ci(&line[lead..], p));
        // a page stamp stands in a short line (a headline, a stamp line)
        let stamp_at = if line.len() > 200 {
            None
        } else {
            lang.words().dates.stamp_words.iter().filter_map(|p| find_ci(line, p).map(|k| k + p.len())).min()
        };
        // only stamps, dated lines and short lines can be datelines
        if !ticker && stamp_at.is_none() && line.trim().len() > 80 {
            continue;
        }
        let exprs = date::parse_all(line, lang);
        let Some((w, s, e)) = exprs.first() else { continue };
        let (day, clock) = split(w);
        let Some((y, m, d)) = day else {
            // `8:05am UK, Monday 16 September 2013`: a time before the day
            if published.is_none()
                && n < TOP_LINES
                && let Some((dt, span)) = stamp_line(line, &exprs, stamp_at.is_some())
            {
                published = Some(dt);
                spans.push(r.start + span.start..r.start + span.end);
            }
            continue;
        };
        if ticker && *s <= lead + 25 {
            stamps.push(Stamp { offset: r.start, year: y, month: m, day: d, clock });
            spans.push(r.start + s..r.start + e);
            continue;
        }
        if published.is_some() {
            continue;
        }
        // `Stand: 12.09.2023 07:43 Uhr` anywhere in a line; a line that is
        // only a date
        let stamped = stamp_at.is_some_and(|k| *s + 1 >= k && *s <= k + 3);
        let alone = line.trim().len() <= e - s + 16 && y.is_some();
        if (stamped || alone)
            && let Some(y) = y
            && let Some(dt) = at(y, m, d, clock)
        {
            published = Some(dt);
            spans.push(r.start + s..r.start + e);
        } else if n < TOP_LINES
            && let Some((dt, span)) = stamp_line(line, &exprs, stamp_at.is_some())
        {
            // `PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM`, `12:52 p. m.
            // EDT May 2, 2013`, `8:05am UK, Monday 16 September 2013`
            published = Some(dt);
            spans.push(r.start + span.start..r.start + span.end);
        }
    }
    if !stamps.is_empty() && stamps.iter().all(|s| s.year.is_none()) && published.is_none() {
        // only a year or a weekday next to a date can tell the year
        for r in lines.iter().filter(|r| may_tell_year(&text[(*r).clone()], lang)) {
            for (w, _, _) in date::parse_all(&text[r.clone()], lang) {
                collect_years(&w, &mut years, &mut pairs);
            }
        }
    }
    // a dateline dates the article around it; a text that is nothing but a
    // date states that date, so its date is no stamp
    if lines.len() <= 1 {
        spans.clear();
    }
    if stamps.is_empty() {
        return Anchors { stamps: spans, ..Anchors::new(Vec::new(), published) };
    }
    let year = infer_year(&stamps, &years, &pairs, published);
    let points = stamps
        .iter()
        .filter_map(|s| {
            let y = s.year.or(year)?;
            Some((s.offset, at(y, s.month, s.day, s.clock)?))
        })
        .collect();
    Anchors { stamps: spans, ..Anchors::new(points, published) }
}

/// Whether a line holds four digits in a row or a weekday's name.
fn may_tell_year(line: &str, lang: Lang) -> bool {
    let digits = line.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    digits
        || line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 6)
            .any(|w| cal::weekday_in(&w.to_lowercase(), lang).is_some_and(|(_, abbr)| !abbr))
}

/// Whether `s` starts with `p` (lower case), ignoring ASCII case.
fn starts_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

/// Where `p` (lower case) first occurs in `s`, ignoring ASCII case.
fn find_ci(s: &str, p: &str) -> Option<usize> {
    let (s, p) = (s.as_bytes(), p.as_bytes());
    if s.len() < p.len() {
        return None;
    }
    let first = p[0];
    (0..=s.len() - p.len())
        .find(|&i| s[i].to_ascii_lowercase() == first && s[i + 1..i + p.len()].eq_ignore_ascii_case(&p[1..]))
}

/// A calendar day: year (if given), month, day.
type Day = (Option<i32>, i8, i8);

/// The day and time an expression gives, if it names a calendar day.
fn split(w: &When) -> (Option<Day>, Option<Clock>) {
    match w {
        When::Day { y, m, d, .. } => (Some((*y, *m, *d)), None),
        When::At(inner, c) => (split(inner).0, Some(*c)),
        _ => (None, None),
    }
}

fn at(y: i32, m: i8, d: i8, clock: Option<Clock>) -> Option<DateTime> {
    let day = cal::date(y, m, d)?;
    match clock {
        Some(c) => Some(day.to_datetime(jiff::civil::Time::new(c.h, c.m, c.s, 0).ok()?)),
        None => Some(midnight(day)),
    }
}

/// Years the article names, and weekdays written with a day but no year.
fn collect_years(w: &When, years: &mut Vec<i32>, pairs: &mut Vec<(jiff::civil::Weekday, i8, i8)>) {
    match w {
        When::Day { y: Some(y), .. } | When::Month { y: Some(y), .. } | When::Year(y) => years.push(*y),
        When::Day { y: None, m, d, wd: Some((wd, _)) } => pairs.push((*wd, *m, *d)),
        When::At(inner, _) | When::Part(_, inner) => collect_years(inner, years, pairs),
        When::Range(a, b) => {
            collect_years(a, years, pairs);
            collect_years(b, years, pairs);
        }
        _ => {}
    }
}

/// The year of a ticker's stamps: from a weekday written with a day
/// (`Mittwoch (13. September)`), the year nearest the latest one the
/// article names on which that day is that weekday; else the year of the
/// page's dateline; else none.
fn infer_year(
    stamps: &[Stamp],
    years: &[i32],
    pairs: &[(jiff::civil::Weekday, i8, i8)],
    published: Option<DateTime>,
) -> Option<i32> {
    if let Some(y) = stamps.iter().find_map(|s| s.year) {
        return Some(y);
    }
    if let Some(p) = published {
        return Some(i32::from(p.year()));
    }
    let latest = years.iter().copied().max();
    if let Some(&(wd, m, d)) = pairs.first() {
        let base = latest.unwrap_or(2000);
        let mut best: Option<i32> = None;
        for dy in 0..=28 {
            for y in [base + dy, base - dy] {
                if cal::date(y, m, d).is_some_and(|day| day.weekday() == wd) && best.is_none() {
                    best = Some(y);
                }
            }
            if best.is_some() {
                break;
            }
        }
        if latest.is_some() {
            return best;
        }
    }
    // a bare year in the text (a history, a reader's comment) never dates
    // the ticker
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for l in text.split_inclusive('\n') {
            let body = l.trim_end_matches(['\n', '\r']);
            if !body.trim().is_empty() {
                out.push(start..start + body.len());
            }
            start += l.len();
        }
        out
    }

    #[test]
    fn page_datelines() {
        let t = "Kim in Russland eingetroffen Stand: 12.09.2023 07:43 Uhr\n\nDer Zug hat Russland erreicht.";
        assert_eq!(find(t, &lines(t), Lang::De).published().map(|d| d.to_string()), Some("2023-09-12T07:43:00".into()));
        let t = "Titel\n\nMittwoch, 13. September 2023 | 15:11 Uhr\n\nText am Mittwoch.";
        assert_eq!(find(t, &lines(t), Lang::De).published().map(|d| d.to_string()), Some("2023-09-13T15:11:00".into()));
        let t = "Headline\nUpdated Sept. 13, 2023 3:11 p.m.\nText on Wednesday.";
        assert_eq!(find(t, &lines(t), Lang::En).published().map(|d| d.to_string()), Some("2023-09-13T15:11:00".into()));
        let t = "Ein Text ohne Datum.\nNoch einer, im Jahr 2019.";
        assert!(find(t, &lines(t), Lang::De).is_empty());
    }

    #[test]
    fn ticker_stamps_take_the_year_from_a_weekday() {
        let t = "Update vom 14. September, 6.45 Uhr: Kim reiste ab.\nUpdate vom 13. September, 12.00 Uhr: Kim sagte am \
                 Mittwoch (13. September) etwas. Die Invasion im Februar 2022.";
        let a = find(t, &lines(t), Lang::De);
        assert_eq!(a.at(0).map(|d| d.to_string()), Some("2023-09-14T06:45:00".into()));
        let second = t.find("Update vom 13").unwrap();
        assert_eq!(a.at(second + 5).map(|d| d.to_string()), Some("2023-09-13T12:00:00".into()));
    }
}
