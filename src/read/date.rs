//! Dates and times: absolute forms (`13. September 2023`, `12.09.2023
//! 07:43 Uhr`, `im Februar 2022`, `seit 2019`, `Ende August`) and relative
//! ones (`am Mittwoch`, `gestern`, `vor zwei Wochen`, `four years ago`),
//! read from tokens into a [`When`] and resolved against the time of
//! writing into an interval with a grain.

use std::sync::LazyLock;

use jiff::civil::DateTime;

mod absolute;
mod daypart;
mod relative;
mod tense;

use tense::Tense;

use super::Found;
use super::calendar as cal;
use super::clock;
use super::token::{Kind, Toks, WordSet};
use super::when::{self, Toward, When};
use crate::lang::Dates;
use crate::model::claim::{DateValue, Lang};
use crate::settings::Prefer;

/// The dates and times named in one sentence.
pub fn find(sentence: &str, lang: Lang, anchor: Option<DateTime>, prefer: Prefer) -> Vec<Found<DateValue>> {
    find_in(&Toks::new(sentence), lang, anchor, prefer)
}

/// The dates of an already tokenised sentence that follows, in its
/// paragraph, a sentence that named `day`: a bare time (`Um 6.40 Uhr brach
/// die Brücke`) is on that day, not on the day of writing.
pub(crate) fn find_after(
    t: &Toks,
    lang: Lang,
    anchor: Option<DateTime>,
    prefer: Prefer,
    day: Option<jiff::civil::Date>,
) -> Vec<Found<DateValue>> {
    let day = day.map(|d| When::Day { y: Some(i32::from(d.year())), m: d.month(), d: d.day(), wd: None });
    find_from(t, lang, anchor, prefer, day)
}

/// The dates of an already tokenised sentence.
pub(crate) fn find_in(t: &Toks, lang: Lang, anchor: Option<DateTime>, prefer: Prefer) -> Vec<Found<DateValue>> {
    find_from(t, lang, anchor, prefer, None)
}

fn find_from(
    t: &Toks,
    lang: Lang,
    anchor: Option<DateTime>,
    prefer: Prefer,
    day: Option<When>,
) -> Vec<Found<DateValue>> {
    let p = DateReader { t, lang, lone: t.len() <= 3 };
    let mut out = Vec::new();
    // the last day named: a bare time after it is on that day
    // (`am Dienstagmorgen … gegen 6.40 Uhr`), not on the day of writing
    let mut day = day;
    let mut i = 0;
    // the token after the last time of day read
    let mut after_time = usize::MAX;
    // whether this sentence has named a day yet
    let mut named_here = false;
    // whether the sentence reports a game, found when first needed
    let mut game = None;
    while i < t.len() {
        if let Some((w, s, e)) = p.expr(i) {
            // a game clock (`with 2:31 left`) and a quarter of a game (`in
            // the third quarter` by the score `82-71`) are no dates
            let of_game = match &w {
                When::Time(_) => p.game_clock(e),
                When::Quarter { y: None, rel: None, .. } => *game.get_or_insert_with(|| p.game_context()),
                _ => false,
            };
            if of_game {
                i = e;
                continue;
            }
            // `at 6:00 p.m. local time (1300 GMT)`: the same time in another
            // zone is no claim of its own (nor a zone time in parentheses
            // that opens the sentence)
            let is_time = matches!(w, When::Time(_) | When::At(..));
            if is_time
                && s > 0
                && t.is_mark(s - 1, '(')
                && (s <= 1
                    || after_time.checked_add(2).is_some_and(|a| s <= a)
                    || t.is_any(s - 2, lang.words().dates.zone_time))
            {
                i = e;
                continue;
            }
            if is_time {
                after_time = e;
            }
            // `at 3:20 p.m. in the region Thursday`: a day named right after
            // the time, in its clause, before the day of a sentence before
            let later = match (&w, named_here) {
                (When::Time(_), false) => p.day_right_after(e),
                _ => None,
            };
            let w = match (w, later.as_ref().or(day.as_ref())) {
                (When::Time(c), Some(d)) => When::At(Box::new(d.clone()), c),
                (When::DayPart(None, p), Some(d)) => When::DayPart(Some(Box::new(d.clone())), p),
                (w, _) => w,
            };
            if names_a_day(&w) {
                named_here = true;
                day = Some(w.clone());
            } else if let When::DayPart(Some(d), _) = &w
                && names_a_day(d)
            {
                day = Some((**d).clone());
            }
            // `every Tuesday`, `dienstags`: no day of an event
            if p.recurring(s, e) {
                i = e;
                continue;
            }
            // `expects to close the deal in March`, `will begin at 8 p.m.`:
            // a bare month or time in a clause about the future is the next
            let tense = if prefer == Prefer::Past && bare(&w) { p.tense(s, e) } else { None };
            let v = match (tense, anchor) {
                // a day and month without a year: behind or ahead of the time
                // of writing as the tense says, else in its year
                (Some(Tense::Ahead), Some(a)) if day_of_no_year(&w) => placed(&w, a, false),
                (Some(Tense::Back), Some(a)) if day_of_no_year(&w) => placed(&w, a, true),
                (Some(Tense::Ahead), _) => when::value(&w, anchor, Prefer::Future),
                (Some(Tense::Near), Some(a)) => nearer(&w, a),
                // a weekday with no tense to place it: the next day or the
                // one after (`advances to play Saturday` written on a Friday)
                (None, Some(a)) if matches!(w, When::Weekday(_, Toward::Bare)) => {
                    soon(&w, a).or_else(|| when::value(&w, anchor, prefer))
                }
                _ => when::value(&w, anchor, prefer),
            };
            let Some(v) = v else {
                i += 1;
                continue;
            };
            out.push(Found { start: t.start(s), end: t.end_before(e), value: v });
            i = e;
            continue;
        }
        i += 1;
    }
    out
}

