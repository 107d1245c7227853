//! Units after (or, for currency signs, before) a number, and the factor
//! that takes each to its dimension's base unit (m, s, %, kg, l, m², m/s,
//! °C, ISO currency code).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::token::{Fnv, Toks};
use crate::model::claim::{Dimension, Lang};

/// A unit: its dimension, base unit and how to reach the base.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Unit {
    pub dim: Dimension,
    pub base: &'static str,
    pub factor: f64,
    /// Added after scaling (Fahrenheit).
    pub offset: f64,
}

const fn u(dim: Dimension, base: &'static str, factor: f64) -> Unit {
    Unit { dim, base, factor, offset: 0.0 }
}

use Dimension::*;

const KM: Unit = u(Length, "m", 1000.0);
const M: Unit = u(Length, "m", 1.0);
const MILE: Unit = u(Length, "m", 1609.344);
const NMI: Unit = u(Length, "m", 1852.0);
const CM: Unit = u(Length, "m", 0.01);
const MM: Unit = u(Length, "m", 0.001);
const INCH: Unit = u(Length, "m", 0.0254);
const FOOT: Unit = u(Length, "m", 0.3048);
const YARD: Unit = u(Length, "m", 0.9144);
const SEC: Unit = u(Duration, "s", 1.0);
const MIN: Unit = u(Duration, "s", 60.0);
const HOUR: Unit = u(Duration, "s", 3600.0);
pub(crate) const DAY: Unit = u(Duration, "s", 86_400.0);
const WEEK: Unit = u(Duration, "s", 604_800.0);
const MONTH: Unit = u(Duration, "s", 2_592_000.0);
pub(crate) const YEAR: Unit = u(Duration, "s", 31_536_000.0);
const DECADE: Unit = u(Duration, "s", 315_360_000.0);
const CENTURY: Unit = u(Duration, "s", 3_153_600_000.0);
const PCT: Unit = u(Percent, "%", 1.0);
const PP: Unit = u(Percent, "pp", 1.0);
const KG: Unit = u(Mass, "kg", 1.0);
const GRAM: Unit = u(Mass, "kg", 0.001);
const MG: Unit = u(Mass, "kg", 1e-6);
const TONNE: Unit = u(Mass, "kg", 1000.0);
const LITRE: Unit = u(Volume, "l", 1.0);
const ML: Unit = u(Volume, "l", 0.001);
const HL: Unit = u(Volume, "l", 100.0);
const M3: Unit = u(Volume, "l", 1000.0);
const BARREL: Unit = u(Volume, "l", 158.987_294_928);
const GALLON: Unit = u(Volume, "l", 3.785_411_784);
const KM2: Unit = u(Area, "m²", 1e6);
const M2: Unit = u(Area, "m²", 1.0);
const HECTARE: Unit = u(Area, "m²", 1e4);
const ACRE: Unit = u(Area, "m²", 4_046.856_422_4);
const SQMILE: Unit = u(Area, "m²", 2_589_988.110_336);
pub(crate) const AGE: Unit = u(Age, "years", 1.0);
pub(crate) const MAGNITUDE: Unit = u(Magnitude, "magnitude", 1.0);
const WATT: Unit = u(Power, "W", 1.0);
const ANGLE: Unit = u(Angle, "°", 1.0);
const KMH: Unit = u(Speed, "m/s", 1.0 / 3.6);
const MPS: Unit = u(Speed, "m/s", 1.0);
const MPH: Unit = u(Speed, "m/s", 0.447_04);
const KNOT: Unit = u(Speed, "m/s", 1852.0 / 3600.0);
const CELSIUS: Unit = u(Temperature, "°C", 1.0);
const FAHRENHEIT: Unit = Unit { dim: Temperature, base: "°C", factor: 5.0 / 9.0, offset: -32.0 * 5.0 / 9.0 };
const fn cur(code: &'static str) -> Unit {
    u(Currency, code, 1.0)
}
const EUR: Unit = cur("EUR");
const USD: Unit = cur("USD");
const GBP: Unit = cur("GBP");

const CENT: Unit = u(Currency, "EUR", 0.01);

