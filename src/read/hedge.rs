//! Hedges: the words before a number that qualify it (`rund`, `mehr als`,
//! `bis zu`, `at least`), and the interval each one makes of the value.

use std::sync::LazyLock;

use super::token::Toks;
use crate::model::claim::{Hedge, Lang};
use crate::settings::Tolerances;

/// A finite stand-in for "no upper bound" (`mindestens`, `at least`), so the
/// JSON stays plain numbers.
pub(crate) const OPEN_END: f64 = 1.0e290;

/// What a class of the language files' hedge phrases makes of a number.
fn class(name: &str) -> Hedge {
    match name {
        "approx" => Hedge::Approx,
        "above" => Hedge::Above,
        "below" => Hedge::Below,
        "at_most" => Hedge::AtMost,
        "at_least" => Hedge::AtLeast,
        _ => Hedge::Exact,
    }
}

type Phrases = Vec<(Vec<&'static str>, Hedge)>;

/// Each language's hedge phrases as word sequences, in the order of
/// [`Lang::ALL`], and last all languages' together.
static PHRASES: LazyLock<Vec<Phrases>> = LazyLock::new(|| {
    let of = |lang: Lang| -> Phrases {
        let hedges = &lang.words().hedges;
        hedges.phrases.iter().flat_map(|(c, ps)| ps.iter().map(|p| (p.split(' ').collect(), class(c)))).collect()
    };
    Lang::ALL.iter().map(|&l| of(l)).collect()
});

/// The hedge of the text's language that ends right before token `i`: its
/// first token and kind.
pub fn before_in(t: &Toks, i: usize, lang: Lang) -> Option<(usize, Hedge)> {
    best_before(t, i, &PHRASES[lang.index()])
}

fn best_before(t: &Toks, i: usize, phrases: &Phrases) -> Option<(usize, Hedge)> {
    let mut best: Option<(usize, Hedge)> = None;
    for (words, hedge) in phrases {
        let n = words.len();
        if n > i {
            continue;
        }
        let s = i - n;
        let ok = words.iter().enumerate().all(|(k, w)| if *w == "." { t.is_mark(s + k, '.') } else { t.is(s + k, w) });
        if ok && best.is_none_or(|b| s < b.0) {
            best = Some((s, *hedge));
        }
    }
    best
}

/// The interval `[low, high]` a hedge makes of `v`.
pub(crate) fn interval(v: f64, hedge: Hedge, tol: &Tolerances) -> (f64, f64) {
    let (a, b) = match hedge {
        Hedge::Exact | Hedge::Range | Hedge::Vague => (v * (1.0 - tol.exact), v * (1.0 + tol.exact)),
        Hedge::Approx => (v * (1.0 - tol.approx), v * (1.0 + tol.approx)),
        Hedge::Above => (v, v * (1.0 + tol.above)),
        Hedge::Below => (v * (1.0 - tol.below), v),
        Hedge::AtMost => (0.0_f64.min(v), v),
        Hedge::AtLeast => (v, OPEN_END),
    };
    if a <= b { (a, b) } else { (b, a) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins() {
        let t = Toks::new("knapp über 100");
        assert_eq!(before_in(&t, 2, Lang::De), Some((0, Hedge::Above)));
        let t = Toks::new("ca. 100");
        assert_eq!(before_in(&t, 2, Lang::De), Some((0, Hedge::Approx)));
        assert_eq!(before_in(&t, 2, Lang::En), Some((0, Hedge::Approx)));
    }

    #[test]
    fn a_hedge_is_read_in_its_own_language() {
        let t = Toks::new("mehr als 40");
        assert_eq!(before_in(&t, 2, Lang::De), Some((0, Hedge::Above)));
        assert_eq!(before_in(&t, 2, Lang::En), None);
        let t = Toks::new("no more than 40");
        assert_eq!(before_in(&t, 3, Lang::En), Some((0, Hedge::AtMost)));
        assert_eq!(before_in(&t, 3, Lang::De), None);
    }

    #[test]
    fn intervals() {
        let tol = Tolerances::default();
        let (a, b) = interval(650_000.0, Hedge::Approx, &tol);
        assert!((a - 617_500.0).abs() < 1e-6 && (b - 682_500.0).abs() < 1e-6);
        let (a, b) = interval(1.5e6, Hedge::Above, &tol);
        assert!(a == 1.5e6 && (b - 1.65e6).abs() < 1e-6);
        assert_eq!(interval(5.0, Hedge::AtLeast, &tol).1, OPEN_END);
    }
}