/// The value of a bare expression nearer to the time of writing, looking
/// back or ahead.
fn nearer(w: &When, a: DateTime) -> Option<DateValue> {
    let back = when::value(w, Some(a), Prefer::Past);
    let ahead = when::value(w, Some(a), Prefer::Future);
    let off = |v: &Option<DateValue>| v.as_ref().and_then(|v| v.from).map(|f| f.duration_since(a).as_secs().abs());
    match (off(&back), off(&ahead)) {
        (Some(b), Some(f)) if f < b => ahead,
        (Some(_), _) => back,
        _ => ahead,
    }
}

/// How many days ahead of the time of writing a weekday without a tense
/// may lie and still be the coming one rather than the last.
const SOON_DAYS: i64 = 2;

/// The value of a weekday ahead, when it comes within [`SOON_DAYS`].
fn soon(w: &When, a: DateTime) -> Option<DateValue> {
    let ahead = when::value(w, Some(a), Prefer::Future)?;
    let days = (ahead.from?.date() - a.date()).get_days();
    (i64::from(days) <= SOON_DAYS).then_some(ahead)
}

/// Whether an expression is placed by the preferred direction alone: a
/// bare month, weekday or time of day, or one of them with a time or a
/// part of the day.
fn bare(w: &When) -> bool {
    match w {
        When::Month { y: None, .. }
        | When::Day { y: None, .. }
        | When::Weekday(_, Toward::Bare)
        | When::Time(_)
        | When::Holiday { y: None, rel: None, .. } => true,
        When::At(d, _) | When::DayPart(Some(d), _) | When::Range(d, _) => bare(d),
        When::DayPart(None, _) | When::RelDay(0) => true,
        _ => false,
    }
}

/// A day and month without a year (or a range of them) in the year that
/// puts it behind the time of writing (`was found on April 9` written in
/// January: last year's) or ahead of it; a day after the time of writing
/// still counts as behind it (a time zone, a late dateline).
fn placed(w: &When, a: DateTime, back: bool) -> Option<DateValue> {
    let today = a.date();
    let year = |m: i8, d: i8| {
        let y = i32::from(today.year());
        let this = jiff::civil::Date::new(i16::try_from(y).ok()?, m, d).ok()?;
        let days = (this - today).get_days();
        Some(if back && days > 1 {
            y - 1
        } else if !back && days < 0 {
            y + 1
        } else {
            y
        })
    };
    let fill = |w: &When, y: i32| match w {
        When::Day { y: None, m, d, wd } => When::Day { y: Some(y), m: *m, d: *d, wd: wd.clone() },
        w => w.clone(),
    };
    let filled = match w {
        When::Day { m, d, .. } => fill(w, year(*m, *d)?),
        When::Range(x, z) => match **x {
            When::Day { m, d, .. } => {
                let y = year(m, d)?;
                When::Range(Box::new(fill(x, y)), Box::new(fill(z, y)))
            }
            _ => w.clone(),
        },
        _ => w.clone(),
    };
    let mut v = when::value(&filled, Some(a), Prefer::Past)?;
    v.relative = true;
    Some(v)
}

