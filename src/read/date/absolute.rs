//! Absolute date forms for the date reader: days of the month, month
//! names, numeric dates (`12.09.2023`, `2018-08-31`, `23/Sep/2020`),
//! months, years and the contexts that make four digits a year, decades,
//! quarters, holidays and n-th weekdays of a month.

use super::DateReader;
use crate::read::calendar::{self as cal, full_year};
use crate::read::clock;
use crate::read::token::Kind;
use crate::read::when::{Unit, When};
use crate::read::{hedge, units};

impl DateReader<'_> {
    /// A day of the month: `13.`, `13`, `15ten`, `erster`, `3rd`.
    pub(super) fn day_any(&self, i: usize) -> Option<(i8, usize)> {
        let t = self.t();
        if t.is_digits(i) && t.ndigits(i) <= 2 {
            let d = t.int(i)? as i8;
            if !(1..=31).contains(&d) {
                return None;
            }
            if t.tight(i) && t.is_any(i + 1, self.d().ordinal_suffixes) {
                return Some((d, i + 2));
            }
            return Some((d, i + 1));
        }
        if t.is_word(i) {
            let d = (self.lang.words().units.ordinal)(t.low(i))?;
            return (1..=31).contains(&d).then_some((d as i8, i + 1));
        }
        None
    }

    /// A month name, with the full stop of an abbreviation.
    pub(super) fn month_word(&self, i: usize) -> Option<(i8, usize, bool)> {
        let t = self.t();
        if !t.is_word(i) {
            return None;
        }
        let w = t.low(i);
        let m = cal::month_in(w, self.lang)?;
        // an abbreviation, a month that is also a common word (`may`), or a
        // month written in lower case where nouns are capitalized: a month
        // only with a day or a year, or after a word that makes it one
        let lower_noun = self.lang.words().frames.nouns_capitalized && t.raw(i) == w;
        let abbr = cal::month_abbr(w, self.lang) || self.d().word_months.contains(&w) || lower_noun;
        // `Sept. 13`, and `May. 3` as some pages write it
        let dotted = t.is_mark(i + 1, '.') && t.tight(i) && (cal::month_abbr(w, self.lang) || t.is_digits(i + 2));
        let e = if dotted { i + 2 } else { i + 1 };
        Some((m, e, abbr))
    }

    /// A four-digit year.
    pub(super) fn year4(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t();
        if t.ndigits(i) == 4 {
            let y = t.int(i)? as i32;
            // not a decimal (`2013,5`), a clock in another zone (`1023 GMT`)
            // nor a group of a phone number (`555-1234`)
            let decimal =
                t.tight(i) && matches!(t.mark(i + 1), Some('.' | ',')) && t.tight(i + 1) && t.is_digits(i + 2);
            let zoned = t.is_any(i + 1, clock::ZONES);
            let phone = (i >= 2 && t.is_mark(i - 1, '-') && t.tight(i - 2) && t.tight(i - 1) && t.ndigits(i - 2) == 3)
                || (t.is_mark(i + 1, '-')
                    && t.tight(i)
                    && t.tight(i + 1)
                    && t.ndigits(i + 2) >= 3
                    && t.ndigits(i + 2) != 4);
            if (1000..=2999).contains(&y) && !decimal && !zoned && !phone {
                return Some((y, i + 1));
            }
        }
        None
    }

    /// A year after a day and month: four digits, or two at the end.
    pub(super) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn absolute_day(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some(r) = self.numeric(i) {
            return Some(r);
        }
        // `13. September 2023`, `15te februar`, `erster märz`, `1 märz`
        if let Some((d, k)) = self.day_any(i) {
            let dotted = t.is_mark(k, '.') && t.is_digits(i);
            let k2 = if dotted { k + 1 } else { k };
            let k2 = if t.is_any(k2, self.d().of) { k2 + 1 } else { k2 };
            if let Some((m, e, _)) = self.month_word(k2) {
                if t.is_digits(i) && !dotted && self.lang.words().units.dotted_ordinals && t.ndigits(i) > 2 {
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
            // `März 13. Tag` in a language of dotted ordinals; in English
            // the full stop ends the sentence (`on Sept. 13. At 7 p.m.`)
            let ordinal = self.lang.words().units.dotted_ordinals;
            if !(1..=31).contains(&d) || (ordinal && t.is_mark(e + 1, '.') && t.tight(e) && t.is_word(e + 2)) {
                return None;
            }
            let mut k = e + 1;
            if t.tight(e) && t.is_any(k, self.d().ordinal_suffixes) {
                k += 1;
            }
            if units::at_in(t, k, self.lang).is_some()
                || (t.is_word(k) && t.capital(k) && self.lang.words().frames.nouns_capitalized)
            {
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
    pub(super) fn numeric(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let month = |j: usize| cal::month_in(t.low(j), self.lang);
        if !(t.is_digits(i) || (t.is_word(i) && month(i).is_some())) {
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
            if !(t.is_digits(next) || t.is_word(next) && month(next).is_some()) {
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
                Some((i32::from(month(j)?), 0, true))
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
                if self.lang.words().dates.slash_month_first && sep == '/' && vs[0].0 <= 12 {
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
            // `the 2008-09 season`: two years written as a pair, not a month
            if sep == '-' && b.1 == 2 && b.0 == (a.0 + 1) % 100 {
                return Some((When::Range(Box::new(When::Year(a.0)), Box::new(When::Year(a.0 + 1))), end));
            }
            return Some((When::Month { y: Some(a.0), m: b.0 as i8 }, end));
        }
        if b.1 == 4 && a.1 <= 2 && (1..=12).contains(&a.0) && !a.2 {
            // not `2 - 2016`, a range of numbers, unless zero-padded or dotted
            if sep == '-' && a.1 == 1 {
                return None;
            }
            return Some((When::Month { y: Some(b.0), m: a.0 as i8 }, end));
        }
        if a.1 <= 2 && b.1 <= 2 && !a.2 && !b.2 && sep == '.' && self.lang.words().dates.dotted_day_month {
            let (d, m) = (a.0, b.0);
            if !(1..=31).contains(&d) || !(1..=12).contains(&m) || clock::longest(t, end, self.d().hour_words).is_some()
            {
                return None;
            }
            // a decimal, not a date: an amount (`$24.05`), a magnitude
            // (`Stärke 5.9.`, `magnitude-6.1`)
            let amount = i > 0
                && (units::prefix_at(t, i - 1).is_some()
                    || t.is_any(i - 1, self.lang.words().units.magnitude_heads)
                    || (t.is_mark(i - 1, '-') && i > 1 && t.is_word(i - 2)));
            if amount {
                return None;
            }
            let context = i > 0
                && (t.is_any(i - 1, self.d().openers)
                    || t.is_any(i - 1, self.d().day_month_before)
                    || matches!(t.mark(i - 1), Some('-' | '–' | '/')));
            if trailing || context || self.lone {
                // a full stop ending the sentence is no date's
                return Some((When::Day { y: None, m: m as i8, d: d as i8, wd: None }, end));
            }
        }
        None
    }

    /// Years: `seit 2019`, `im Jahr 2019`, `Resolutionen 2017`, `Ende 1989`,
    /// `die 90er Jahre`, `im dritten Quartal 2018`.
    pub(super) fn year_phrase(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        // `Anfang/Mitte/Ende` of a month or year
        let d = self.d();
        let part = d.period_parts.iter().find(|(w, _)| *w == t.low(i)).map(|p| p.1);
        if let Some(p) = part.filter(|_| t.is_word(i)) {
            let k = if t.is_any(i + 1, d.part_links) { i + 2 } else { i + 1 };
            let k = if t.is_mark(k, '-') { k + 1 } else { k };
            if let Some((m, e)) = self.month_phrase(k)
                && matches!(m, When::Month { .. })
            {
                return Some((When::Part(p, Box::new(m)), e));
            }
            if let Some((y, e)) = self.year4(k)
                && !(t.tight(e - 1) && t.is_any(e, d.decade_suffixes))
            {
                return Some((When::Part(p, Box::new(When::Year(y))), e));
            }
            // `Ende des Jahres`, `Anfang vergangenen Jahres`, `Mitte des Monats`
            let this =
                |j: usize| self.singular_unit(j).filter(|u| matches!(u, Unit::Year | Unit::Month) && t.is_word(j));
            if t.is_any(i + 1, d.part_links) {
                let j = if t.is_any(i + 2, d.unit_articles) { i + 3 } else { i + 2 };
                if let Some(u) = this(j) {
                    return Some((When::Part(p, Box::new(When::RelUnit(u, 0))), j + 1));
                }
            }
            let k = if t.is_any(i + 1, d.part_links) { i + 2 } else { i + 1 };
            if let Some(n) = self.modifier(t.low(k)).filter(|_| t.is_word(k))
                && let Some(u) = this(k + 1)
            {
                return Some((When::Part(p, Box::new(When::RelUnit(u, n))), k + 2));
            }
            return None;
        }
        // quarters: `drittes Quartal`, `4tes quartal 2018`, `Q3 2018`
        if let Some((q, k)) = self.day_any(i).filter(|q| (1..=4).contains(&q.0))
            && self.singular_unit(k) == Some(Unit::Quarter)
        {
            let (y, e) = self.year4(k + 1).map_or((None, k + 1), |(y, e)| (Some(y), e));
            return Some((When::Quarter { y, q, rel: None }, e));
        }
        // decades: `90er`, `1990er Jahre`, `zweitausender`
        let decade_suffix = t.is_any(i + 1, d.decade_suffixes);
        if t.is_digits(i) && t.tight(i) && decade_suffix && matches!(t.ndigits(i), 2 | 4) {
            let v = t.int(i)? as i32;
            let y = if t.ndigits(i) == 2 { 1900 + v } else { v };
            if y % 10 == 0 {
                let e = if t.is_any(i + 2, d.decade_nouns) { i + 3 } else { i + 2 };
                return Some((When::Decade(y), e));
            }
        }
        if t.is_word(i)
            && let Some(stem) = d.decade_word_endings.iter().find_map(|e| t.low(i).strip_suffix(e))
            && let Some(v) = (self.lang.words().units.cardinal)(stem)
            && v >= 1000.0
            && v % 10.0 == 0.0
            && v < 3000.0
        {
            return Some((When::Decade(v as i32), i + 1));
        }
        // `im Jahr 2019`, `des Jahres 2019`
        let (k, ctx) = if t.is_any(i, d.year_words) { (i + 1, true) } else { (i, false) };
        let (y, e) = self.year4(k)?;
        if ctx || self.year_context(k) {
            return Some((When::Year(y), e));
        }
        None
    }

    /// Whether the four digits at `k` read as a year where they stand.
    pub(super) fn year_context(&self, k: usize) -> bool {
        let t = self.t();
        let y = t.int(k).unwrap_or(0);
        // glued to other marks or numbers: no year
        if (k > 0 && t.tight(k - 1) && !matches!(t.mark(k - 1), Some('(' | '[' | '–' | '-' | '/')))
            || (t.tight(k) && (t.is_word(k + 1) || t.is_mark(k + 1, '%')))
        {
            return false;
        }
        let d = self.d();
        if k > 0 && hedge::before_in(t, k, self.lang).is_some() && !t.is_any(k - 1, d.year_hedges) {
            return false;
        }
        let prev = if k > 0 { t.low(k - 1) } else { "" };
        let prev_ok = k > 0 && (t.is_any(k - 1, d.year_before) || matches!(t.mark(k - 1), Some('(' | '–' | '-' | '/')));
        let next_unit = units::at_in(t, k + 1, self.lang).is_some() || t.is_any(k + 1, d.times_words);
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
                let nouns_capitalized = self.lang.words().frames.nouns_capitalized;
                !t.capital(k + 1) && (nouns_capitalized || t.is_any(k + 1, d.after_year))
            }
            Some(Kind::Digits) => false,
        }
    }

    /// Months: `im Februar 2022`, `April 2019`, `im März`, `August 99`.
    /// A season of a given year: `im Sommer 2013`, `in the summer of 2013`,
    /// `Winter 2012`.
    pub(super) fn season_phrase(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let k = clock::longest(t, i, self.d().season_before).unwrap_or(i);
        let start = cal::season(t.low(k), self.lang).filter(|_| t.is_word(k))?;
        let k = if t.is_any(k + 1, self.d().of) { k + 2 } else { k + 1 };
        let (y, e) = self.year4(k)?;
        Some((When::Season { start, y: Some(y), rel: 0 }, e))
    }

    pub(super) fn month_phrase(&self, i: usize) -> Option<(When, usize)> {
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
        let d = self.d();
        let ctx = i > 0 && t.is_any(i - 1, d.month_before);
        let w = t.low(i);
        if (ctx || self.lone) && !abbr {
            return Some((When::Month { y: None, m }, e));
        }
        if ctx && d.word_months.contains(&w) && !t.is_any(i - 1, d.and_or) {
            return Some((When::Month { y: None, m }, e));
        }
        None
    }

    /// Holidays: `Ostern 2020`, `1. Advent 2018`, `Muttertag im Jahr 2019`,
    /// `Fastnachtssonntag im nächsten Jahr`.
    pub(super) fn holiday(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let (nth, k) = match self.day_any(i) {
            Some((n, k)) if (1..=4).contains(&n) => (Some(i64::from(n)), if t.is_mark(k, '.') { k + 1 } else { k }),
            _ => (None, i),
        };
        if !t.is_word(k) {
            return None;
        }
        let (len, rule) = cal::holiday(|j| t.low(k + j), self.lang)?;
        if nth.is_some() != rule.is_advent() && nth.is_some() {
            return None;
        }
        let mut e = k + len;
        let mut y = None;
        let mut rel = None;
        if let Some(k) = clock::longest(t, e, self.d().in_year)
            && let Some((yy, ye)) = self.year4(k)
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
    pub(super) fn nth_of(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        let d = self.d();
        let i = if t.is_any(i, d.genitive_articles) { i + 1 } else { i };
        let n = if t.is_any(i, d.last) {
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
        if !t.is_any(k, d.nth_links) {
            return None;
        }
        let month = if t.is_word(k + 1) && self.singular_unit(k + 1) == Some(Unit::Month) {
            (When::RelUnit(Unit::Month, 0), k + 2)
        } else {
            let (m, e, _) = self.month_word(k + 1)?;
            let (y, e) = self.year4(e).map_or((None, e), |(y, e)| (Some(y), e));
            (When::Month { y, m }, e)
        };
        if let Some((wd, false)) = cal::weekday_in(t.low(what), self.lang) {
            return Some((When::NthWeekday { n, wd, month: Box::new(month.0) }, month.1));
        }
        let unit = self.singular_unit(what).filter(|u| matches!(u, Unit::Day | Unit::Week) && t.is_word(what))?;
        Some((When::NthOf { n, unit, month: Box::new(month.0) }, month.1))
    }
}
