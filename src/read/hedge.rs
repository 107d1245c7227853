//! Hedges: the words before a number that qualify it (`rund`, `mehr als`,
//! `bis zu`, `at least`), and the interval each one makes of the value.

use super::token::Toks;
use crate::model::claim::Hedge;
use crate::settings::Tolerances;

/// A finite stand-in for "no upper bound" (`mindestens`, `at least`), so the
/// JSON stays plain numbers.
pub(crate) const OPEN_END: f64 = 1.0e290;

/// Hedge phrases, as lower-case word sequences (`.` stands for the mark).
const PHRASES: &[(&[&str], Hedge)] = &[
    (&["so", "um", "die"], Hedge::Approx),
    (&["um", "die"], Hedge::Approx),
    (&["an", "die"], Hedge::Approx),
    (&["in", "etwa"], Hedge::Approx),
    (&["so", "etwa"], Hedge::Approx),
    (&["ca", "."], Hedge::Approx),
    (&["ca"], Hedge::Approx),
    (&["rund"], Hedge::Approx),
    (&["etwa"], Hedge::Approx),
    (&["ungefähr"], Hedge::Approx),
    (&["ungefahr"], Hedge::Approx),
    (&["circa"], Hedge::Approx),
    (&["zirka"], Hedge::Approx),
    (&["gegen"], Hedge::Approx),
    (&["schätzungsweise"], Hedge::Approx),
    (&["geschätzt"], Hedge::Approx),
    (&["geschätzte"], Hedge::Approx),
    (&["geschätzten"], Hedge::Approx),
    (&["about"], Hedge::Approx),
    (&["around"], Hedge::Approx),
    (&["roughly"], Hedge::Approx),
    (&["some"], Hedge::Approx),
    (&["approximately"], Hedge::Approx),
    (&["approx", "."], Hedge::Approx),
    (&["an", "estimated"], Hedge::Approx),
    (&["estimated"], Hedge::Approx),
    (&["knapp", "über"], Hedge::Above),
    (&["weit", "über"], Hedge::Above),
    (&["etwas", "mehr", "als"], Hedge::Above),
    (&["mehr", "als"], Hedge::Above),
    (&["über"], Hedge::Above),
    (&["gut"], Hedge::Above),
    (&["gute"], Hedge::Above),
    (&["guten"], Hedge::Above),
    (&["just", "over"], Hedge::Above),
    (&["more", "than"], Hedge::Above),
    (&["over"], Hedge::Above),
    (&["upwards", "of"], Hedge::Above),
    (&["knapp", "unter"], Hedge::Below),
    (&["knapp"], Hedge::Below),
    (&["fast"], Hedge::Below),
    (&["beinahe"], Hedge::Below),
    (&["nahezu"], Hedge::Below),
    (&["annähernd"], Hedge::Below),
    (&["just", "under"], Hedge::Below),
    (&["nearly"], Hedge::Below),
    (&["almost"], Hedge::Below),
    (&["bis", "zu"], Hedge::AtMost),
    (&["as", "many", "as"], Hedge::AtMost),
    (&["as", "much", "as"], Hedge::AtMost),
    (&["höchstens"], Hedge::AtMost),
    (&["maximal"], Hedge::AtMost),
    (&["weniger", "als"], Hedge::AtMost),
    (&["unter"], Hedge::AtMost),
    (&["up", "to"], Hedge::AtMost),
    (&["at", "most"], Hedge::AtMost),
    (&["no", "more", "than"], Hedge::AtMost),
    (&["less", "than"], Hedge::AtMost),
    (&["fewer", "than"], Hedge::AtMost),
    (&["under"], Hedge::AtMost),
    (&["within"], Hedge::AtMost),
    (&["innerhalb", "von"], Hedge::AtMost),
    (&["im", "umkreis", "von"], Hedge::AtMost),
    (&["mindestens"], Hedge::AtLeast),
    (&["wenigstens"], Hedge::AtLeast),
    (&["zumindest"], Hedge::AtLeast),
    (&["at", "least"], Hedge::AtLeast),
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["genau"], Hedge::Exact),
    (&["exakt"], Hedge::Exact),
    (&["exactly"], Hedge::Exact),
    (&["precisely"], Hedge::Exact),
];

/// The hedge that ends right before token `i`: its first token and kind.
pub fn before(t: &Toks, i: usize) -> Option<(usize, Hedge)> {
    let mut best: Option<(usize, Hedge)> = None;
    for &(words, hedge) in PHRASES {
        let n = words.len();
        if n > i {
            continue;
        }
        let s = i - n;
        let ok = words.iter().enumerate().all(|(k, w)| if *w == "." { t.is_mark(s + k, '.') } else { t.is(s + k, w) });
        if ok && best.is_none_or(|b| s < b.0) {
            best = Some((s, hedge));
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
        assert_eq!(before(&t, 2), Some((0, Hedge::Above)));
        let t = Toks::new("ca. 100");
        assert_eq!(before(&t, 2), Some((0, Hedge::Approx)));
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