/// A day and month without a year, or a range that starts with one.
fn day_of_no_year(w: &When) -> bool {
    match w {
        When::Day { y: None, .. } => true,
        When::Range(d, _) => day_of_no_year(d),
        _ => false,
    }
}

/// Whether an expression names one calendar day (and no time of it).
fn names_a_day(w: &When) -> bool {
    matches!(w, When::Day { .. } | When::Weekday(..) | When::RelDay(_))
}

/// How many tokens after a time of day a day it is on may stand.
const DAY_AFTER_TIME: usize = 6;

impl DateReader<'_> {
    /// The day named within a few tokens after `from`, in the same clause.
    fn day_right_after(&self, from: usize) -> Option<When> {
        let t = self.t();
        let end = t.len().min(from + DAY_AFTER_TIME);
        for k in from..end {
            if matches!(t.mark(k), Some(',' | ';' | ':' | '(' | ')')) {
                return None;
            }
            if let Some((w, _, _)) = self.expr(k) {
                return names_a_day(&w).then_some(w);
            }
        }
        None
    }
}

/// Reads date expressions from one sentence's tokens.
pub(crate) struct DateReader<'a> {
    pub t: &'a Toks<'a>,
    pub lang: Lang,
    /// The sentence is a few tokens at most (a table cell, a dateline).
    pub lone: bool,
}