/// The unit of a code the language files name units by (`km`, `h`, `EUR`).
fn unit_of(code: &'static str) -> Option<Unit> {
    Some(match code {
        "km" => KM,
        "m" => M,
        "mile" => MILE,
        "nmi" => NMI,
        "cm" => CM,
        "mm" => MM,
        "inch" => INCH,
        "foot" => FOOT,
        "yard" => YARD,
        "s" => SEC,
        "min" => MIN,
        "h" => HOUR,
        "day" => DAY,
        "week" => WEEK,
        "month" => MONTH,
        "year" => YEAR,
        "decade" => DECADE,
        "century" => CENTURY,
        "quarter_hour" => u(Duration, "s", 900.0),
        "three_quarter_hour" => u(Duration, "s", 2700.0),
        "%" => PCT,
        "pp" => PP,
        "kg" => KG,
        "g" => GRAM,
        "mg" => MG,
        "t" => TONNE,
        "lb" => u(Mass, "kg", 0.453_592_37),
        "l" => LITRE,
        "ml" => ML,
        "hl" => HL,
        "m3" => M3,
        "barrel" => BARREL,
        "gallon" => GALLON,
        "km2" => KM2,
        "m2" => M2,
        "ha" => HECTARE,
        "acre" => ACRE,
        "sqmi" => SQMILE,
        "km/h" => KMH,
        "mph" => MPH,
        "knot" => KNOT,
        "celsius" => CELSIUS,
        "age" => AGE,
        "magnitude" => MAGNITUDE,
        "W" => WATT,
        "kW" => u(Power, "W", 1e3),
        "MW" => u(Power, "W", 1e6),
        "GW" => u(Power, "W", 1e9),
        "cent" => CENT,
        // an ISO currency code
        _ if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => cur(code),
        _ => return None,
    })
}

type WordMap = HashMap<&'static str, Unit, BuildHasherDefault<Fnv>>;

/// The unit words of one language (or of all: the readers that do not know
/// the text's language), and its units of several words.
struct Words {
    by_word: WordMap,
    phrases: Vec<(Vec<&'static str>, Unit)>,
    abbreviations: Vec<&'static str>,
    per_hour: Vec<Vec<&'static str>>,
    degrees: Vec<&'static str>,
    old: Vec<&'static str>,
}

impl Words {
    fn of(langs: &[Lang]) -> Words {
        let mut w = Words {
            by_word: WordMap::default(),
            phrases: Vec::new(),
            abbreviations: Vec::new(),
            per_hour: Vec::new(),
            degrees: Vec::new(),
            old: Vec::new(),
        };
        for lang in langs {
            let units = &lang.words().units;
            for &(code, words) in units.unit_words {
                let Some(unit) = unit_of(code) else { continue };
                for &word in words {
                    w.by_word.entry(word).or_insert(unit);
                }
            }
            for &(code, phrases) in units.unit_phrases {
                let Some(unit) = unit_of(code) else { continue };
                w.phrases.extend(phrases.iter().map(|p| (p.split(' ').collect(), unit)));
            }
            w.abbreviations.extend(units.abbreviations);
            w.per_hour.extend(units.per_hour.iter().map(|p| p.split(' ').collect::<Vec<_>>()));
            w.degrees.extend(units.degrees);
            w.old.extend(units.old);
        }
        w
    }

    fn unit(&self, t: &Toks, i: usize) -> Option<Unit> {
        t.is_word(i).then(|| self.by_word.get(t.low(i)).copied()).flatten()
    }
}

/// Each language's words in the order of [`Lang::ALL`], and last all of them.
static WORDS: LazyLock<Vec<Words>> = LazyLock::new(|| {
    let mut all: Vec<Words> = Lang::ALL.iter().map(|&l| Words::of(&[l])).collect();
    all.push(Words::of(&Lang::ALL));
    all
});

/// Abbreviations that are units only as written, in this case.
const CASED: &[(&str, Unit)] = &[
    ("m", M),
    ("s", SEC),
    ("h", HOUR),
    ("g", GRAM),
    ("t", TONNE),
    ("l", LITRE),
    ("L", LITRE),
    ("Mi", MILE),
    ("kW", u(Power, "W", 1e3)),
    ("MW", u(Power, "W", 1e6)),
    ("GW", u(Power, "W", 1e9)),
];

/// Whether a temperature word stands within a few tokens of token `i`.
fn temperature_near(t: &Toks, i: usize) -> bool {
    (i.saturating_sub(12)..(i + 6).min(t.len()))
        .any(|k| Lang::ALL.iter().any(|l| t.is_any(k, l.words().units.temperature_context)))
}

/// Signs: `%`, `€`, `$`, `£`, `¥`.
fn sign(c: char) -> Option<Unit> {
    Some(match c {
        '%' => PCT,
        '€' => EUR,
        '$' => USD,
        '£' => GBP,
        '¥' => cur("JPY"),
        '₩' => cur("KRW"),
        '₽' => cur("RUB"),
        _ => return None,
    })
}

/// Dollars of other countries, by the letters written before the sign
/// (`US$`, `A$`, `HK$`).
const DOLLARS: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("S", "SGD"),
];

