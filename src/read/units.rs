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

/// Words (lower case) that name a unit.
const WORDS: &[(&str, Unit)] = &[
    ("km", KM),
    ("kilometer", KM),
    ("kilometern", KM),
    ("kilometers", KM),
    ("kilometre", KM),
    ("kilometres", KM),
    ("meter", M),
    ("metern", M),
    ("meters", M),
    ("metre", M),
    ("metres", M),
    ("meile", MILE),
    ("meilen", MILE),
    ("mile", MILE),
    ("miles", MILE),
    ("seemeile", NMI),
    ("seemeilen", NMI),
    ("cm", CM),
    ("zentimeter", CM),
    ("zentimetern", CM),
    ("centimeter", CM),
    ("centimeters", CM),
    ("centimetre", CM),
    ("centimetres", CM),
    ("mm", MM),
    ("millimeter", MM),
    ("millimetern", MM),
    ("millimetre", MM),
    ("millimetres", MM),
    ("millimeters", MM),
    ("zoll", INCH),
    ("inch", INCH),
    ("inches", INCH),
    ("fuß", FOOT),
    ("fuss", FOOT),
    ("feet", FOOT),
    ("foot", FOOT),
    ("ft", FOOT),
    ("yard", YARD),
    ("yards", YARD),
    ("yd", YARD),
    ("sek", SEC),
    ("sekunde", SEC),
    ("sekunden", SEC),
    ("sec", SEC),
    ("secs", SEC),
    ("second", SEC),
    ("seconds", SEC),
    ("min", MIN),
    ("mins", MIN),
    ("minute", MIN),
    ("minuten", MIN),
    ("minutes", MIN),
    ("std", HOUR),
    ("stunde", HOUR),
    ("stunden", HOUR),
    ("hour", HOUR),
    ("hours", HOUR),
    ("hrs", HOUR),
    ("tag", DAY),
    ("tage", DAY),
    ("tagen", DAY),
    ("tages", DAY),
    ("tg", DAY),
    ("day", DAY),
    ("days", DAY),
    ("woche", WEEK),
    ("wochen", WEEK),
    ("week", WEEK),
    ("weeks", WEEK),
    ("monat", MONTH),
    ("monate", MONTH),
    ("monaten", MONTH),
    ("monats", MONTH),
    ("month", MONTH),
    ("months", MONTH),
    ("jahr", YEAR),
    ("jahre", YEAR),
    ("jahren", YEAR),
    ("jahres", YEAR),
    ("year", YEAR),
    ("years", YEAR),
    ("jahrzehnt", DECADE),
    ("jahrzehnte", DECADE),
    ("jahrzehnten", DECADE),
    ("decade", DECADE),
    ("decades", DECADE),
    ("jahrhundert", CENTURY),
    ("jahrhunderte", CENTURY),
    ("jahrhunderten", CENTURY),
    ("century", CENTURY),
    ("centuries", CENTURY),
    ("viertelstunde", u(Duration, "s", 900.0)),
    ("viertelstunden", u(Duration, "s", 900.0)),
    ("dreiviertelstunde", u(Duration, "s", 2700.0)),
    ("prozent", PCT),
    ("percent", PCT),
    ("prozentpunkt", PP),
    ("prozentpunkte", PP),
    ("prozentpunkten", PP),
    ("kg", KG),
    ("kilogramm", KG),
    ("kilo", KG),
    ("kilos", KG),
    ("kilogram", KG),
    ("kilograms", KG),
    ("gramm", GRAM),
    ("gram", GRAM),
    ("grams", GRAM),
    ("mg", MG),
    ("milligramm", MG),
    ("tonne", TONNE),
    ("tonnen", TONNE),
    ("tonnes", TONNE),
    ("tons", TONNE),
    ("lb", u(Mass, "kg", 0.453_592_37)),
    ("lbs", u(Mass, "kg", 0.453_592_37)),
    ("liter", LITRE),
    ("litern", LITRE),
    ("liters", LITRE),
    ("litre", LITRE),
    ("litres", LITRE),
    ("ml", ML),
    ("milliliter", ML),
    ("hektoliter", HL),
    ("hl", HL),
    ("kubikmeter", M3),
    ("kubikmetern", M3),
    ("barrel", BARREL),
    ("barrels", BARREL),
    ("gallone", GALLON),
    ("gallonen", GALLON),
    ("gallon", GALLON),
    ("gallons", GALLON),
    ("quadratkilometer", KM2),
    ("quadratkilometern", KM2),
    ("qkm", KM2),
    ("quadratmeter", M2),
    ("quadratmetern", M2),
    ("qm", M2),
    ("hektar", HECTARE),
    ("ha", HECTARE),
    ("hectare", HECTARE),
    ("hectares", HECTARE),
    ("acre", ACRE),
    ("acres", ACRE),
    ("kmh", KMH),
    ("stundenkilometer", KMH),
    ("stundenkilometern", KMH),
    ("mph", MPH),
    ("knoten", KNOT),
    ("knots", KNOT),
    ("grad", CELSIUS),
    ("jährig", AGE),
    ("jährige", AGE),
    ("jährigen", AGE),
    ("jähriger", AGE),
    ("jähriges", AGE),
    ("jährigem", AGE),
    ("magnitude", MAGNITUDE),
    ("watt", WATT),
    ("watts", WATT),
    ("kilowatt", u(Power, "W", 1e3)),
    ("kilowatts", u(Power, "W", 1e3)),
    ("megawatt", u(Power, "W", 1e6)),
    ("megawatts", u(Power, "W", 1e6)),
    ("gigawatt", u(Power, "W", 1e9)),
    ("gigawatts", u(Power, "W", 1e9)),
    ("euro", EUR),
    ("euros", EUR),
    ("eur", EUR),
    ("cent", u(Currency, "EUR", 0.01)),
    ("dollar", USD),
    ("dollars", USD),
    ("usd", USD),
    ("rubel", cur("RUB")),
    ("rub", cur("RUB")),
    ("rubles", cur("RUB")),
    ("roubles", cur("RUB")),
    ("rouble", cur("RUB")),
    ("ruble", cur("RUB")),
    ("won", cur("KRW")),
    ("krw", cur("KRW")),
    ("pfund", GBP),
    ("gbp", GBP),
    ("pound", GBP),
    ("pounds", GBP),
    ("yen", cur("JPY")),
    ("jpy", cur("JPY")),
    ("yuan", cur("CNY")),
    ("renminbi", cur("CNY")),
    ("cny", cur("CNY")),
    ("franken", cur("CHF")),
    ("chf", cur("CHF")),
    ("hrywnja", cur("UAH")),
    ("hrywnja", cur("UAH")),
    ("griwna", cur("UAH")),
    ("hryvnia", cur("UAH")),
    ("hryvnias", cur("UAH")),
    ("rupien", cur("INR")),
    ("rupees", cur("INR")),
];