impl DateReader<'_> {
    pub(super) fn t(&self) -> &Toks<'_> {
        self.t
    }

    /// The date words of the sentence's language.
    pub(super) fn d(&self) -> &'static Dates {
        &self.lang.words().dates
    }

    /// The longest date expression at `i`: (expression, first token, end).
    pub(crate) fn expr(&self, i: usize) -> Option<(When, usize, usize)> {
        let t = self.t();
        // quick exit: a date starts with a digit, a letter or `(`
        match t.kind(i)? {
            Kind::Mark(_) => return None,
            Kind::Word if !may_start(t.low(i), self.lang) => return None,
            _ => {}
        }
        let (s, k) = if t.is_any(i, self.d().openers) { (i, i + 1) } else { (i, i) };
        // `am Nachmittag`: the opener is part of the day part
        let (mut w, e) = self.with_time(k).or_else(|| if k > i { self.day_part_alone(i) } else { None })?;
        // `bis Mittwoch`, `wird am Montag reisen`: a bare weekday that
        // points ahead
        if let When::Weekday(wd, Toward::Bare) = w
            && self.points_ahead(s, e)
        {
            w = When::Weekday(wd, Toward::Ahead);
        }
        Some((w, s, e))
    }

    /// Whether the date at tokens `s..e` points ahead of the time of
    /// writing: after `bis`, `until`, or in a clause about the future.
    fn points_ahead(&self, s: usize, e: usize) -> bool {
        (s > 0 && self.t().is_any(s - 1, self.d().ahead_before)) || self.future_clause(s, e)
    }

    /// A date with a time after it, a time with a date after it, or either
    /// alone; and ranges of them.
    pub(super) fn with_time(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((d, e)) = self.date(i) {
            // a time after the date
            let mut k = e;
            if t.mark(k).is_some_and(|c| matches!(c, ',' | '|' | '-' | '–' | '·' | '/')) {
                k += 1;
            }
            if t.is_any(k, self.d().date_time_links) {
                k += 1;
            }
            let pm = self.daypart_word(e);
            let k = pm.map_or(k, |p| p.1);
            if can_take_time(&d)
                && let Some((mut c, ce)) = clock::at(t, k, self.lang)
            {
                let later = pm.map(|p| p.0).or(match &d {
                    When::DayPart(_, p) => Some(*p),
                    _ => None,
                });
                if later.is_some_and(|p| p.after_noon()) && c.h < 12 {
                    c.h += 12;
                    c.twelve = false;
                }
                return Some((When::At(Box::new(d), c), ce));
            }
            if let Some(r) = self.range_after(d.clone(), e) {
                return Some(r);
            }
            // `Sept. 9-10`: a second day in the same month
            if let When::Day { y, m, d: d1, .. } = d
                && t.mark(e).is_some_and(|c| matches!(c, '-' | '–'))
                && t.tight(e - 1)
                && let Some((d2, e2)) = self.day_any(e + 1).filter(|x| x.0 > d1 && t.is_digits(e + 1))
                && !t.is_mark(e2, '.')
                && self.month_word(e2).is_none()
            {
                let e2 = if let Some((yy, ye)) = self.year_after(e2) {
                    if y.is_none() || y == Some(yy) { ye } else { e2 }
                } else {
                    e2
                };
                let second = When::Day { y, m, d: d2, wd: None };
                return Some((When::Range(Box::new(When::Day { y, m, d: d1, wd: None }), Box::new(second)), e2));
            }
            // `Sunday evening`, `gestern Abend`: that part of the day
            if let Some((part, pe)) = pm
                && can_take_time(&d)
            {
                return Some((When::DayPart(Some(Box::new(d)), part), pe));
            }
            return Some((d, e));
        }
        if let Some((c, e)) = clock::at(t, i, self.lang) {
            let mut k = e;
            if t.is_any(k, self.d().time_date_links) || t.is_mark(k, ',') {
                k += 1;
            }
            if let Some((d, de)) = self.date(k)
                && can_take_time(&d)
            {
                let pm = self.daypart_word(de);
                let mut c = c;
                if pm.is_some_and(|p| p.0.after_noon()) && c.h < 12 {
                    c.h += 12;
                    c.twelve = false;
                }
                return Some((When::At(Box::new(d), c), pm.map_or(de, |p| p.1)));
            }
            return Some((When::Time(c), e));
        }
        // `13. - 15. Juli`, `14./15.10.`, `13ter bis 15ter Juli`
        if let Some((d1, k)) = self.day_any(i) {
            let k = if t.is_mark(k, '.') { k + 1 } else { k };
            if let Some(k2) = self.range_sep(k)
                && let Some((d2, e)) = self.date(k2)
                && let When::Day { y, m, .. } = d2
            {
                let first = When::Day { y, m, d: d1, wd: None };
                return Some((When::Range(Box::new(first), Box::new(d2)), e));
            }
        }
        self.day_part_alone(i)
    }

    /// A range separator and what may follow it (`bis zum`, `-`, `auf den`).
    pub(super) fn range_sep(&self, k: usize) -> Option<usize> {
        let t = self.t();
        let k = if t.mark(k).is_some_and(|c| matches!(c, '-' | '–' | '—' | '/')) {
            k + 1
        } else {
            clock::longest(t, k, self.d().range_words)?
        };
        Some(if t.is_any(k, self.d().range_after) { k + 1 } else { k })
    }

    /// `X bis Y`, `X - Y` after a date `d` that ends before `e`.
    pub(super) fn range_after(&self, d: When, e: usize) -> Option<(When, usize)> {
        let k = self.range_sep(e)?;
        let (d2, e2) = self.date(k)?;
        let ok = matches!(
            (&d, &d2),
            (When::Day { .. }, When::Day { .. })
                | (When::Month { .. }, When::Month { .. })
                | (When::Year(_), When::Year(_))
                | (When::RelDay(_), When::RelDay(_))
                | (When::Weekday(..), When::Weekday(..))
        );
        ok.then(|| (When::Range(Box::new(d.with_year_of(&d2)), Box::new(d2)), e2))
    }

    /// Any date expression (no time of day) at `i`.
    pub(super) fn date(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if i >= t.len() {
            return None;
        }
        let mut best: Option<(When, usize)> = self.with_weekday(i);
        if best.is_none() {
            let candidates = [
                self.relative(i),
                self.year_phrase(i),
                self.month_phrase(i),
                self.season_phrase(i),
                self.holiday(i),
                self.nth_of(i),
            ];
            for r in candidates {
                if let Some((w, e)) = r
                    && best.as_ref().is_none_or(|b| e > b.1)
                {
                    best = Some((w, e));
                }
            }
        }
        if let Some(k) = clock::longest(t, i, self.d().between) {
            let (d1, k) = self.day_any(k)?;
            let k = if t.is_mark(k, '.') { k + 1 } else { k };
            if let Some(k) = clock::longest(t, k, self.d().between_and)
                && let Some((d2 @ When::Day { y, m, .. }, e)) = self.date(k)
            {
                let first = When::Day { y, m, d: d1, wd: None };
                return Some((When::Range(Box::new(first), Box::new(d2)), e));
            }
        }
        best
    }

    /// A weekday, alone or with a date (`Mittwoch, 13. September 2023`,
    /// `am Mittwoch (14. September)`, `Fr, 18. Juli 2014`).
    pub(super) fn with_weekday(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((wd, abbr)) = cal::weekday_in(t.low(i), self.lang).filter(|_| t.is_word(i)) {
            let name = t.raw(i).to_string();
            let mut k = i + 1;
            if t.is_mark(k, '.') && t.tight(i) {
                k += 1;
            }
            if t.is_mark(k, ',') {
                k += 1;
            }
            if t.is_any(k, self.d().weekday_articles) {
                k += 1;
            }
            let paren = t.is_mark(k, '(');
            let k = if paren { k + 1 } else { k };
            if let Some((When::Day { y, m, d, .. }, e)) = self.absolute_day(k) {
                let e = if paren && t.is_mark(e, ')') {
                    e + 1
                } else if paren {
                    return None;
                } else {
                    e
                };
                return Some((When::Day { y, m, d, wd: Some((wd, name)) }, e));
            }
            if abbr && !(self.lone && t.len() <= 2) {
                return None;
            }
            let tail = self.weekday_tail(wd, i + 1 + usize::from(abbr && t.is_mark(i + 1, '.')), Toward::Bare);
            // `Montagabend`: that part of the weekday
            return match self.compound_part(t.low(i)) {
                Some(part) => tail.map(|(w, e)| (When::DayPart(Some(Box::new(w)), part), e)),
                None => tail,
            };
        }
        self.absolute_day(i)
    }
}

