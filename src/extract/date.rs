//! Dates and times: absolute forms (`13. September 2023`, `12.09.2023
//! 07:43 Uhr`, `im Februar 2022`, `seit 2019`, `Ende August`) and relative
//! ones (`am Mittwoch`, `gestern`, `vor zwei Wochen`, `four years ago`),
//! read from tokens into a [`When`] and resolved against the time of
//! writing into an interval with a grain.

use std::sync::LazyLock;

use jiff::civil::{DateTime, Weekday};

use super::Found;
use super::calendar::{self as cal, full_year};
use super::clock;
use super::number;
use super::token::{Kind, Toks, WordSet};
use super::when::{self, Clock, Toward, Unit, When};
use super::words;
use crate::claim::{DateValue, Lang};
use crate::settings::Prefer;

/// The dates and times named in one sentence.
pub fn find(sentence: &str, lang: Lang, anchor: Option<DateTime>, prefer: Prefer) -> Vec<Found<DateValue>> {
    let t = Toks::new(sentence);
    find_in(&t, lang, anchor, prefer)
}

/// The dates of an already tokenised sentence.
pub fn find_in(t: &Toks, lang: Lang, anchor: Option<DateTime>, prefer: Prefer) -> Vec<Found<DateValue>> {
    let p = P { t, lang, lone: t.len() <= 3 };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some((w, s, e)) = p.expr(i)
            && let Some(v) = when::value(&w, anchor, prefer)
        {
            out.push(Found { start: t.start(s), end: t.end_before(e), value: v });
            i = e;
            continue;
        }
        i += 1;
    }
    out
}

/// Reads date expressions from one sentence's tokens.
pub struct P<'a> {
    pub t: &'a Toks<'a>,
    pub lang: Lang,
    /// The sentence is a few tokens at most (a table cell, a dateline).
    pub lone: bool,
}

/// Words that open a date phrase and belong to its span.
const PREP: &[&str] = &["am", "im", "vom", "on", "zum", "ab"];

/// Modifiers of a relative unit: `nächste Woche`, `letzten Monat`.
fn modifier(w: &str) -> Option<i64> {
    Some(match w {
        "diese" | "dieser" | "diesen" | "dieses" | "diesem" | "this" | "current" => 0,
        "nächste" | "nächsten" | "nächster" | "nächstes" | "nächstem" | "kommende" | "kommenden" | "kommender"
        | "kommendes" | "kommendem" | "next" | "coming" | "following" => 1,
        "übernächste" | "übernächsten" | "übernächster" | "übernächstes" => 2,
        "letzte" | "letzten" | "letzter" | "letztes" | "letztem" | "vergangene" | "vergangenen" | "vergangener"
        | "vergangenes" | "vergangenem" | "vorige" | "vorigen" | "voriger" | "voriges" | "last" | "past"
        | "previous" => -1,
        "vorletzte" | "vorletzten" | "vorletzter" | "vorletztes" => -2,
        _ => return None,
    })
}

