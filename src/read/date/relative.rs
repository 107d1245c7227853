//! Relative date forms for the date reader: `heute`, `gestern`,
//! `vor zwei Wochen`, `four years ago`, `nächste Woche`, `letzten
//! September`, `die letzten 3 Tage`, and weekdays with what may follow
//! them.

use jiff::civil::Weekday;

use super::DateReader;
use crate::lang::DayPart;
use crate::read::calendar as cal;
use crate::read::when::{Toward, Unit, When};
use crate::read::{clock, number};

impl DateReader<'_> {
    /// Modifiers of a relative unit: `nächste Woche`, `letzten Monat`.
    pub(super) fn modifier(&self, w: &str) -> Option<i64> {
        self.d().modifiers.iter().find(|(m, _)| *m == w).map(|m| m.1)
    }

    /// The unit of time a singular noun at `k` names (`Woche`, `year`).
    pub(super) fn singular_unit(&self, k: usize) -> Option<Unit> {
        let w = self.t().low(k);
        self.d().singular_units.contains(&w).then(|| self.time_unit(w)).flatten()
    }

    /// The unit of time a (lower-case) word names.
    pub(super) fn time_unit(&self, w: &str) -> Option<Unit> {
        self.d().time_units.iter().find(|(n, _)| *n == w).map(|&(_, u)| u.into())
    }

    /// Relative expressions: `heute`, `gestern`, `letzte Woche`,
    /// `nächsten Dienstag`, `vor zwei Wochen`, `die letzten 3 Tage`.
    pub(super) fn relative(&self, i: usize) -> Option<(When, usize)> {
        let t = self.t();
        if let Some((n, e)) = self.count(i)
            && let Some(u) = self.time_unit(t.low(e)).filter(|_| t.is_word(e))
            && t.is_any(e + 1, self.d().ago)
        {
            return Some((When::Shift(-n, u), e + 2));
        }
        if !t.is_word(i) {
            return None;
        }
        let d = self.d();
        let w = t.low(i);
        if t.is_any(i, d.tonight) {
            return Some((When::DayPart(Some(Box::new(When::RelDay(0))), DayPart::Night), i + 1));
        }
        // `morgen` is tomorrow; `Morgen` inside a sentence is a morning
        let part = self.daypart_word(i).is_some() && t.capital(i) && i > 0;
        let day = d.days.iter().filter_map(|&(s, n)| t.sequence(i, s).map(|e| (n, e))).max_by_key(|p| p.1);
        if let Some((n, e)) = day.filter(|_| !part) {
            return Some((When::RelDay(n), e));
        }
        // `diesen Morgen`: today's; the night runs into the next day
        if t.is_any(i, d.this_day)
            && self.daypart_word(i + 1).is_some_and(|(p, _)| !matches!(p, DayPart::Noon | DayPart::Night))
        {
            return Some((When::RelDay(0), i + 1));
        }
        if let Some(e) = clock::longest(t, i, d.rest_of_week) {
            return Some((When::RestOfWeek, e));
        }
        // `vor zwei Wochen`, `in 3 Tagen`, `four years ago`
        if let Some(&(_, sign)) = d.shifts.iter().find(|s| s.0 == w) {
            let mut k = i + 1;
            while t.is_any(k, d.shift_hedges) {
                k += if t.is_mark(k + 1, '.') && t.tight(k) { 2 } else { 1 };
            }
            if let Some((n, e)) = self.count(k)
                && let Some(u) = self.time_unit(t.low(e)).filter(|_| t.is_word(e))
            {
                return Some((When::Shift(sign as f64 * n, u), e + 1));
            }
        }
        // `im nächsten Jahr`, `in der kommenden Woche`, `seit vergangenem Jahr`
        let k = clock::longest(t, i, d.modifier_before).filter(|&k| t.is_word(k)).unwrap_or(i);
        let m = self.modifier(t.low(k)).filter(|_| t.is_word(k))?;
        let u = t.low(k + 1);
        // `letzten 3 Tage`, `nächsten paar Tagen`
        let n = if t.is_any(k + 1, d.few) {
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
        if let Some(unit) = self.singular_unit(k + 1).filter(|_| t.is_word(k + 1)) {
            // `übernächste Woche am Freitag`
            if unit == Unit::Week
                && t.is_any(k + 2, d.time_date_links)
                && let Some((wd, false)) = cal::weekday_in(t.low(k + 3), self.lang)
            {
                return Some((When::Weekday(wd, Toward::Week(m)), k + 4));
            }
            // `nächsten Monat vom 4. bis zum 23.`
            if unit == Unit::Month
                && t.is_any(k + 2, d.range_from)
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
        if t.is_any(k + 1, d.weekend) {
            return Some((When::Weekend(m.max(0)), k + 2));
        }
        if let Some((mm, e, _)) = self.month_word(k + 1) {
            return Some((When::RelMonth(mm, m), e));
        }
        if let Some(start) = cal::season(u, self.lang) {
            return Some((When::Season { start, y: None, rel: m }, k + 2));
        }
        if let Some((wd, false)) = cal::weekday_in(u, self.lang) {
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
        if let Some(e) = clock::longest(t, k, self.d().couple) {
            return Some((2.0, e));
        }
        if let Some(n) = number::at(t, k, self.lang) {
            return Some((n.value, n.end));
        }
        if t.is_any(k, self.d().ones) {
            return Some((1.0, k + 1));
        }
        None
    }

    /// What may follow a weekday: `der nächsten Woche`, `in 2 Wochen`,
    /// `nach dem nächsten`, `next week`.
    pub(super) fn weekday_tail(&self, wd: Weekday, k: usize, toward: Toward) -> Option<(When, usize)> {
        let t = self.t();
        let d = self.d();
        let week = |j: usize| t.is_word(j) && self.singular_unit(j) == Some(Unit::Week);
        // `Mittwoch der nächsten Woche`, `Mittwoch dieser Woche`
        let j = if t.is_any(k, d.genitive_articles) { k + 1 } else { k };
        if let Some(n) = self.modifier(t.low(j)).filter(|_| t.is_word(j))
            && week(j + 1)
        {
            return Some((When::Weekday(wd, Toward::Week(n)), j + 2));
        }
        // `Mittwoch in 2 Wochen`
        if let Some(&(_, sign)) = d.shifts.iter().find(|s| t.is(k, s.0))
            && let Some(n) = number::at(t, k + 1, self.lang)
            && t.is_word(n.end)
            && self.time_unit(t.low(n.end)) == Some(Unit::Week)
        {
            let weeks = (n.value * sign as f64) as i64;
            return Some((When::Weekday(wd, Toward::Week(weeks)), n.end + 1));
        }
        if let Some(e) = clock::longest(t, k, d.after_next) {
            return Some((When::Weekday(wd, Toward::Next(1)), e));
        }
        Some((When::Weekday(wd, toward), k))
    }
}
