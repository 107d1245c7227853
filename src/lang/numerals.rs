//! Number words: German compounds (`sechshundertfünfzig`,
//! `siebenhunderteinundzwanzigtausendundzwölf`, `dreieinhalb`), ordinals
//! (`dritten`, `15ten`), English words (`twenty`, `dozen`) and the scale
//! words (`Millionen`, `Mrd.`, `billion`) that multiply them.

/// Pieces a German number word is built from, longest first where one is the
/// prefix of another.
const DE_PARTS: &[(&str, Part)] = &[
    ("dreizehn", Part::Unit(13)),
    ("vierzehn", Part::Unit(14)),
    ("fünfzehn", Part::Unit(15)),
    ("fuenfzehn", Part::Unit(15)),
    ("funfzehn", Part::Unit(15)),
    ("sechzehn", Part::Unit(16)),
    ("siebzehn", Part::Unit(17)),
    ("achtzehn", Part::Unit(18)),
    ("neunzehn", Part::Unit(19)),
    ("zwanzig", Part::Tens(20)),
    ("dreißig", Part::Tens(30)),
    ("dreissig", Part::Tens(30)),
    ("vierzig", Part::Tens(40)),
    ("fünfzig", Part::Tens(50)),
    ("fuenfzig", Part::Tens(50)),
    ("funfzig", Part::Tens(50)),
    ("sechzig", Part::Tens(60)),
    ("siebzig", Part::Tens(70)),
    ("achtzig", Part::Tens(80)),
    ("neunzig", Part::Tens(90)),
    ("hundert", Part::Hundred),
    ("tausend", Part::Thousand),
    ("einhalb", Part::Half),
    ("zwölf", Part::Unit(12)),
    ("zwoelf", Part::Unit(12)),
    ("sieben", Part::Unit(7)),
    ("sechs", Part::Unit(6)),
    ("fünf", Part::Unit(5)),
    ("fuenf", Part::Unit(5)),
    ("funf", Part::Unit(5)),
    ("eins", Part::Unit(1)),
    ("zwei", Part::Unit(2)),
    ("drei", Part::Unit(3)),
    ("vier", Part::Unit(4)),
    ("acht", Part::Unit(8)),
    ("neun", Part::Unit(9)),
    ("zehn", Part::Unit(10)),
    ("null", Part::Unit(0)),
    ("eine", Part::Unit(1)),
    ("ein", Part::Unit(1)),
    ("elf", Part::Unit(11)),
    ("zwo", Part::Unit(2)),
    ("und", Part::And),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Unit(u32),
    Tens(u32),
    Hundred,
    Thousand,
    Half,
    And,
}

/// A German cardinal written as one word (`zweiundzwanzig`,
/// `achtzehnhundertzweiundfünfzig`, `dreieinhalb`), below a million.
pub(crate) fn de_cardinal(w: &str) -> Option<f64> {
    if !number_initial(w) {
        return None;
    }
    match w {
        "anderthalb" | "eineinhalb" | "einundhalb" => return Some(1.5),
        "zweier" => return Some(2.0),
        "dreier" => return Some(3.0),
        "beide" | "beiden" | "beider" => return Some(2.0),
        "ein" | "eine" | "und" => return None,
        _ => {}
    }
    if w.len() < 3 || !number_initial(w) {
        return None;
    }
    let mut parts = Vec::with_capacity(8);
    if !split(w, &mut parts) {
        return None;
    }
    eval(&parts)
}

/// Whether `w` starts with a letter some German number word starts with.
fn number_initial(w: &str) -> bool {
    matches!(w.as_bytes().first(), Some(b'a' | b'b' | b'd' | b'e' | b'f' | b'h' | b'n' | b's' | b't' | b'v' | b'z'))
}