impl P<'_> {
    fn t(&self) -> &Toks<'_> {
        self.t
    }

    /// The longest date expression at `i`: (expression, first token, end).
    pub fn expr(&self, i: usize) -> Option<(When, usize, usize)> {
        let t = self.t();
        // quick exit: a date starts with a digit, a letter or `(`
        match t.kind(i)? {
            Kind::Mark(_) => return None,
            Kind::Word if !may_start(t.low(i), self.lang) => return None,
            _ => {}
        }
        let (s, k) = if t.is_any(i, PREP) && !self.time_prep(i) { (i, i + 1) } else { (i, i) };
        let (mut w, e) = self.with_time(k)?;
        // `bis Mittwoch`, `wird am Montag reisen`: a bare weekday that
        // points ahead
        if let When::Weekday(wd, Toward::Bare) = w
            && ((i > 0 && t.is_any(i - 1, &["bis", "ab", "until", "by"])) || self.future_clause(i))
        {
            w = When::Weekday(wd, Toward::Ahead);
        }
        Some((w, s, e))
    }

    /// Whether the clause around token `i` is plainly about the future: a
    /// future auxiliary (`wird`, `soll`, `will`) and no past-tense verb.
    fn future_clause(&self, i: usize) -> bool {
        let t = self.t();
        let bound = |k: usize| t.mark(k).is_some_and(|c| matches!(c, ',' | ';' | ':' | '„' | '“' | '"' | '(' | ')'));
        let mut s = i;
        while s > 0 && !bound(s - 1) {
            s -= 1;
        }
        let mut e = i;
        while e < t.len() && !bound(e) {
            e += 1;
        }
        let (future, past): (&[&str], &[&str]) = match self.lang {
            Lang::De => (
                &["wird", "werden", "werde", "soll", "sollen", "plant", "planen", "geplant", "will", "wollen"],
                &[
                    "war", "waren", "wurde", "wurden", "hatte", "hatten", "sagte", "sagten", "hat", "haben", "ist",
                    "sind",
                ],
            ),
            Lang::En => (
                &["will", "shall", "scheduled", "expected", "plans", "planned", "due"],
                &["was", "were", "had", "has", "have", "did", "said", "told"],
            ),
        };
        (s..e).any(|k| t.is_any(k, future)) && !(s..e).any(|k| t.is_any(k, past))
    }

    /// `am` before a time is the German `am` (`1:30 am Sa`), not a.m.
    fn time_prep(&self, _i: usize) -> bool {
        false
    }

    /// A date with a time after it, a time with a date after it, or either
    /// alone; and ranges of them.
    fn with_time(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((d, e)) = self.date(i) {
            // a time after the date
            let mut k = e;
            if t.mark(k).is_some_and(|c| matches!(c, ',' | '|' | '-' | '–' | '·' | '/')) {
                k += 1;
            }
            if t.is_any(k, &["den", "at"]) {
                k += 1;
            }
            let pm = self.daypart_word(e);
            let k = pm.map_or(k, |p| p.1);
            if can_take_time(&d)
                && let Some((mut c, ce)) = clock::at(t, k, self.lang)
            {
                if pm.is_some_and(|p| p.0) && c.h < 12 {
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
            let e = pm.map_or(e, |p| p.1);
            return Some((d, e));
        }
        if let Some((c, e)) = clock::at(t, i, self.lang) {
            let mut k = e;
            if t.is_any(k, &["am", "on"]) || t.is_mark(k, ',') {
                k += 1;
            }
            if let Some((d, de)) = self.date(k)
                && can_take_time(&d)
            {
                let pm = self.daypart_word(de);
                let mut c = c;
                if pm.is_some_and(|p| p.0) && c.h < 12 {
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
        None
    }

    /// `abend`, `Morgen` after a day word (`morgen Abend`, `heute Morgen`):
    /// whether it is the later half of the day, and the token after it.
    fn daypart_word(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.t();
        let pm = match t.low(i) {
            "abend" | "nachmittag" | "nacht" | "evening" | "afternoon" | "night" => true,
            "morgen" | "früh" | "vormittag" | "mittag" | "morning" => false,
            _ => return None,
        };
        t.is_word(i).then_some((pm, i + 1))
    }

    /// A range separator and what may follow it (`bis zum`, `-`, `auf den`).
    fn range_sep(&self, k: usize) -> Option<usize> {
        let t = self.t();
        let sep = t.mark(k).is_some_and(|c| matches!(c, '-' | '–' | '—' | '/'))
            || t.is_any(k, &["bis", "to", "until", "und", "and"])
            || (t.is(k, "auf") && t.is_any(k + 1, &["den", "dem"]));
        if !sep {
            return None;
        }
        let k = k + 1;
        Some(if t.is_any(k, &["zum", "zur", "dem", "den", "einschließlich"]) { k + 1 } else { k })
    }

    /// `X bis Y`, `X - Y` after a date `d` that ends before `e`.
    fn range_after(&self, d: When, e: usize) -> Option<(When, usize)> {
        let t = self.t();
        let k = self.range_sep(e)?;
        if t.is_any(e, &["und", "and"]) && !self.after_zwischen(&d) {
            return None;
        }
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

    fn after_zwischen(&self, _d: &When) -> bool {
        true
    }

    /// Any date expression (no time of day) at `i`.
    fn date(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if i >= t.len() {
            return None;
        }
        let mut best: Option<(When, usize)> = self.with_weekday(i);
        if best.is_none() {
            for r in [self.relative(i), self.year_phrase(i), self.month_phrase(i), self.holiday(i), self.nth_of(i)] {
                if let Some((w, e)) = r
                    && best.as_ref().is_none_or(|b| e > b.1)
                {
                    best = Some((w, e));
                }
            }
        }
        if t.is(i, "zwischen") && t.is_any(i + 1, &["dem", "den"]) {
            let (d1, k) = self.day_any(i + 2)?;
            let k = if t.is_mark(k, '.') { k + 1 } else { k };
            if t.is(k, "und") {
                let k = if t.is_any(k + 1, &["dem", "den"]) { k + 2 } else { k + 1 };
                if let Some((d2 @ When::Day { y, m, .. }, e)) = self.date(k) {
                    let first = When::Day { y, m, d: d1, wd: None };
                    return Some((When::Range(Box::new(first), Box::new(d2)), e));
                }
            }
        }
        best
    }

    /// A weekday, alone or with a date (`Mittwoch, 13. September 2023`,
    /// `am Mittwoch (14. September)`, `Fr, 18. Juli 2014`).
    fn with_weekday(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((wd, abbr)) = cal::weekday(t.low(i)).filter(|_| t.is_word(i)) {
            let name = t.raw(i).to_string();
            let mut k = i + 1;
            if t.is_mark(k, '.') && t.tight(i) {
                k += 1;
            }
            if t.is_mark(k, ',') {
                k += 1;
            }
            if t.is_any(k, &["den", "der", "the"]) {
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
            return self.weekday_tail(wd, i + 1 + usize::from(abbr && t.is_mark(i + 1, '.')), Toward::Bare);
        }
        self.absolute_day(i)
    }

    /// What may follow a weekday: `der nächsten Woche`, `in 2 Wochen`,
    /// `nach dem nächsten`, `next week`.
    fn weekday_tail(&self, wd: Weekday, k: usize, toward: Toward) -> Option<(When, usize)> {
        let t = self.t();
        let week = |j: usize| t.is_any(j, &["woche", "week"]);
        if t.is_any(k, &["der", "dieser"])
            && let Some(n) = modifier(t.low(k + 1)).or(if t.is(k, "dieser") { Some(0) } else { None })
        {
            let j = if t.is(k, "dieser") { k + 1 } else { k + 2 };
            if week(j) {
                return Some((When::Weekday(wd, Toward::Week(n)), j + 1));
            }
        }
        if let Some(n) = modifier(t.low(k)).filter(|_| t.is_word(k))
            && week(k + 1)
        {
            return Some((When::Weekday(wd, Toward::Week(n)), k + 2));
        }
        if t.is_any(k, &["in", "vor"])
            && let Some(n) = number::at(t, k + 1, self.lang)
            && t.is_any(n.end, &["wochen", "woche"])
        {
            let sign = if t.is(k, "vor") { -1.0 } else { 1.0 };
            let _ = sign;
            let weeks = (n.value * if t.is(k, "vor") { -1.0 } else { 1.0 }) as i64;
            return Some((When::Weekday(wd, Toward::Week(weeks)), n.end + 1));
        }
        if t.is(k, "nach") && t.is(k + 1, "dem") && t.is(k + 2, "nächsten") {
            return Some((When::Weekday(wd, Toward::Next(1)), k + 3));
        }
        Some((When::Weekday(wd, toward), k))
    }

    /// A day of the month: `13.`, `13`, `15ten`, `erster`, `3rd`.
    fn day_any(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t();
        if t.is_digits(i) && t.ndigits(i) <= 2 {
            let d = t.int(i)? as i8;
            if !(1..=31).contains(&d) {
                return None;
            }
            if t.tight(i) && t.is_any(i + 1, &["te", "ten", "ter", "tes", "th", "st", "nd", "rd"]) {
                return Some((d, i + 2));
            }
            return Some((d, i + 1));
        }
        if t.is_word(i) {
            let d = match self.lang {
                Lang::De => words::de_ordinal(t.low(i)),
                Lang::En => words::en_ordinal(t.low(i)),
            }?;
            return (1..=31).contains(&d).then_some((d as i8, i + 1));
        }
        None
    }

    /// A month name, with the full stop of an abbreviation.
    fn month_word(&self, i: usize) -> Option<(i8, usize, bool)> {
        let t = self.t();
        if !t.is_word(i) {
            return None;
        }
        let w = t.low(i);
        let m = cal::month(w)?;
        let abbr = cal::month_abbr(w) || w == "may" || w == "mai" && t.raw(i) == "mai";
        let e = if cal::month_abbr(w) && t.is_mark(i + 1, '.') && t.tight(i) { i + 2 } else { i + 1 };
        Some((m, e, abbr))
    }

    /// A four-digit year.
    fn year4(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t();
        if t.ndigits(i) == 4 {
            let y = t.int(i)? as i32;
            if (1000..=2999).contains(&y)
                && !(t.tight(i) && matches!(t.mark(i + 1), Some('.' | ',')) && t.is_digits(i + 2))
            {
                return Some((y, i + 1));
            }
        }
        None
    }

    /// A year after a day and month: four digits, or two at the end.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t();
        let i = if t.is_mark(i, ',') { i + 1 } else { i };
        if let Some(y) = self.year4(i) {
            return Some(y);
        }
        let closes = !(t.is_word(i + 1) || t.is_mark(i + 1, ':') || (t.is_mark(i + 1, '.') && t.is_digits(i + 2)));
        if t.ndigits(i) == 2 && closes {
            return Some((full_year(t.int(i)? as i32, 2), i + 1));
        }
        None
    }

    /// A calendar day written out or in digits.
    fn absolute_day(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some(r) = self.numeric(i) {
            return Some(r);
        }
        // `13. September 2023`, `15te februar`, `erster märz`, `1 märz`
        if let Some((d, k)) = self.day_any(i) {
            let dotted = t.is_mark(k, '.') && t.is_digits(i);
            let k2 = if dotted { k + 1 } else { k };
            let k2 = if t.is_any(k2, &["of"]) { k2 + 1 } else { k2 };
            if let Some((m, e, _)) = self.month_word(k2) {
                if t.is_digits(i) && !dotted && self.lang == Lang::De && t.ndigits(i) > 2 {
                    return None;
                }
                if let Some((y, ye)) = self.year_after(e) {
                    return Some((When::Day { y: Some(y), m, d, wd: None }, ye));
                }
                return Some((When::Day { y: None, m, d, wd: None }, e));
            }
            return None;
        }
        // `September 13, 2023`, `Feb 18`, `märz 3 2015`
        if let Some((m, e, abbr)) = self.month_word(i)
            && t.is_digits(e)
            && t.ndigits(e) <= 2
        {
            let d = t.int(e)? as i8;
            if !(1..=31).contains(&d) || (t.is_mark(e + 1, '.') && t.tight(e) && t.is_word(e + 2)) {
                return None;
            }
            let mut k = e + 1;
            if t.tight(e) && t.is_any(k, &["th", "st", "nd", "rd", "ten", "te"]) {
                k += 1;
            }
            if super::units::at(t, k).is_some() || (t.is_word(k) && t.capital(k) && self.lang == Lang::De) {
                return None;
            }
            let _ = abbr;
            if let Some((y, ye)) = self.year_after(k) {
                return Some((When::Day { y: Some(y), m, d, wd: None }, ye));
            }
            return Some((When::Day { y: None, m, d, wd: None }, k));
        }
        None
    }

    /// Dates in digits: `12.09.2023`, `15.2.`, `2018-08-31`, `21/04/2016`,
    /// `23/Sep/2020`, and months: `05/2016`, `2016-05`.
    fn numeric(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if !(t.is_digits(i) || (t.is_word(i) && cal::month(t.low(i)).is_some())) {
            return None;
        }
        // up to three parts joined by one kind of separator
        let mut parts = vec![i];
        let mut sep = None;
        let mut k = i + 1;
        while parts.len() < 3 {
            let Some(c) = t.mark(k).filter(|c| matches!(c, '.' | '/' | '-')) else { break };
            if sep.is_some_and(|s| s != c) {
                break;
            }
            let spaced = !t.tight(k - 1) || !t.tight(k);
            let next = k + 1;
            if !(t.is_digits(next) || t.is_word(next) && cal::month(t.low(next)).is_some()) {
                break;
            }
            if spaced && !(parts.len() == 1 && (t.ndigits(i) == 4 || t.ndigits(next) == 4)) {
                break;
            }
            sep = Some(c);
            parts.push(next);
            k = next + 1;
        }
        let sep = sep?;
        let trailing = sep == '.' && t.is_mark(k, '.') && t.tight(k - 1);
        let end = if trailing { k + 1 } else { k };
        // not a longer number or address (`1.2.3.4`, `12.09.2023.5`)
        if t.tight(end - 1) && (t.is_digits(end) || (t.is_mark(end, sep) && t.is_digits(end + 1))) {
            return None;
        }
        let val = |j: usize| -> Option<(i32, usize, bool)> {
            if t.is_digits(j) {
                Some((t.int(j)? as i32, t.ndigits(j), false))
            } else {
                Some((i32::from(cal::month(t.low(j))?), 0, true))
            }
        };
        let vs: Vec<(i32, usize, bool)> = parts.iter().map(|&j| val(j)).collect::<Option<_>>()?;
        if vs.len() == 3 {
            let (y, m, d) = if let Some(mi) = vs.iter().position(|v| v.2) {
                // a month name among digits: the four-digit part is the year
                let yi = (0..3).find(|&j| j != mi && vs[j].1 == 4).or_else(|| (0..3).rev().find(|&j| j != mi))?;
                let di = (0..3).find(|&j| j != mi && j != yi)?;
                (full_year(vs[yi].0, vs[yi].1), vs[mi].0, vs[di].0)
            } else if vs[0].1 == 4 {
                (vs[0].0, vs[1].0, vs[2].0)
            } else if vs[2].1 == 4 || vs[2].1 == 2 {
                let y = full_year(vs[2].0, vs[2].1);
                if self.lang == Lang::En && sep == '/' && vs[0].0 <= 12 {
                    (y, vs[0].0, vs[1].0)
                } else {
                    (y, vs[1].0, vs[0].0)
                }
            } else {
                return None;
            };
            if vs.iter().any(|v| !v.2 && v.1 > 4) || vs[0].1 == 3 {
                return None;
            }
            let (m, d) = (i8::try_from(m).ok()?, i8::try_from(d).ok()?);
            cal::date(y, m, d)?;
            return Some((When::Day { y: Some(y), m, d, wd: None }, end));
        }
        // two parts: a day and month (`15.2.`), or a month and year (`05/2016`)
        let (a, b) = (vs[0], vs[1]);
        if a.1 == 4 && b.1 <= 2 && (1..=12).contains(&b.0) && !b.2 {
            return Some((When::Month { y: Some(a.0), m: b.0 as i8 }, end));
        }
        if b.1 == 4 && a.1 <= 2 && (1..=12).contains(&a.0) && !a.2 {
            // not `2 - 2016`, a range of numbers, unless zero-padded or dotted
            if sep == '-' && a.1 == 1 {
                return None;
            }
            return Some((When::Month { y: Some(b.0), m: a.0 as i8 }, end));
        }
        if a.1 <= 2 && b.1 <= 2 && !a.2 && !b.2 && sep == '.' {
            let (d, m) = (a.0, b.0);
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) || t.is(end, "uhr") {
                return None;
            }
            let context = i > 0
                && (t.is_any(i - 1, PREP)
                    || t.is_any(i - 1, &["bis", "zum", "den", "dem", "seit"])
                    || matches!(t.mark(i - 1), Some('-' | '–' | '/')));
            if trailing || context || self.lone {
                // a full stop ending the sentence is no date's
                return Some((When::Day { y: None, m: m as i8, d: d as i8, wd: None }, end));
            }
        }
        None
    }

    /// Relative expressions: `heute`, `gestern`, `letzte Woche`,
    /// `nächsten Dienstag`, `vor zwei Wochen`, `die letzten 3 Tage`.
    fn relative(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((n, e)) = self.count(i)
            && let Some(u) = Unit::from_word(t.low(e)).filter(|_| t.is_word(e))
            && t.is(e + 1, "ago")
        {
            return Some((When::Shift(-n, u), e + 2));
        }
        if !t.is_word(i) {
            return None;
        }
        let w = t.low(i);
        let day = match w {
            "heute" | "today" | "tonight" => Some(0),
            "gestern" | "yesterday" => Some(-1),
            "vorgestern" => Some(-2),
            "vorvorgestern" => Some(-3),
            "übermorgen" => Some(2),
            "tomorrow" => Some(1),
            // `morgen` is tomorrow; `Morgen` inside a sentence is a morning
            "morgen" if t.raw(i) == "morgen" || i == 0 => Some(1),
            _ => None,
        };
        if let Some(n) = day {
            if t.is_any(i + 1, &["morgen", "früh"]) && n == 1 {
                return Some((When::RelDay(n), i + 1));
            }
            return Some((When::RelDay(n), i + 1));
        }
        if t.is_any(i, &["diesen", "dieser"]) && t.is_any(i + 1, &["morgen", "abend", "vormittag", "nachmittag"]) {
            return Some((When::RelDay(0), i + 1));
        }
        if w == "rest" && t.is_any(i + 1, &["der", "dieser", "of"]) {
            let k = if t.is(i + 1, "of") && t.is_any(i + 2, &["the", "this"]) { i + 3 } else { i + 2 };
            if t.is_any(k, &["woche", "week"]) {
                return Some((When::RestOfWeek, k + 1));
            }
        }
        if w == "zu" && t.is(i + 1, "dieser") && t.is(i + 2, "zeit") {
            return Some((When::RelDay(0), i + 3));
        }
        // `vor zwei Wochen`, `in 3 Tagen`, `four years ago`
        if matches!(w, "vor" | "in" | "binnen") {
            let mut k = i + 1;
            while t
                .is_any(k, &["zirka", "circa", "etwa", "rund", "ungefähr", "knapp", "gut", "about", "around", "some"])
                || (t.is(k, "ca") && t.is_mark(k + 1, '.'))
            {
                k += if t.is(k, "ca") { 2 } else { 1 };
            }
            if let Some((n, e)) = self.count(k)
                && let Some(u) = Unit::from_word(t.low(e)).filter(|_| t.is_word(e))
            {
                let sign = if w == "vor" { -1.0 } else { 1.0 };
                return Some((When::Shift(sign * n, u), e + 1));
            }
        }
        // `im nächsten Jahr`, `in der kommenden Woche`, `seit vergangenem Jahr`
        let (k, _) = if t.is_any(i, &["im", "in", "des", "seit", "der"]) && t.is_word(i + 1) {
            if t.is(i + 1, "der") { (i + 2, true) } else { (i + 1, true) }
        } else {
            (i, false)
        };
        let m = modifier(t.low(k)).filter(|_| t.is_word(k))?;
        let u = t.low(k + 1);
        // `letzten 3 Tage`, `nächsten paar Tagen`
        let n = if t.is_any(k + 1, &["paar", "few"]) {
            Some((3.0, k + 2))
        } else {
            number::at(t, k + 1, self.lang)
                .filter(|n| n.value >= 1.0 && n.value.fract() == 0.0)
                .map(|n| (n.value, n.end))
        };
        if let Some((n, e)) = n
            && let Some(unit) = Unit::from_word(t.low(e)).filter(|_| t.is_word(e))
            && m != 0
        {
            return Some((When::Span(n as i64, unit, m < 0), e + 1));
        }
        // a singular unit: `nächste Woche`, not `in den kommenden Tagen`
        let singular = matches!(u, "woche" | "monat" | "monats" | "jahr" | "jahres" | "quartal" | "quartals" | "tag")
            || matches!(u, "week" | "month" | "year" | "quarter" | "day");
        if let Some(unit) = Unit::from_word(u).filter(|_| t.is_word(k + 1) && singular) {
            // `übernächste Woche am Freitag`
            if unit == Unit::Week
                && t.is_any(k + 2, &["am", "on"])
                && let Some((wd, false)) = cal::weekday(t.low(k + 3))
            {
                return Some((When::Weekday(wd, Toward::Week(m)), k + 4));
            }
            // `nächsten Monat vom 4. bis zum 23.`
            if unit == Unit::Month
                && t.is(k + 2, "vom")
                && let Some((d1, j)) = self.day_any(k + 3)
            {
                let j = if t.is_mark(j, '.') { j + 1 } else { j };
                if let Some(j2) = self.range_sep(j)
                    && let Some((d2, e)) = self.day_any(j2)
                {
                    let e = if t.is_mark(e, '.') { e + 1 } else { e };
                    let month = When::RelUnit(Unit::Month, m);
                    let a = When::NthOf { n: d1, unit: Unit::Day, month: Box::new(month.clone()) };
                    let b = When::NthOf { n: d2, unit: Unit::Day, month: Box::new(month) };
                    return Some((When::Range(Box::new(a), Box::new(b)), e));
                }
            }
            if matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Day) {
                return Some((When::RelUnit(unit, m), k + 2));
            }
        }
        if t.is_any(k + 1, &["wochenende", "weekend"]) {
            return Some((When::Weekend(m.max(0)), k + 2));
        }
        if let Some((mm, e, _)) = self.month_word(k + 1) {
            return Some((When::RelMonth(mm, m), e));
        }
        if let Some(start) = cal::season(u) {
            return Some((When::Season { start, y: None, rel: m }, k + 2));
        }
        if let Some((wd, false)) = cal::weekday(u) {
            let toward = match m {
                0 => Toward::Bare,
                1 => Toward::Next(0),
                2 => Toward::Next(1),
                _ => Toward::Last,
            };
            return self.weekday_tail(wd, k + 2, toward);
        }
        None
    }

    /// A count before a unit of time: digits, words, `einer`, `ein paar`.
    fn count(&self, k: usize) -> Option<(f64, usize)> {
        let t = self.t();
        if t.is_any(k, &["ein", "einer", "einem", "einen", "eine"]) && t.is(k + 1, "paar") {
            return Some((2.0, k + 2));
        }
        if let Some(n) = number::at(t, k, self.lang) {
            return Some((n.value, n.end));
        }
        if t.is_any(k, number::DE_ONE) || t.is_any(k, &["a", "an", "one"]) {
            return Some((1.0, k + 1));
        }
        None
    }

    /// Years: `seit 2019`, `im Jahr 2019`, `Resolutionen 2017`, `Ende 1989`,
    /// `die 90er Jahre`, `im dritten Quartal 2018`.
    fn year_phrase(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        // `Anfang/Mitte/Ende` of a month or year
        let part = match t.low(i) {
            "anfang" | "beginning" | "early" => Some(0),
            "mitte" | "mid" | "middle" => Some(1),
            "ende" | "late" | "end" => Some(2),
            _ => None,
        };
        if let Some(p) = part.filter(|_| t.is_word(i)) {
            let k = if t.is_any(i + 1, &["of", "des", "der"]) { i + 2 } else { i + 1 };
            let k = if t.is_mark(k, '-') { k + 1 } else { k };
            if let Some((m, e)) = self.month_phrase(k)
                && matches!(m, When::Month { .. })
            {
                return Some((When::Part(p, Box::new(m)), e));
            }
            if let Some((y, e)) = self.year4(k)
                && !(t.tight(e - 1) && t.is_any(e, &["er", "s"]))
            {
                return Some((When::Part(p, Box::new(When::Year(y))), e));
            }
            // `Ende des Jahres`, `Anfang vergangenen Jahres`, `Mitte des Monats`
            let this = |j: usize| match t.low(j) {
                "jahres" | "jahr" | "year" => Some(Unit::Year),
                "monats" | "monat" | "month" => Some(Unit::Month),
                _ => None,
            };
            if t.is_any(i + 1, &["des", "of"]) {
                let j = if t.is(i + 2, "the") { i + 3 } else { i + 2 };
                if let Some(u) = this(j) {
                    return Some((When::Part(p, Box::new(When::RelUnit(u, 0))), j + 1));
                }
            }
            let k = if t.is_any(i + 1, &["des", "der", "of"]) { i + 2 } else { i + 1 };
            if let Some(n) = modifier(t.low(k)).filter(|_| t.is_word(k))
                && let Some(u) = this(k + 1)
            {
                return Some((When::Part(p, Box::new(When::RelUnit(u, n))), k + 2));
            }
            return None;
        }
        // quarters: `drittes Quartal`, `4tes quartal 2018`, `Q3 2018`
        if let Some((q, k)) = self.day_any(i).filter(|q| (1..=4).contains(&q.0))
            && t.is_any(k, &["quartal", "quarter"])
        {
            let (y, e) = self.year4(k + 1).map_or((None, k + 1), |(y, e)| (Some(y), e));
            return Some((When::Quarter { y, q, rel: None }, e));
        }
        // decades: `90er`, `1990er Jahre`, `zweitausender`
        let decade_suffix = t.is(i + 1, "er") || (self.lang == Lang::En && t.is(i + 1, "s"));
        if t.is_digits(i) && t.tight(i) && decade_suffix && matches!(t.ndigits(i), 2 | 4) {
            let v = t.int(i)? as i32;
            let y = if t.ndigits(i) == 2 { 1900 + v } else { v };
            if y % 10 == 0 {
                let e = if t.is_any(i + 2, &["jahre", "jahren", "jahrzehnt"]) { i + 3 } else { i + 2 };
                return Some((When::Decade(y), e));
            }
        }
        if t.is_word(i)
            && let Some(stem) = t.low(i).strip_suffix("er").or_else(|| t.low(i).strip_suffix("ern"))
            && let Some(v) = words::de_cardinal(stem)
            && v >= 1000.0
            && v % 10.0 == 0.0
            && v < 3000.0
        {
            return Some((When::Decade(v as i32), i + 1));
        }
        // `im Jahr 2019`, `des Jahres 2019`
        let (k, ctx) = if t.is_any(i, &["jahr", "jahre", "jahres", "year"]) { (i + 1, true) } else { (i, false) };
        let (y, e) = self.year4(k)?;
        if ctx || self.year_context(k) {
            return Some((When::Year(y), e));
        }
        None
    }

    /// Whether the four digits at `k` read as a year where they stand.
    fn year_context(&self, k: usize) -> bool {
        let t = self.t();
        let y = t.int(k).unwrap_or(0);
        // glued to other marks or numbers: no year
        if (k > 0 && t.tight(k - 1) && !matches!(t.mark(k - 1), Some('(' | '[' | '–' | '-' | '/')))
            || (t.tight(k) && (t.is_word(k + 1) || t.is_mark(k + 1, '%')))
        {
            return false;
        }
        if k > 0 && super::hedge::before(t, k).is_some() && !t.is(k - 1, "um") {
            return false;
        }
        let prev = if k > 0 { t.low(k - 1) } else { "" };
        let prev_ok = k > 0
            && (t.is_any(
                k - 1,
                &[
                    "seit",
                    "im",
                    "jahr",
                    "jahre",
                    "jahres",
                    "bis",
                    "von",
                    "vom",
                    "ab",
                    "vor",
                    "nach",
                    "in",
                    "anfang",
                    "mitte",
                    "ende",
                    "frühjahr",
                    "sommer",
                    "herbst",
                    "winter",
                    "zwischen",
                    "und",
                    "since",
                    "by",
                    "until",
                    "from",
                    "of",
                    "year",
                    "early",
                    "late",
                    "mid",
                    "um",
                    "frühling",
                    "spring",
                    "summer",
                    "autumn",
                    "fall",
                    "during",
                    "during",
                    "before",
                    "after",
                    "bereits",
                    "schon",
                    "erst",
                    "noch",
                    "sowie",
                    "oder",
                    "or",
                    "and",
                    "through",
                    "till",
                ],
            ) || matches!(t.mark(k - 1), Some('(' | '–' | '-' | '/')));
        let next_unit = super::units::at(t, k + 1).is_some() || t.is_any(k + 1, &["mal", "times"]);
        if next_unit {
            return false;
        }
        if prev_ok && (1000..=2999).contains(&y) {
            return true;
        }
        if !(1900..=2100).contains(&y) {
            return false;
        }
        let _ = prev;
        match t.kind(k + 1) {
            None => true,
            Some(Kind::Mark(c)) => !(matches!(c, '%' | '°') || (matches!(c, '.' | ',') && t.is_digits(k + 2))),
            Some(Kind::Word) => {
                !t.capital(k + 1) && (self.lang == Lang::De || t.is_any(k + 1, &["and", "to", "was", "were", "when"]))
            }
            Some(Kind::Digits) => false,
        }
    }

    /// Months: `im Februar 2022`, `April 2019`, `im März`, `August 99`.
    fn month_phrase(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let (m, e, abbr) = self.month_word(i)?;
        if let Some((y, ye)) = self.year4(e) {
            return Some((When::Month { y: Some(y), m }, ye));
        }
        // `August 99`: two digits closing the phrase
        if t.ndigits(e) == 2
            && (e + 1 >= t.len() || (t.mark(e + 1).is_some() && !t.is_mark(e + 1, '.')))
            && t.int(e)? > 31
        {
            return Some((When::Month { y: Some(full_year(t.int(e)? as i32, 2)), m }, e + 1));
        }
        // a bare month only after a word that makes it one
        let ctx = i > 0
            && t.is_any(
                i - 1,
                &[
                    "im", "in", "seit", "bis", "ab", "vom", "anfang", "mitte", "ende", "since", "until", "early",
                    "late", "mid", "during", "of", "zum", "den", "dem", "des", "und", "oder", "and", "or", "diesem",
                ],
            );
        let w = t.low(i);
        if (ctx || self.lone) && !abbr && !matches!(w, "may" | "march" | "mar") {
            return Some((When::Month { y: None, m }, e));
        }
        if ctx
            && matches!(w, "march" | "may")
            && self.lang == Lang::En
            && !t.is_any(i - 1, &["und", "oder", "and", "or"])
        {
            return Some((When::Month { y: None, m }, e));
        }
        None
    }

    /// Holidays: `Ostern 2020`, `1. Advent 2018`, `Muttertag im Jahr 2019`,
    /// `Fastnachtssonntag im nächsten Jahr`.
    fn holiday(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let (nth, k) = match self.day_any(i) {
            Some((n, k)) if (1..=4).contains(&n) => (Some(i64::from(n)), if t.is_mark(k, '.') { k + 1 } else { k }),
            _ => (None, i),
        };
        if !t.is_word(k) {
            return None;
        }
        let (len, rule) = cal::holiday(|j| t.low(k + j))?;
        if nth.is_some() != rule.is_advent() && nth.is_some() {
            return None;
        }
        let mut e = k + len;
        let mut y = None;
        let mut rel = None;
        if t.is(e, "im")
            && t.is_any(e + 1, &["jahr", "jahre"])
            && let Some((yy, ye)) = self.year4(e + 2)
        {
            y = Some(yy);
            e = ye;
        } else if let Some((yy, ye)) = self.year4(e) {
            y = Some(yy);
            e = ye;
        } else if let Some((When::RelUnit(Unit::Year, n), re)) = self.relative(e) {
            rel = Some(n);
            e = re;
        }
        Some((When::Holiday { rule, y, rel, nth }, e))
    }

    /// `letzter Montag im März`, `dritter Tag im Oktober`, `erste Woche im
    /// Oktober 2014`, `der dritten Woche des Monats`.
    fn nth_of(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let (i, n) = if t.is(i, "der") { (i + 1, None) } else { (i, None::<i8>) };
        let _ = n;
        let n = if t.is_any(i, &["letzter", "letzte", "letzten", "letztes", "last"]) {
            -1
        } else {
            let (d, k) = self.day_any(i)?;
            if k != i + 1 || t.is_digits(i) {
                return None;
            }
            Some(d).filter(|&d| d <= 5)?
        };
        let what = i + 1;
        let k = what + 1;
        if !t.is_any(k, &["im", "in", "des", "of"]) {
            return None;
        }
        let month = if t.is_any(k + 1, &["monats", "monat", "month"]) {
            (When::RelUnit(Unit::Month, 0), k + 2)
        } else {
            let (m, e, _) = self.month_word(k + 1)?;
            let (y, e) = self.year4(e).map_or((None, e), |(y, e)| (Some(y), e));
            (When::Month { y, m }, e)
        };
        if let Some((wd, false)) = cal::weekday(t.low(what)) {
            return Some((When::NthWeekday { n, wd, month: Box::new(month.0) }, month.1));
        }
        let unit = match t.low(what) {
            "tag" | "day" => Unit::Day,
            "woche" | "week" => Unit::Week,
            _ => return None,
        };
        Some((When::NthOf { n, unit, month: Box::new(month.0) }, month.1))
    }
}

/// Words that may begin a date expression, besides numbers and ordinals.
static STARTERS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set: WordSet = [
        "am",
        "im",
        "vom",
        "on",
        "zum",
        "ab",
        "in",
        "vor",
        "binnen",
        "seit",
        "des",
        "der",
        "zwischen",
        "rest",
        "zu",
        "anfang",
        "mitte",
        "ende",
        "beginning",
        "early",
        "mid",
        "middle",
        "late",
        "end",
        "jahr",
        "jahre",
        "jahres",
        "year",
        "letzter",
        "letzte",
        "letzten",
        "letztes",
        "last",
        "halb",
        "viertel",
        "quarter",
        "um",
        "gegen",
        "so",
        "circa",
        "zirka",
        "ca",
        "etwa",
        "ungefähr",
        "ungefahr",
        "pünktlich",
        "genau",
        "at",
        "around",
        "a",
        "an",
        "one",
        "ein",
        "einer",
        "einem",
        "einen",
        "eine",
        "heute",
        "gestern",
        "morgen",
        "übermorgen",
        "vorgestern",
        "vorvorgestern",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "diesen",
        "dieser",
        "q",
    ]
    .into_iter()
    .collect();
    for w in [
        "diese",
        "dieser",
        "diesen",
        "dieses",
        "diesem",
        "this",
        "current",
        "nächste",
        "nächsten",
        "nächster",
        "nächstes",
        "nächstem",
        "kommende",
        "kommenden",
        "kommender",
        "kommendes",
        "kommendem",
        "next",
        "coming",
        "following",
        "übernächste",
        "übernächsten",
        "übernächster",
        "übernächstes",
        "letzte",
        "letzten",
        "letzter",
        "letztes",
        "letztem",
        "vergangene",
        "vergangenen",
        "vergangener",
        "vergangenes",
        "vergangenem",
        "vorige",
        "vorigen",
        "voriger",
        "voriges",
        "past",
        "previous",
        "vorletzte",
        "vorletzten",
        "vorletzter",
        "vorletztes",
    ] {
        set.insert(w);
    }
    set
});

fn may_start(w: &str, lang: Lang) -> bool {
    STARTERS.contains(w)
        || cal::month(w).is_some()
        || cal::weekday(w).is_some()
        || cal::holiday_start(w)
        || match lang {
            Lang::De => {
                words::de_ordinal(w).is_some()
                    || words::de_cardinal(w).is_some()
                    || (w.ends_with("er") && words::de_cardinal(&w[..w.len() - 2]).is_some())
            }
            Lang::En => words::en_ordinal(w).is_some() || words::en_cardinal(w).is_some(),
        }
}

/// Whether a time of day may be attached to this date.
fn can_take_time(w: &When) -> bool {
    matches!(w, When::Day { .. } | When::RelDay(_) | When::Weekday(..) | When::Holiday { .. })
}

/// Reads one date expression over the whole of `text` (for datelines).
pub fn parse_all(text: &str, lang: Lang) -> Vec<(When, usize, usize)> {
    let t = Toks::new(text);
    let p = P { t: &t, lang, lone: false };
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

/// A clock with its fields, for callers that build datelines.
pub fn clock_of(w: &When) -> Option<Clock> {
    match w {
        When::At(_, c) | When::Time(c) => Some(*c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;

    fn one(s: &str, anchor: Option<DateTime>) -> (String, String, DateValue) {
        let v = find(s, Lang::De, anchor, Prefer::Past);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        let f = &v[0];
        (s[f.start..f.end].to_string(), f.value.from.map(|d| d.to_string()).unwrap_or_default(), f.value.clone())
    }

    #[test]
    fn absolute_dates() {
        let (text, from, v) = one("Moskau ist bei der im Februar 2022 befohlenen Invasion", None);
        assert_eq!(
            (text.as_str(), from.as_str(), v.grain),
            ("im Februar 2022", "2022-02-01T00:00:00", crate::claim::Grain::Month)
        );
        let (_, from, _) = one("Stand: 12.09.2023 07:43 Uhr", None);
        assert_eq!(from, "2023-09-12T07:43:00");
        let (_, from, _) = one("Das erste Mal seit 2019 treffen sich", None);
        assert_eq!(from, "2019-01-01T00:00:00");
        let (_, from, _) = one("mehrerer Resolutionen 2017.", None);
        assert_eq!(from, "2017-01-01T00:00:00");
    }

    #[test]
    fn weekday_next_to_a_date_it_does_not_fall_on() {
        let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
        let (_, from, v) = one("sagte Kim am Mittwoch (14. September) in Wostotschny", a);
        assert_eq!(from, "2023-09-14T00:00:00");
        assert_eq!(v.weekday_mismatch.as_deref(), Some("Mittwoch"));
        let (_, _, v) = one("sagte Kim am Mittwoch (13. September) in Wostotschny", a);
        assert_eq!(v.weekday_mismatch, None);
    }

    #[test]
    fn relative_dates() {
        let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
        assert_eq!(one("am Mittwoch auf dem Weltraumbahnhof", a).1, "2023-09-13T00:00:00");
        assert_eq!(one("gestern", a).1, "2023-09-13T00:00:00");
        assert_eq!(one("vor zwei Wochen", a).1, "2023-08-31T00:00:00");
        let (_, _, v) = one("am Mittwoch auf dem Weltraumbahnhof", None);
        assert!(v.relative && v.from.is_none());
    }

    #[test]
    fn a_future_clause_turns_a_weekday_ahead() {
        let a = Some(datetime(2023, 9, 13, 15, 11, 0, 0));
        assert_eq!(one("Kim wird am Freitag eine Werft besuchen", a).1, "2023-09-15T00:00:00");
        assert_eq!(one("Kim war am Freitag in Pjöngjang", a).1, "2023-09-08T00:00:00");
        assert_eq!(one("Das Forum dauert noch bis Freitag", a).1, "2023-09-15T00:00:00");
        assert_eq!(one("Er sagte am Montag, er werde kommen", a).1, "2023-09-11T00:00:00");
    }

    #[test]
    fn parts_of_a_year_or_month() {
        let a = Some(datetime(2023, 9, 14, 6, 45, 0, 0));
        let (text, from, v) = one("Ende vergangenen Jahres begann der Bau", a);
        assert_eq!((text.as_str(), from.as_str()), ("Ende vergangenen Jahres", "2022-09-01T00:00:00"));
        assert_eq!(v.to.map(|d| d.to_string()).as_deref(), Some("2023-01-01T00:00:00"));
        let (_, from, _) = one("Mitte des Monats", a);
        assert_eq!(from, "2023-09-11T00:00:00");
        let (_, from, _) = one("Nordkorea hatte zuletzt Ende August zwei Raketen abgeschossen", a);
        assert_eq!(from, "2023-08-21T00:00:00");
    }

    /// Word soup from the readers' own vocabulary, with huge and odd numbers:
    /// nothing may panic (overflow, calendar range, char boundaries).
    #[test]
    fn odd_input_never_panics() {
        let vocab = [
            "vor",
            "in",
            "99999999999999",
            "Tagen",
            "Wochen",
            "Jahren",
            "ago",
            "years",
            "nächsten",
            "letzten",
            "am",
            "Mittwoch",
            "(",
            ")",
            "13.",
            "13",
            ".",
            "-",
            "/",
            ":",
            "Uhr",
            "September",
            "2023",
            "29.02.",
            "31/2/2019",
            "1e9",
            "minus",
            "rund",
            "mehr",
            "als",
            "zwischen",
            "und",
            "bis",
            "Millionen",
            "Mrd.",
            "%",
            "€",
            "$",
            "ẞ",
            "Ärger",
            "½",
            "halbe",
            "dreiviertel",
            "Advent",
            "1.",
            "Quartal",
            "Ende",
            "des",
            "Jahres",
            "um",
            "24:60",
            "0000",
            "9999",
            "99:99",
            "Q",
            "3",
            "tes",
            "zum",
            "vom",
            "die",
            "zweitausender",
            "90er",
            "1990s",
            "seit",
            "Jahren",
            "999999999999999999999",
            ",",
            "12 500",
            "1.500,75",
            "km/h",
            "°",
            "C",
            "p.m.",
            "a.m.",
        ];
        let anchors = [None, Some(datetime(2023, 9, 13, 15, 11, 0, 0)), Some(datetime(9999, 12, 31, 23, 59, 0, 0))];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..4000 {
            let mut s = String::new();
            for _ in 0..(x % 12 + 1) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(vocab[(x % vocab.len() as u64) as usize]);
                if x & 0x100 == 0 {
                    s.push(' ');
                }
            }
            for lang in [Lang::De, Lang::En] {
                for a in anchors {
                    for prefer in [Prefer::Past, Prefer::Future] {
                        let _ = find(&s, lang, a, prefer);
                    }
                }
                let _ = super::super::quantity::find(&s, lang, &crate::settings::Tolerances::default());
            }
        }
    }

    #[test]
    fn numbers_are_not_dates() {
        assert!(find("rund 40 Sekunden", Lang::De, None, Prefer::Past).is_empty());
        assert!(find("2000 Soldaten marschierten", Lang::De, None, Prefer::Past).is_empty());
        assert!(find("um 27 Prozent", Lang::De, None, Prefer::Past).is_empty());
    }
}