/// A currency written before a number, and the token after it: a sign
/// (`$2.5 billion`, `€ 5`), a sign with its country (`US$2.5 billion`), or
/// a currency name joined to the digits (`euro30 billion`).
pub(crate) fn prefix_at(t: &Toks, i: usize) -> Option<(Unit, usize)> {
    if let Some(c) = t.mark(i) {
        let u = sign(c)?;
        return (u.dim == Currency).then_some((u, i + 1));
    }
    if !t.is_word(i) || !t.tight(i) {
        return None;
    }
    if t.is_mark(i + 1, '$') && t.tight(i + 1) && t.is_digits(i + 2) {
        let code = DOLLARS.iter().find(|(p, _)| *p == t.raw(i))?.1;
        return Some((cur(code), i + 2));
    }
    if t.is_digits(i + 1) && t.raw(i).len() >= 3 {
        let (u, e) = at(t, i)?;
        return (u.dim == Currency && e == i + 1).then_some((u, i + 1));
    }
    None
}

/// The unit at token `i` in a text of any language, and the token after it
/// (for the readers that do not know the text's language).
pub fn at(t: &Toks, i: usize) -> Option<(Unit, usize)> {
    at_with(t, i, &WORDS[Lang::ALL.len()])
}

/// The unit at token `i` in a text of language `lang`, and the token after it.
pub(crate) fn at_in(t: &Toks, i: usize, lang: Lang) -> Option<(Unit, usize)> {
    at_with(t, i, &WORDS[lang.index()])
}

/// A unit abbreviation that is one only as written (`m`, `kW`).
fn cased(raw: &str) -> Option<Unit> {
    CASED.iter().find(|c| c.0 == raw).map(|c| c.1)
}

/// The end of the words of `phrase` at tokens `i..`.
fn words_at(t: &Toks, i: usize, phrase: &[&str]) -> Option<usize> {
    phrase.iter().enumerate().all(|(k, w)| t.is(i + k, w)).then_some(i + phrase.len())
}

