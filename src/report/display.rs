//! Values as people read them: `≈650 km`, `>1,500 km`, `2023-09-13`, shared
//! by the reporters that print for people.

use crate::model::claim::{ClaimValue, DateValue, Dimension, Grain, Hedge, Quantity};
use crate::model::finding::{Finding, Verdict};

/// A number with at most three decimals and no trailing zeros; from a
/// quadrillion on, in scientific notation with four significant digits
/// (`1e308`, not 309 digits).
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "?".into()
        } else if x > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    if x.abs() >= 1e15 {
        let s = format!("{x:.3e}");
        let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
        return format!("{}e{exponent}", mantissa.trim_end_matches('0').trim_end_matches('.'));
    }
    if x.fract() == 0.0 {
        return format!("{}", x as i64);
    }
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A quantity in a unit that suits its size, with its hedge as a sign.
pub fn quantity(q: &Quantity) -> String {
    let (scale, unit) = unit_for(q);
    let v = |x: f64| number(x / scale);
    let sep = if unit.is_empty() || unit == "%" { "" } else { " " };
    let body = match q.hedge {
        Hedge::Range | Hedge::Vague => format!("{}–{}{sep}{unit}", v(q.low), v(q.high)),
        _ => format!("{}{sep}{unit}", v(q.value)),
    };
    // hedges in words, so that ≈ and ≠ stay free to relate values
    let sign = match q.hedge {
        Hedge::Exact | Hedge::Range => "",
        Hedge::Vague => "some ",
        Hedge::Approx => "about ",
        Hedge::Above => "over ",
        Hedge::Below => "almost ",
        Hedge::AtMost => "up to ",
        Hedge::AtLeast => "at least ",
    };
    match &q.noun {
        Some(noun) => format!("{sign}{body} {noun}").replace("  ", " "),
        None => format!("{sign}{body}"),
    }
}

fn unit_for(q: &Quantity) -> (f64, String) {
    let x = q.value.abs();
    match q.dimension {
        Dimension::Length if x >= 1000.0 => (1000.0, "km".into()),
        Dimension::Duration if x >= 2.0 * 365.0 * 86400.0 => (365.0 * 86400.0, "years".into()),
        Dimension::Duration if x >= 2.0 * 86400.0 => (86400.0, "days".into()),
        Dimension::Duration if x >= 2.0 * 3600.0 => (3600.0, "h".into()),
        Dimension::Duration if x >= 120.0 => (60.0, "min".into()),
        Dimension::Mass if x >= 1000.0 => (1000.0, "t".into()),
        Dimension::Power if x >= 1e9 => (1e9, "GW".into()),
        Dimension::Power if x >= 1e6 => (1e6, "MW".into()),
        Dimension::Age => (1.0, "years old".into()),
        Dimension::Number | Dimension::Count => (1.0, String::new()),
        _ => (1.0, q.unit.clone()),
    }
}

/// A date at its grain: `2023`, `2023-02`, `2023-09-13`, `2023-09-13 14:31`.
pub fn date(d: &DateValue) -> String {
    let Some(from) = d.from else { return "unresolved".into() };
    match d.grain {
        Grain::Year => from.strftime("%Y").to_string(),
        Grain::Month | Grain::Quarter => from.strftime("%Y-%m").to_string(),
        Grain::Week => format!("week of {}", from.strftime("%Y-%m-%d")),
        Grain::Day => from.strftime("%Y-%m-%d").to_string(),
        Grain::Hour | Grain::Minute => from.strftime("%Y-%m-%d %H:%M").to_string(),
        Grain::Second => from.strftime("%Y-%m-%d %H:%M:%S").to_string(),
    }
}

/// A claim's value for people.
pub fn value(v: &ClaimValue) -> String {
    match v {
        ClaimValue::Quantity(q) => quantity(q),
        ClaimValue::Date(d) => date(d),
        ClaimValue::Quote(q) => format!("„{}“", q.words),
    }
}

/// The values of a finding side by side, one per mention: `about 650 km ≈
/// about 650 km`, `100 km ≠ 300 km`.
pub(crate) fn comparison(f: &Finding) -> String {
    let sep = if f.verdict == Verdict::Conflict { " ≠ " } else { " ≈ " };
    f.mentions.iter().map(|m| value(&m.value)).collect::<Vec<_>>().join(sep)
}

/// `seeds/a.txt:27:258`.
pub(crate) fn location(path: &str, line: usize, column: usize) -> String {
    format!("{path}:{line}:{column}")
}

/// The part of a sentence around the claim, at most `width` characters,
/// as (before, claim, after) with `…` where it was cut.
pub(crate) fn excerpt(sentence: &str, claim: std::ops::Range<usize>, width: usize) -> (String, String, String) {
    let before = &sentence[..claim.start];
    let mid = &sentence[claim.clone()];
    let after = &sentence[claim.end..];
    let room = width.saturating_sub(mid.chars().count()) / 2;
    let b: String = if before.chars().count() > room {
        let skip = before.chars().count() - room;
        format!("…{}", before.chars().skip(skip).collect::<String>())
    } else {
        before.to_string()
    };
    let a: String = if after.chars().count() > room {
        format!("{}…", after.chars().take(room).collect::<String>())
    } else {
        after.to_string()
    };
    let clean = |s: String| s.replace(['\n', '\r'], " ");
    (clean(b), clean(mid.to_string()), clean(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, hedge: Hedge, dimension: Dimension, unit: &str) -> Quantity {
        Quantity { dimension, unit: unit.into(), value, low: value, high: value, hedge, noun: None }
    }

    #[test]
    fn quantities_read_naturally() {
        assert_eq!(quantity(&q(650000.0, Hedge::Approx, Dimension::Length, "m")), "about 650 km");
        assert_eq!(quantity(&q(40.0, Hedge::Approx, Dimension::Duration, "s")), "about 40 s");
        assert_eq!(quantity(&q(7200.0, Hedge::Exact, Dimension::Duration, "s")), "2 h");
        assert_eq!(quantity(&q(1.5e6, Hedge::Above, Dimension::Length, "m")), "over 1500 km");
        assert_eq!(quantity(&q(20.0, Hedge::Approx, Dimension::Percent, "%")), "about 20%");
    }

    #[test]
    fn huge_numbers_stay_short() {
        assert_eq!(number(1e308), "1e308");
        assert_eq!(number(-2.5e20), "-2.5e20");
        assert_eq!(number(123456789012345.0), "123456789012345");
        assert_eq!(number(f64::INFINITY), "∞");
        assert_eq!(quantity(&q(1e308, Hedge::Exact, Dimension::Length, "m")), "1e305 km");
    }

    #[test]
    fn excerpts_cut_around_the_claim() {
        let s =
            "Die Raketen seien nach Angaben des Militärs etwa 650 Kilometer weit in Richtung offenes Meer geflogen.";
        let start = s.find("etwa").unwrap();
        let (b, m, a) = excerpt(s, start..start + 18, 40);
        assert_eq!(m, "etwa 650 Kilometer");
        assert!(b.starts_with('…') && a.ends_with('…'));
    }
}