static BY_WORD: LazyLock<HashMap<&'static str, Unit, BuildHasherDefault<Fnv>>> =
    LazyLock::new(|| WORDS.iter().copied().collect());

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

/// The unit at token `i`, and the token after it.
pub fn at(t: &Toks, i: usize) -> Option<(Unit, usize)> {
    // `120-metre bridge`, `120-Meter-Brücke`: a unit joined to its number
    // by a hyphen
    if t.mark(i) == Some('-') && i > 0 && t.tight(i - 1) && t.tight(i) && t.is_word(i + 1) && !t.is_word(i - 1) {
        return at(t, i + 1);
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
    // compounds over several tokens
    match low {
        "km" | "m" if t.is_mark(i + 1, '/') && t.tight(i) => {
            let unit = if low == "km" { KMH } else { MPS };
            let ok = match t.low(i + 2) {
                "h" | "std" => low == "km",
                "s" | "sek" => low == "m",
                _ => false,
            };
            if ok && (raw == "km" || raw == "m") {
                return Some((unit, i + 3));
            }
        }
        "km" | "m" | "kilometer" | "meter" if t.tight(i) && matches!(t.mark(i + 1), Some('²' | '³')) => {
            let sq = t.mark(i + 1) == Some('²');
            let unit = match (low, sq) {
                ("km" | "kilometer", true) => KM2,
                ("km" | "kilometer", false) => u(Volume, "l", 1e12),
                (_, true) => M2,
                (_, false) => M3,
            };
            return Some((unit, i + 2));
        }
        "kilometer" | "kilometern" | "kilometers" | "kilometres" | "meilen" | "miles"
            if t.is_any(i + 1, &["pro", "per", "an", "in", "the", "je"]) || t.is_mark(i + 1, '/') =>
        {
            let k = if t.is(i + 1, "in") && t.is(i + 2, "der") { i + 3 } else { i + 2 };
            if t.is_any(k, &["stunde", "hour", "h"]) {
                let unit = if low.starts_with('m') { MPH } else { KMH };
                return Some((unit, k + 1));
            }
        }
        "nautical" | "nautische" | "nautischen" if t.is_any(i + 1, &["miles", "mile", "meilen", "meile"]) => {
            return Some((NMI, i + 2));
        }
        "square" if t.is_any(i + 1, &["kilometres", "kilometers", "kilometre", "kilometer", "km"]) => {
            return Some((KM2, i + 2));
        }
        "square" if t.is_any(i + 1, &["metres", "meters", "metre", "meter", "m"]) => return Some((M2, i + 2)),
        "square" if t.is_any(i + 1, &["miles", "mile"]) => return Some((SQMILE, i + 2)),
        "cubic" if t.is_any(i + 1, &["metres", "meters", "metre", "meter"]) => return Some((M3, i + 2)),
        "grad" | "degrees" | "degree" => {
            if t.is_any(i + 1, &["celsius", "c"]) {
                return Some((CELSIUS, i + 2));
            }
            if t.is_any(i + 1, &["fahrenheit", "f"]) {
                return Some((FAHRENHEIT, i + 2));
            }
            return Some((if temperature_near(t, i) { CELSIUS } else { ANGLE }, i + 1));
        }
        // `36-year-old`, `36 years old`: an age
        "year" | "years" if t.is(i + 1, "old") || (t.is_mark(i + 1, '-') && t.tight(i) && t.is(i + 2, "old")) => {
            return Some((AGE, if t.is(i + 1, "old") { i + 2 } else { i + 3 }));
        }
        "per" if t.is(i + 1, "cent") => return Some((PCT, i + 2)),
        "percentage" | "prozentpunkte" if t.is_any(i + 1, &["points", "point"]) => return Some((PP, i + 2)),
        "us" if t.is_mark(i + 1, '-') && t.tight(i) && t.is_any(i + 2, &["dollar", "dollars"]) => {
            return Some((USD, i + 3));
        }
        "us" if t.is_any(i + 1, &["dollar", "dollars"]) => return Some((USD, i + 2)),
        "us" if t.is_mark(i + 1, '$') => return Some((USD, i + 2)),
        "britische" | "britischen" | "britisches" if t.is_any(i + 1, &["pfund"]) => return Some((GBP, i + 2)),
        "euro" if t.is_mark(i + 1, '-') && t.is(i + 2, "cent") => return Some((u(Currency, "EUR", 0.01), i + 3)),
        "mill" | "mio" | "mrd" => return None,
        _ => {}
    }
    if let Some(&(_, unit)) = CASED.iter().find(|c| c.0 == raw) {
        // `m.`, `s.` ending a sentence are still units; `m` before a word
        // of its own is not when written apart from an unrelated capital
        return Some((unit, i + 1));
    }
    if let Some(&unit) = BY_WORD.get(low) {
        // a trailing abbreviation dot belongs to the unit (`Std.`, `Sek.`)
        let end = if matches!(low, "std" | "sek" | "min" | "tg" | "mins" | "secs" | "hrs")
            && t.is_mark(i + 1, '.')
            && t.tight(i)
        {
            i + 2
        } else {
            i + 1
        };
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
}