fn at_with(t: &Toks, i: usize, w: &Words) -> Option<(Unit, usize)> {
    // `120-metre bridge`, `120-Meter-Brücke`: a unit joined to its number
    // by a hyphen
    if t.mark(i) == Some('-') && i > 0 && t.tight(i - 1) && t.tight(i) && t.is_word(i + 1) && !t.is_word(i - 1) {
        return at_with(t, i + 1, w);
    }
    if let Some(c) = t.mark(i) {
        if let Some(u) = sign(c) {
            return Some((u, i + 1));
        }
        if c == '°' {
            return match t.raw(i + 1) {
                "C" if t.tight(i) => Some((CELSIUS, i + 2)),
                "F" if t.tight(i) => Some((FAHRENHEIT, i + 2)),
                _ => Some((CELSIUS, i + 1)),
            };
        }
        if c == '\'' && t.is_mark(i + 1, '\'') && t.tight(i) {
            return Some((INCH, i + 2));
        }
        return None;
    }
    if !t.is_word(i) {
        return None;
    }
    let low = t.low(i);
    let raw = t.raw(i);
    let unit = w.unit(t, i);
    // compounds over several tokens: `km/h`, `m/s`
    if matches!(raw, "km" | "m") && t.is_mark(i + 1, '/') && t.tight(i) {
        let per = w.unit(t, i + 2).or_else(|| cased(t.low(i + 2)));
        if raw == "km" && per == Some(HOUR) {
            return Some((KMH, i + 3));
        }
        if raw == "m" && per == Some(SEC) {
            return Some((MPS, i + 3));
        }
    }
    // `km²`, `m³`
    if (unit == Some(KM) || unit == Some(M) || low == "m") && t.tight(i) && matches!(t.mark(i + 1), Some('²' | '³')) {
        let sq = t.mark(i + 1) == Some('²');
        let unit = match (unit == Some(KM), sq) {
            (true, true) => KM2,
            (true, false) => u(Volume, "l", 1e12),
            (_, true) => M2,
            (_, false) => M3,
        };
        return Some((unit, i + 2));
    }
    // `Kilometer pro Stunde`, `miles per hour`, `Meilen/h`
    if (unit == Some(KM) && low != "km") || unit == Some(MILE) {
        let k = if t.is_mark(i + 1, '/') { Some(i + 2) } else { w.per_hour.iter().find_map(|p| words_at(t, i + 1, p)) };
        if let Some(k) = k
            && t.is_word(k)
            && (w.unit(t, k) == Some(HOUR) || cased(t.low(k)) == Some(HOUR))
        {
            return Some((if unit == Some(MILE) { MPH } else { KMH }, k + 1));
        }
    }
    // units of several words: `nautical miles`, `britische Pfund`
    if let Some((unit, end)) =
        w.phrases.iter().filter_map(|(p, unit)| words_at(t, i, p).map(|e| (*unit, e))).max_by_key(|&(_, e)| e)
    {
        return Some((unit, end));
    }
    if w.degrees.contains(&low) {
        if t.is_any(i + 1, &["celsius", "c"]) {
            return Some((CELSIUS, i + 2));
        }
        if t.is_any(i + 1, &["fahrenheit", "f"]) {
            return Some((FAHRENHEIT, i + 2));
        }
        return Some((if temperature_near(t, i) { CELSIUS } else { ANGLE }, i + 1));
    }
    // `36-year-old`, `36 years old`: an age
    if unit == Some(YEAR) {
        if t.is_any(i + 1, &w.old) {
            return Some((AGE, i + 2));
        }
        if t.is_mark(i + 1, '-') && t.tight(i) && t.is_any(i + 2, &w.old) {
            return Some((AGE, i + 3));
        }
    }
    // `US-Dollar`, `US dollars`, `US$`
    if low == "us" {
        if t.is_mark(i + 1, '-') && t.tight(i) && w.unit(t, i + 2) == Some(USD) {
            return Some((USD, i + 3));
        }
        if w.unit(t, i + 1) == Some(USD) || t.is_mark(i + 1, '$') {
            return Some((USD, i + 2));
        }
    }
    // `Euro-Cent`
    if unit == Some(EUR) && t.is_mark(i + 1, '-') && w.unit(t, i + 2) == Some(CENT) {
        return Some((CENT, i + 3));
    }
    if let Some(unit) = cased(raw) {
        // `m.`, `s.` ending a sentence are still units; `m` before a word
        // of its own is not when written apart from an unrelated capital
        return Some((unit, i + 1));
    }
    if let Some(unit) = unit {
        // a trailing abbreviation dot belongs to the unit (`Std.`, `Sek.`)
        let end = if w.abbreviations.contains(&low) && t.is_mark(i + 1, '.') && t.tight(i) { i + 2 } else { i + 1 };
        return Some((unit, end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphen_joins_a_number_to_its_unit() {
        let t = Toks::new("120-metre 120-Meter-Brücke F-16 10-20");
        assert_eq!(at(&t, 1).map(|(u, _)| u.factor), Some(1.0));
        assert_eq!(at(&t, 4).map(|(u, e)| (u.factor, e)), Some((1.0, 6)));
        assert!(at(&t, 9).is_none(), "F-16 is a name");
        assert!(at(&t, 12).is_none(), "a range is not a unit");
    }

    #[test]
    fn speed_area_and_signs() {
        let t = Toks::new("km/h");
        assert_eq!(at(&t, 0).map(|x| x.0.dim), Some(Speed));
        let t = Toks::new("km²");
        assert_eq!(at(&t, 0).map(|x| x.0), Some(KM2));
        let t = Toks::new("US-Dollar");
        assert_eq!(at(&t, 0).map(|x| (x.0.base, x.1)), Some(("USD", 3)));
        let t = Toks::new("Prozentpunkte");
        assert_eq!(at(&t, 0).map(|x| x.0.base), Some("pp"));
    }

    #[test]
    fn every_code_of_the_language_files_is_a_unit() {
        for lang in Lang::ALL {
            let units = &lang.words().units;
            for (code, _) in units.unit_words.iter().chain(units.unit_phrases) {
                assert!(unit_of(code).is_some(), "{code}");
            }
        }
    }

    #[test]
    fn unit_words_are_read_in_their_own_language() {
        let t = Toks::new("Kilometer pro Stunde");
        assert_eq!(at_in(&t, 0, Lang::De), Some((KMH, 3)));
        let t = Toks::new("nautical miles");
        assert_eq!(at_in(&t, 0, Lang::En), Some((NMI, 2)));
        assert_eq!(at_in(&t, 0, Lang::De), None);
        let t = Toks::new("Sekunden");
        assert_eq!(at_in(&t, 0, Lang::De), Some((SEC, 1)));
        assert_eq!(at_in(&t, 0, Lang::En), None);
        assert_eq!(at(&t, 0), Some((SEC, 1)));
    }
}
