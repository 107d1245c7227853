//! Quantities: a number, its unit normalised to a base unit, and the hedge
//! that widens it to an interval.

use super::Found;
use crate::claim::{Dimension, Hedge, Lang, Quantity};
use crate::settings::Tolerances;

/// The quantities named in one sentence.
pub fn find(sentence: &str, _lang: Lang, tol: &Tolerances) -> Vec<Found<Quantity>> {
    // First version: `(rund|etwa)? <digits> (Kilometer|km)`.
    let mut out = Vec::new();
    let words: Vec<(usize, &str)> =
        sentence.split_whitespace().map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w)).collect();
    for (i, &(pos, w)) in words.iter().enumerate() {
        let digits = w.replace('.', "");
        let Ok(n) = digits.parse::<f64>() else { continue };
        let Some(&(upos, unit)) = words.get(i + 1) else { continue };
        let unit = unit.trim_end_matches([',', '.']);
        let factor = match unit {
            "Kilometer" | "km" => 1000.0,
            "Meter" | "m" => 1.0,
            _ => continue,
        };
        let (start, hedge) = match i.checked_sub(1).map(|j| words[j]) {
            Some((hpos, "rund" | "etwa" | "Etwa" | "Rund")) => (hpos, Hedge::Approx),
            _ => (pos, Hedge::Exact),
        };
        let value = n * factor;
        let t = if hedge == Hedge::Approx { tol.approx } else { 0.0 };
        out.push(Found {
            start,
            end: upos + unit.len(),
            value: Quantity {
                dimension: Dimension::Length,
                unit: "m".into(),
                value,
                low: value * (1.0 - t),
                high: value * (1.0 + t),
                hedge,
                noun: None,
            },
        });
    }
    out
}
