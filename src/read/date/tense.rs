//! What a date's clause says about it beyond the date itself: whether a
//! future or intention cue (`will`, `expected to`, `wird`, `geplant`)
//! points a bare weekday, month or time forward, and whether the date is a
//! recurring one (`every Tuesday`, `the second Tuesday of each month`,
//! `jeden Dienstag`, `dienstags`, a named day such as `Patch Tuesday`)
//! that names no day of an event.

use super::DateReader;
use crate::read::token::Toks;

/// The marks that end a clause for the tense test.
fn clause_bound(t: &Toks, k: usize) -> bool {
    t.mark(k).is_some_and(|c| matches!(c, ',' | ';' | ':' | '„' | '“' | '”' | '"' | '(' | ')' | '—' | '–'))
}

/// How a tense cue places a bare date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// The next one (`will`, `expected to`, `wird`).
    Ahead,
    /// The nearer one either way: a future seen from the past (`said he
    /// would be ready Saturday`) may have come by the time of writing.
    Near,
    /// The last one: a past tense governs the date (`was found on April 9`,
    /// `since his arrest on June 21`).
    Back,
    /// A word of the past that may also be of the present or the future
    /// (`has given him a May 10 deadline`, `to have surgery on Friday`):
    /// the preferred direction, but no reason to look ahead.
    Weak,
}

/// How many tokens before or after a date a tense cue may stand and still
/// govern it (`would not retaliate for the bombing … on Tuesday` is too
/// far).
const CUE_REACH: usize = 8;

impl DateReader<'_> {
    /// The cue that starts at `k` and where it ends, if one does and no
    /// past-tense word stands right before it (`was expected to`, `had
    /// planned`, `wurde geplant` tell of a past plan).
    fn future_cue(&self, k: usize) -> Option<(Tense, usize)> {
        let t = self.t();
        let d = self.d();
        let longest = |list: &[&str]| list.iter().filter_map(|s| t.sequence(k, s)).max();
        let cue = longest(d.future_words)
            .map(|e| (Tense::Ahead, e))
            .or_else(|| longest(d.near_words).map(|e| (Tense::Near, e)))?;
        (k == 0 || !t.is_any(k - 1, d.past_plan)).then_some(cue)
    }

    /// Whether the clause around the date at tokens `s..e` is about the
    /// future, and how: the nearest tense cue before the date, a few words
    /// away at most, if it is a future one; or, when the date opens its
    /// clause (`Am Freitag wird Kim …`) or the cue closes it (`dass er im
    /// März kommen wird`), the nearest one after it.
    pub(crate) fn tense(&self, s: usize, e: usize) -> Option<Tense> {
        let t = self.t();
        let past = self.d().past_words;
        let mut k = s;
        while k > 0 && !clause_bound(t, k - 1) && s - k < CUE_REACH {
            k -= 1;
            if let Some((tense, _)) = self.future_cue(k).filter(|c| c.1 <= s) {
                return Some(tense);
            }
            if self.back(k) {
                return Some(Tense::Back);
            }
            if t.is_any(k, past) {
                return Some(Tense::Weak);
            }
        }
        let opens = k == s || (k > 0 && clause_bound(t, k - 1) && (k..s).all(|i| t.is_any(i, self.d().openers)));
        let mut j = e;
        while j < t.len() && !clause_bound(t, j) && j - e < CUE_REACH {
            if let Some((tense, end)) = self.future_cue(j) {
                let closes = end >= t.len() || clause_bound(t, end) || t.is_mark(end, '.');
                return (opens || closes).then_some(tense);
            }
            if self.back(j) {
                return Some(Tense::Back);
            }
            if t.is_any(j, past) {
                return Some(Tense::Weak);
            }
            j += 1;
        }
        None
    }

    /// Whether the word at `k` puts its clause in the past: a past tense
    /// (`was`, `since`) or a past form by its ending (`announced`, `the
    /// patch issued Jan. 14`), unless an auxiliary before it leaves the
    /// time open (`when he's sentenced May 7`).
    fn back(&self, k: usize) -> bool {
        let t = self.t();
        let d = self.d();
        t.is_any(k, d.back_words)
            || t.is_word(k)
                && t.low(k).len() > 4
                && d.back_suffixes.iter().any(|e| t.low(k).ends_with(e))
                && self.future_cue(k).is_none()
                && (k == 0 || !t.is_any(k - 1, d.participle_auxiliaries))
    }

    /// Whether the clause around the date at tokens `s..e` points it ahead.
    pub(crate) fn future_clause(&self, s: usize, e: usize) -> bool {
        self.tense(s, e) == Some(Tense::Ahead)
    }

    /// Whether the date at tokens `s..e` recurs rather than names a day:
    /// a quantifier before it (`every Tuesday`, `jeden Dienstag`) or after
    /// it with a unit of time (`Tuesday of each month`, `Dienstag jeden
    /// Monats`), a habitual
    /// weekday (`dienstags`), or a weekday that is part of a name.
    pub(crate) fn recurring(&self, s: usize, e: usize) -> bool {
        let t = self.t();
        let d = self.d();
        if s > 0 && t.is_any(s - 1, d.recurring) {
            return true;
        }
        let mut k = e;
        while t.is_any(k, d.of) || t.is_any(k, d.recurring_links) {
            k += 1;
        }
        if t.is_any(k, d.recurring) && t.is_word(k + 1) && self.time_unit(t.low(k + 1)).is_some() {
            return true;
        }
        (s..e).any(|i| t.is_any(i, d.habitual_weekdays)) || self.named_day(s, e)
    }

    /// Whether the weekday that is the date at `s..e` is the last word of a
    /// name (`its Patch Tuesday`, `the worst Patch Tuesday`, a quoted
    /// `"Patch Tuesday"`): a capitalised word right before it, not the
    /// first of the sentence, after a determiner or a possessive (with a
    /// word in lower case between them at most), or between quotation
    /// marks with it.
    fn named_day(&self, s: usize, e: usize) -> bool {
        let t = self.t();
        if e != s + 1 || s < 2 || !t.is_word(s - 1) || !t.capital(s - 1) || !t.is_word(s) {
            return false;
        }
        if crate::read::calendar::weekday_in(t.low(s), self.lang).is_none() {
            return false;
        }
        let quoted = |k: usize| t.mark(k).is_some_and(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'));
        if quoted(s - 2) && quoted(e) {
            return true;
        }
        let apostrophe = |k: usize| t.mark(k).is_some_and(|c| matches!(c, '\'' | '’'));
        let determiner = |k: usize| t.is_any(k, self.d().determiners) || (t.is(k, "s") && k > 0 && apostrophe(k - 1));
        let lower = |k: usize| t.is_word(k) && !t.capital(k) && !t.is_any(k, self.d().past_words);
        determiner(s - 2) || (s >= 3 && lower(s - 2) && determiner(s - 3))
    }
}
