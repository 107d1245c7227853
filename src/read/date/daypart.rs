//! Parts of the day (`am Nachmittag`, `Sunday evening`, `overnight`, `in der
//! Nacht zum Sonntag`) and the signals of a game's report (`with 2:31
//! left`, a score), for the date reader.

use std::sync::LazyLock;

use super::{DateReader, can_take_time};
use crate::lang::{DayPart, Lang};
use crate::read::clock;
use crate::read::token::WordSet;
use crate::read::when::When;

impl DateReader<'_> {
    /// `abend`, `Morgen` after a day word (`morgen Abend`, `heute Morgen`):
    /// the part of the day, and the token after it.
    pub(super) fn daypart_word(&self, i: usize) -> Option<(DayPart, usize)> {
        let t = self.t();
        if !t.is_word(i) {
            return None;
        }
        let w = t.low(i);
        self.lang.words().dates.day_parts.iter().find(|(n, _)| *n == w).map(|&(_, p)| (p, i + 1))
    }

    /// The part of the day that closes a weekday compound (`montagabend`).
    pub(super) fn compound_part(&self, w: &str) -> Option<DayPart> {
        let parts = self.lang.words().dates.day_parts;
        parts.iter().find(|(n, _)| w.len() > n.len() + 5 && w.ends_with(n)).map(|&(_, p)| p)
    }

    /// The token after a space-separated word sequence that starts at `i`.
    pub(super) fn sequence(&self, i: usize, seq: &str) -> Option<usize> {
        self.t().sequence(i, seq)
    }

    /// A part of the day without a day before it: `am Nachmittag`, `in the
    /// afternoon` (of the day in question), `overnight`, `last night` (the
    /// night before the day of writing), `in der Nacht zum Sonntag` (the
    /// night leading into that day); with a time after it, that time.
    pub(super) fn day_part_alone(&self, i: usize) -> Option<(When, usize)> {
        let dates = &self.lang.words().dates;
        let longest = |list: &[&str]| list.iter().filter_map(|s| self.sequence(i, s)).max();
        if let Some(k) = longest(dates.night_before)
            && let Some((d, e)) = self.date(k).filter(|(d, _)| can_take_time(d))
        {
            return Some((When::DayPart(Some(Box::new(d)), DayPart::NightBefore), e));
        }
        if let Some(e) = longest(dates.last_night) {
            return Some((When::DayPart(Some(Box::new(When::RelDay(0))), DayPart::NightBefore), e));
        }
        let k = longest(dates.day_part_openers)?;
        let (part, e) = self.daypart_word(k)?;
        if let Some((mut c, ce)) = clock::at(self.t(), e, self.lang) {
            if part.after_noon() && c.h < 12 {
                c.h += 12;
                c.twelve = false;
            }
            return Some((When::At(Box::new(When::DayPart(None, part)), c), ce));
        }
        Some((When::DayPart(None, part), e))
    }

    /// Whether a game-clock phrase follows the time that ends before `e`.
    pub(super) fn game_clock(&self, e: usize) -> bool {
        self.lang.words().dates.game_clock_after.iter().any(|s| self.sequence(e, s).is_some())
    }

    /// Whether the sentence reports a game: a score (`82-71`), a game
    /// clock, or a word of a game's report.
    pub(super) fn game_context(&self) -> bool {
        let t = self.t();
        let words = self.lang.words().dates.game_words;
        (0..t.len()).any(|k| {
            (t.is_word(k) && t.is_any(k, words))
                || (t.is_digits(k) && self.game_clock(k + 1))
                || (t.is_digits(k)
                    && t.ndigits(k) <= 3
                    && t.is_mark(k + 1, '-')
                    && t.tight(k)
                    && t.tight(k + 1)
                    && t.is_digits(k + 2)
                    && t.ndigits(k + 2) <= 3
                    && !t.is_mark(k + 3, '-'))
        })
    }
}

/// The first words of each language's day-part phrases (`am`, `in`,
/// `overnight`), in the order of [`Lang::ALL`].
static DAY_PART_STARTS: LazyLock<Vec<WordSet>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let d = &l.words().dates;
            let lists = [d.day_part_openers, d.night_before, d.last_night];
            lists.iter().flat_map(|list| list.iter().filter_map(|s| s.split(' ').next())).collect()
        })
        .collect()
});

/// Whether a word may open a day-part phrase of the language.
pub(super) fn starts_day_part(w: &str, lang: Lang) -> bool {
    DAY_PART_STARTS[lang.index()].contains(w)
}
