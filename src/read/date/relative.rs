//! Relative date forms for the date reader: `heute`, `gestern`,
//! `vor zwei Wochen`, `four years ago`, `nächste Woche`, `letzten
//! September`, `die letzten 3 Tage`, weekdays with what may follow them, and
//! the clause test that points a bare weekday forward.

use jiff::civil::Weekday;

use super::DateReader;
use crate::lang::DayPart;
use crate::read::calendar as cal;
use crate::read::number;
use crate::read::when::{Toward, Unit, When};

/// Modifiers of a relative unit: `nächste Woche`, `letzten Monat`.
pub(super) fn modifier(w: &str) -> Option<i64> {
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

impl DateReader<'_> {
    /// The unit of time a (lower-case) word names.
    pub(super) fn time_unit(&self, w: &str) -> Option<Unit> {
        self.lang.words().dates.time_units.iter().find(|(n, _)| *n == w).map(|&(_, u)| u.into())
    }

    /// Relative expressions: `heute`, `gestern`, `letzte Woche`,
    /// `nächsten Dienstag`, `vor zwei Wochen`, `die letzten 3 Tage`.
    pub(super) fn relative(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((n, e)) = self.count(i)
            && let Some(u) = self.time_unit(t.low(e)).filter(|_| t.is_word(e))
            && t.is(e + 1, "ago")
        {
            return Some((When::Shift(-n, u), e + 2));
        }
        if !t.is_word(i) {
            return None;
        }
        let w = t.low(i);
        let day = match w {
            "tonight" => return Some((When::DayPart(Some(Box::new(When::RelDay(0))), DayPart::Night), i + 1)),
            "heute" | "today" => Some(0),
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
                && let Some(u) = self.time_unit(t.low(e)).filter(|_| t.is_word(e))
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
            && let Some(unit) = self.time_unit(t.low(e)).filter(|_| t.is_word(e))
            && m != 0
        {
            return Some((When::Span(n as i64, unit, m < 0), e + 1));
        }
        // a singular unit: `nächste Woche`, not `in den kommenden Tagen`
        let singular = matches!(u, "woche" | "monat" | "monats" | "jahr" | "jahres" | "quartal" | "quartals" | "tag")
            || matches!(u, "week" | "month" | "year" | "quarter" | "day");
        if let Some(unit) = self.time_unit(u).filter(|_| t.is_word(k + 1) && singular) {
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
    pub(super) fn count(&self, k: usize) -> Option<(f64, usize)> {
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

    /// What may follow a weekday: `der nächsten Woche`, `in 2 Wochen`,
    /// `nach dem nächsten`, `next week`.
    pub(super) fn weekday_tail(&self, wd: Weekday, k: usize, toward: Toward) -> Option<(When, usize)> {
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

    /// Whether the clause around token `i` is plainly about the future: a
    /// future auxiliary (`wird`, `soll`, `will`) and no past-tense verb.
    pub(super) fn future_clause(&self, i: usize) -> bool {
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
        let dates = &self.lang.words().dates;
        let (future, past) = (dates.future_words, dates.past_words);
        (s..e).any(|k| t.is_any(k, future)) && !(s..e).any(|k| t.is_any(k, past))
    }
}