/// The words that may begin a date expression in each language, besides
/// numbers, months, weekdays, holidays and day-part phrases: its starters
/// and the words that open the phrases its lists name, in the order of
/// [`Lang::ALL`].
static STARTERS: LazyLock<Vec<WordSet>> = LazyLock::new(|| {
    let first = |s: &&'static str| s.split(' ').next();
    Lang::ALL
        .iter()
        .map(|l| {
            let d = &l.words().dates;
            let lists = [
                d.starters,
                d.openers,
                d.last,
                d.year_words,
                d.tonight,
                d.ones,
                d.at_words,
                d.clock_hedges,
                d.half_before,
                d.quarter_hour,
                d.between,
                d.rest_of_week,
                d.modifier_before,
            ];
            let mut set: WordSet = lists.iter().flat_map(|l| l.iter().filter_map(first)).collect();
            set.extend(d.modifiers.iter().map(|m| m.0));
            set.extend(d.period_parts.iter().map(|p| p.0));
            set.extend(d.shifts.iter().map(|p| p.0));
            set.extend(d.days.iter().filter_map(|p| first(&p.0)));
            set
        })
        .collect()
});

fn may_start(w: &str, lang: Lang) -> bool {
    let words = lang.words();
    let units = &words.units;
    STARTERS[lang.index()].contains(w)
        || daypart::starts_day_part(w, lang)
        || cal::month_in(w, lang).is_some()
        || cal::weekday_in(w, lang).is_some()
        || cal::holiday_start(w, lang)
        || (units.ordinal)(w).is_some()
        || (units.cardinal)(w).is_some()
        // `neunziger`: a decade written as a word
        || (w.len() >= 9
            && words.dates.decade_word_endings.iter().any(|e| {
                w.strip_suffix(e).is_some_and(|stem| (units.cardinal)(stem).is_some())
            }))
}

/// Whether a time of day may be attached to this date.
fn can_take_time(w: &When) -> bool {
    matches!(
        w,
        When::Day { .. } | When::RelDay(_) | When::Weekday(..) | When::Holiday { .. } | When::DayPart(Some(_), _)
    )
}

/// Whether the date expression `text` names a day from the day it is said
/// on (`today`, `tonight`, `yesterday evening`, `heute`, `gestern`).
pub(crate) fn deictic(text: &str, lang: Lang) -> bool {
    fn of_the_day(w: &When) -> bool {
        match w {
            When::RelDay(_) => true,
            When::At(d, _) | When::DayPart(Some(d), _) => of_the_day(d),
            When::Range(a, b) => of_the_day(a) || of_the_day(b),
            _ => false,
        }
    }
    parse_all(text, lang).iter().any(|(w, _, _)| of_the_day(w))
}

/// Reads one date expression over the whole of `text` (for datelines).
pub(crate) fn parse_all(text: &str, lang: Lang) -> Vec<(When, usize, usize)> {
    let t = Toks::new(text);
    let p = DateReader { t: &t, lang, lone: false };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((w, s, e)) = p.expr(i) {
            out.push((w, t.start(s), t.end_before(e)));
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