fn split(mut w: &str, parts: &mut Vec<Part>) -> bool {
    'outer: while !w.is_empty() {
        let first = w.as_bytes()[0];
        for &(s, p) in DE_PARTS {
            if s.as_bytes()[0] != first {
                continue;
            }
            if let Some(rest) = w.strip_prefix(s) {
                // `eins` only ends a word (`einsund…` is no number)
                if s == "eins" && !rest.is_empty() {
                    continue;
                }
                parts.push(p);
                w = rest;
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// Adds up the parts: units and tens add, `hundert` multiplies what comes
/// before it, `tausend` closes a group of thousands.
fn eval(parts: &[Part]) -> Option<f64> {
    let (mut total, mut cur) = (0u64, 0u64);
    let mut seen_number = false;
    let mut half = false;
    let mut prev: Option<Part> = None;
    for (k, &p) in parts.iter().enumerate() {
        match p {
            Part::Unit(n) => {
                // two units in a row (`zweidrei`) are no number
                if matches!(prev, Some(Part::Unit(_)) | Some(Part::Tens(_))) {
                    return None;
                }
                cur += u64::from(n);
                seen_number = true;
            }
            Part::Tens(n) => {
                if matches!(prev, Some(Part::Tens(_))) || (matches!(prev, Some(Part::Unit(u)) if u < 10)) {
                    return None;
                }
                cur += u64::from(n);
                seen_number = true;
            }
            Part::And => {
                // `und` joins a unit to tens, or a hundred/thousand to what follows
                let next = parts.get(k + 1);
                if prev.is_none() || next.is_none() {
                    return None;
                }
                if matches!(prev, Some(Part::Unit(_))) && !matches!(next, Some(Part::Tens(_)) | Some(Part::Half)) {
                    return None;
                }
            }
            Part::Hundred => {
                let lead = cur % 100;
                cur = cur - lead + lead.max(1) * 100;
                seen_number = true;
            }
            Part::Thousand => {
                total += cur.max(1) * 1000;
                cur = 0;
                seen_number = true;
            }
            Part::Half => {
                if k + 1 != parts.len() || !seen_number {
                    return None;
                }
                half = true;
            }
        }
        prev = Some(p);
    }
    if !seen_number {
        return None;
    }
    Some((total + cur) as f64 + if half { 0.5 } else { 0.0 })
}

/// Fraction words: `halb(e/en/es/er)`, `drittel`, `viertel`, `dreiviertel`
/// (the value of one part, or of the whole word when it names a count).
pub(crate) fn de_fraction(w: &str) -> Option<Fraction> {
    Some(match w {
        "halb" | "halbe" | "halben" | "halbes" | "halber" | "halbem" => Fraction::Part(0.5),
        "drittel" | "dritteln" => Fraction::Part(1.0 / 3.0),
        "viertel" | "vierteln" => Fraction::Part(0.25),
        "fünftel" | "fuenftel" => Fraction::Part(0.2),
        "sechstel" => Fraction::Part(1.0 / 6.0),
        "achtel" => Fraction::Part(0.125),
        "zehntel" => Fraction::Part(0.1),
        "dreiviertel" => Fraction::Whole(0.75),
        "zweidrittel" => Fraction::Whole(2.0 / 3.0),
        _ => return None,
    })
}

/// English fraction words: `half`, `third(s)`, `quarter(s)`.
pub(crate) fn en_fraction(w: &str) -> Option<Fraction> {
    Some(match w {
        "half" => Fraction::Part(0.5),
        "third" | "thirds" => Fraction::Part(1.0 / 3.0),
        "quarter" | "quarters" => Fraction::Part(0.25),
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fraction {
    /// A part that multiplies a count before it (`drei Viertel`).
    Part(f64),
    /// A fraction that stands on its own (`dreiviertel`).
    Whole(f64),
}

/// German ordinals as words (`erster`, `dritten`, `dreißigster`).
pub(crate) fn de_ordinal(w: &str) -> Option<u32> {
    if !number_initial(w) || !matches!(w.as_bytes().last(), Some(b'r' | b'n' | b's' | b'e' | b'm')) {
        return None;
    }
    for suffix in ["ster", "sten", "stes", "ste", "stem", "ter", "ten", "tes", "te", "tem", "er", "en", "es", "e", "em"]
    {
        if let Some(stem) = w.strip_suffix(suffix) {
            let n = match stem {
                "ers" | "er" => 1,
                "zwei" => 2,
                "drit" => 3,
                "vier" => 4,
                "fünf" | "fuenf" => 5,
                "sechs" => 6,
                "sieb" | "sieben" => 7,
                "ach" | "acht" => 8,
                "neun" => 9,
                "zehn" => 10,
                "elf" => 11,
                "zwölf" | "zwoelf" => 12,
                _ => {
                    let tens = suffix.starts_with('s') && stem.ends_with("ig");
                    let long = stem.len() > 3 && (stem.ends_with("ig") || stem.ends_with("hundert"));
                    if tens || long || stem.ends_with("zehn") {
                        de_cardinal(stem)? as u32
                    } else {
                        continue;
                    }
                }
            };
            // `ach`+`ter` and `acht`+`er` both read as 8; reject `er`-endings of
            // plain cardinals (`vierer`) except the eighth
            if matches!(suffix, "er" | "en" | "es" | "e" | "em") && !matches!(stem, "acht" | "ers") {
                continue;
            }
            return Some(n);
        }
    }
    None
}

/// English ordinals as words (`first`, `third`, `twenty-first` as its last part).
pub(crate) fn en_ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// English cardinal words that stand alone (`seven`, `twenty`, `eleven`).
pub(crate) fn en_cardinal(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "both" => 2,
        _ => return None,
    })
}

/// Scale words that multiply the number before them.
pub fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "tausend" | "tsd" | "thousand" | "thousands" => 1e3,
        "million" | "millionen" | "mio" | "mill" | "millions" => 1e6,
        "milliarde" | "milliarden" | "mrd" | "mia" | "billion" | "bn" | "billions" => 1e9,
        "billionen" | "trillion" | "trillions" => 1e12,
        "billiarde" | "billiarden" => 1e15,
        "dutzend" | "dozen" => 12.0,
        _ => return None,
    })
}

/// German `billion` is 10¹², English 10⁹: scale words by language.
pub(crate) fn scale_in(w: &str, short_scale: bool) -> Option<f64> {
    match w {
        "billion" if !short_scale => Some(1e12),
        "billionen" => Some(1e12),
        _ => scale(w),
    }
}

/// Plural words for a vague multitude (`Dutzende`, `Hunderte`, `hundreds`):
/// the interval they span.
pub fn vague(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "dutzende" | "dutzenden" | "dozens" => (24.0, 144.0),
        "hunderte" | "hunderten" | "hundreds" => (200.0, 1000.0),
        "tausende" | "tausenden" | "thousands" => (2000.0, 10_000.0),
        "zehntausende" | "zehntausenden" => (20_000.0, 100_000.0),
        "hunderttausende" | "hunderttausenden" => (200_000.0, 1_000_000.0),
        "millionen" | "millions" => (2e6, 1e7),
        "milliarden" => (2e9, 1e10),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_compounds() {
        assert_eq!(de_cardinal("sechshundertfünfzig"), Some(650.0));
        assert_eq!(de_cardinal("zweiundzwanzig"), Some(22.0));
        assert_eq!(de_cardinal("achtzehnhundertzweiundfünfzig"), Some(1852.0));
        assert_eq!(de_cardinal("siebenhunderteinundzwanzigtausendundzwölf"), Some(721_012.0));
        assert_eq!(de_cardinal("hundertzwei"), Some(102.0));
        assert_eq!(de_cardinal("dreieinhalb"), Some(3.5));
        assert_eq!(de_cardinal("fuenfhundertneun"), Some(509.0));
        assert_eq!(de_cardinal("zweihunderttausend"), Some(200_000.0));
        assert_eq!(de_cardinal("tausend"), Some(1000.0));
        assert_eq!(de_cardinal("elf"), Some(11.0));
        assert_eq!(de_cardinal("achtung"), None);
        assert_eq!(de_cardinal("neunte"), None);
        assert_eq!(de_cardinal("einst"), None);
        assert_eq!(de_cardinal("zweizwei"), None);
    }

    #[test]
    fn german_ordinals() {
        assert_eq!(de_ordinal("erster"), Some(1));
        assert_eq!(de_ordinal("dritten"), Some(3));
        assert_eq!(de_ordinal("vierte"), Some(4));
        assert_eq!(de_ordinal("achten"), Some(8));
        assert_eq!(de_ordinal("dreißigster"), Some(30));
        assert_eq!(de_ordinal("neunzehnten"), Some(19));
        assert_eq!(de_ordinal("vierer"), None);
        assert_eq!(de_ordinal("ersten"), Some(1));
    }
}
