//! Numbers as written: digits with German or English separators
//! (`1.500,75`, `12 500`, `1,500.75`), scale words and suffixes
//! (`2,5 Mrd.`, `3M`), number words (`sechshundertfünfzig`, `twenty-two`),
//! fractions (`drei Viertel`, `1/2`, `½`) and vague multitudes (`Dutzende`).
//! The first step of quantity extraction.

use super::token::{Kind, Toks};
use crate::lang::numerals::{self, Fraction};
use crate::model::claim::Lang;

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    /// For vague multitudes: the interval they span.
    pub vague: Option<(f64, f64)>,
    /// Written in digits (not words).
    pub digits: bool,
    /// A plain run of digits without separators, sign or scale (`2019`).
    pub plain: bool,
    /// Ends in a scale word or suffix (`Millionen`, `3M`).
    pub scaled: bool,
    /// The product of the scale words applied (1 when none).
    pub scale: f64,
    /// Written with a fraction (`drei halbe`, `anderthalb`, `eine halbe Million`).
    pub fraction: bool,
}

impl Num {
    /// A number written in words at tokens `start..end`.
    pub fn word(value: f64, start: usize, end: usize) -> Num {
        Num::new(value, start, end, false)
    }

    fn new(value: f64, start: usize, end: usize, digits: bool) -> Num {
        Num { value, start, end, vague: None, digits, plain: false, scaled: false, scale: 1.0, fraction: false }
    }
}

/// Whether the gap between two digit groups is one space that may separate
/// thousands (plain, no-break, thin or narrow no-break).
fn group_space(gap: &str) -> bool {
    let mut cs = gap.chars();
    matches!((cs.next(), cs.next()), (Some(' ' | '\u{a0}' | '\u{2009}' | '\u{202f}'), None))
}

const UNICODE_FRACTIONS: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅙', 1.0 / 6.0),
    ('⅛', 0.125),
];

/// Reads the digits at token `i`: groups, decimals, fractions, suffixes.
fn digits_at(t: &Toks, i: usize, lang: Lang) -> Option<Num> {
    let (thousands, decimal) = lang.words().units.separators;
    // `,77` — a decimal without its leading zero
    if t.is_mark(i, decimal) && t.tight(i) && t.is_digits(i + 1) && !(i > 0 && t.is_digits(i - 1) && t.tight(i - 1)) {
        let frac = t.raw(i + 1);
        let v: f64 = format!("0.{frac}").parse().ok()?;
        let mut n = Num::new(v, i, i + 2, true);
        suffix(t, &mut n);
        return Some(n);
    }
    if let Some(c) = t.mark(i)
        && let Some(&(_, v)) = UNICODE_FRACTIONS.iter().find(|f| f.0 == c)
    {
        let mut n = Num::new(v, i, i + 1, true);
        n.fraction = true;
        return Some(n);
    }
    if !t.is_digits(i) {
        return None;
    }
    let mut int = String::from(t.raw(i));
    let mut j = i + 1;
    let mut grouped = false;
    let first_len = t.ndigits(i);
    if first_len <= 3 {
        // thousands groups: `1.500.000`, `1,500`, `12 500`
        let mut sep: Option<char> = None;
        loop {
            let s = if t.is_mark(j, thousands) && t.tight(j - 1) && t.tight(j) {
                Some(thousands)
            } else if group_space(t.gap(j - 1)) && t.is_digits(j) && t.ndigits(j) == 3 {
                Some(' ')
            } else {
                None
            };
            let Some(s) = s else { break };
            if sep.is_some_and(|p| p != s) {
                break;
            }
            let k = if s == ' ' { j } else { j + 1 };
            if t.ndigits(k) != 3 {
                break;
            }
            // after a group, digits must not continue the group (`1.5000`)
            sep = Some(s);
            int.push_str(t.raw(k));
            j = k + 1;
            grouped = true;
        }
    }
    let mut text = int;
    let mut has_decimal = false;
    if t.is_mark(j, decimal) && t.tight(j - 1) && t.tight(j) && t.is_digits(j + 1) {
        text.push('.');
        text.push_str(t.raw(j + 1));
        j += 2;
        has_decimal = true;
    } else if !grouped
        && lang.words().units.dot_decimal_too
        && t.is_mark(j, '.')
        && t.tight(j - 1)
        && t.tight(j)
        && t.is_digits(j + 1)
    {
        // `2.5` in German text: read as a decimal point
        text.push('.');
        text.push_str(t.raw(j + 1));
        j += 2;
        has_decimal = true;
    }
    let mut value: f64 = text.parse().ok()?;
    // `1/2`, `3/4`: a fraction
    if !grouped && !has_decimal && t.is_mark(j, '/') && t.tight(j - 1) && t.tight(j) && t.is_digits(j + 1) {
        let den = t.int(j + 1)? as f64;
        if den > 0.0 && den <= 100.0 && !(t.is_mark(j + 2, '/') || t.is_mark(j + 2, '.')) {
            let mut n = Num::new(value / den, i, j + 2, true);
            n.fraction = true;
            return Some(n);
        }
    }
    let mut n = Num::new(value, i, j, true);
    n.plain = !grouped && !has_decimal;
    if suffix(t, &mut n) {
        n.plain = false;
    }
    value = n.value;
    let _ = value;
    Some(n)
}

/// A scale suffix written onto the digits: `100K`, `3M`, `,0012G`.
fn suffix(t: &Toks, n: &mut Num) -> bool {
    let j = n.end;
    if t.tight(j - 1) && t.is_word(j) {
        let f = match t.raw(j) {
            "K" | "k" => 1e3,
            "M" => 1e6,
            "G" => 1e9,
            _ => return false,
        };
        n.value *= f;
        n.end = j + 1;
        n.scaled = true;
        n.scale *= f;
        return true;
    }
    false
}

/// Reads a cardinal word at token `i` (German compounds, English words with
/// hyphens: `twenty-two`).
fn word_at(t: &Toks, i: usize, lang: Lang) -> Option<Num> {
    if !t.is_word(i) {
        return None;
    }
    let units = &lang.words().units;
    let mut v = (units.cardinal)(t.low(i))?;
    let mut end = i + 1;
    // `twenty-two`
    if units.hyphenated_tens
        && v >= 20.0
        && v % 10.0 == 0.0
        && t.is_mark(end, '-')
        && t.tight(end - 1)
        && t.tight(end)
        && let Some(u) = (units.cardinal)(t.low(end + 1))
        && u < 10.0
        && u.fract() == 0.0
    {
        v += u;
        end += 2;
    }
    let mut n = Num::new(v, i, end, false);
    n.fraction = v.fract() != 0.0;
    Some(n)
}

/// Hundreds of separate words (`two hundred and five`): `hundred` is the
/// language's word of hundreds and `and` the one that may follow it.
fn hundreds_group(t: &Toks, i: usize, lang: Lang, (hundred, and): (&str, &str)) -> Option<Num> {
    let mut n = word_at(t, i, lang)?;
    if t.is(n.end, hundred) {
        n.value *= 100.0;
        n.end += 1;
        let k = if t.is(n.end, and) { n.end + 1 } else { n.end };
        if let Some(m) = word_at(t, k, lang)
            && m.value < 100.0
        {
            n.value += m.value;
            n.end = m.end;
        }
    }
    Some(n)
}

/// A number starting at token `i`, as long as it reaches: a base (digits or
/// words), fractions, scale words and multi-group word numbers
/// (`zwei Millionen dreihunderttausend`).
pub fn at(t: &Toks, i: usize, lang: Lang) -> Option<Num> {
    // a sign
    if (t.is_mark(i, '-') || t.is_mark(i, '−')) && !(i > 0 && matches!(t.kind(i - 1), Some(Kind::Digits | Kind::Word)))
    {
        let mut n = at(t, i + 1, lang)?;
        if !n.digits {
            return None;
        }
        n.value = -n.value;
        n.start = i;
        n.plain = false;
        return Some(n);
    }
    let units = &lang.words().units;
    if t.is_any(i, units.minus) {
        let mut n = at(t, i + 1, lang)?;
        n.value = -n.value;
        n.start = i;
        n.plain = false;
        return Some(n);
    }
    let mut n = base(t, i, lang)?;
    // `1 komma 1`, `zwei Komma drei`
    if t.is_any(n.end, units.decimal_words)
        && let Some(frac) = fraction_digits(t, n.end + 1, lang)
    {
        n.value += frac.0;
        n.end = frac.1;
        n.plain = false;
    }
    // `fünf und drei Viertel`, `5 und eine halbe`
    if t.is_any(n.end, units.and)
        && let Some((f, end)) = fraction_at(t, n.end + 1, lang)
        && f < 1.0
    {
        n.value += f;
        n.end = end;
        n.plain = false;
        n.fraction = true;
    } else if let Some(end) = units.and_a_half.iter().find_map(|p| t.sequence(n.end, p)) {
        // `zwei ein halb`
        n.value += 0.5;
        n.end = end;
        n.plain = false;
        n.fraction = true;
    }
    // scale words, possibly more groups after them
    let short_scale = units.short_scale;
    let mut total = 0.0;
    loop {
        // `$5-million`: a scale joined to digits by a hyphen
        let k = if n.digits
            && t.is_mark(n.end, '-')
            && t.tight(n.end - 1)
            && t.tight(n.end)
            && t.is_word(n.end + 1)
            && numerals::scale_in(t.low(n.end + 1), short_scale).is_some_and(|s| s >= 1e6)
        {
            n.end + 1
        } else {
            n.end
        };
        let abbr = t.is_mark(k + 1, '.') && t.tight(k);
        let Some(s) = t.is_word(k).then(|| numerals::scale_in(t.low(k), short_scale)).flatten() else { break };
        if t.is_any(k, units.abbreviations) {
            n.end = if abbr { k + 2 } else { k + 1 };
        } else {
            n.end = k + 1;
        }
        n.value *= s;
        n.scaled = true;
        n.scale *= s;
        n.plain = false;
        // another group: `zwei Millionen eintausendeinhundertfünfzig`
        if s >= 1e3
            && !n.digits
            && let Some(next) = base(t, n.end, lang)
            && !next.digits
            && next.value < s
        {
            total += n.value;
            n = Num { start: n.start, ..next };
            continue;
        }
        break;
    }
    n.value += total;
    Some(n)
}

/// `komma fünfzehn` → 0.15: the digits of what follows as decimals.
fn fraction_digits(t: &Toks, i: usize, lang: Lang) -> Option<(f64, usize)> {
    let (digits, end) = if t.is_digits(i) {
        (t.raw(i).to_string(), i + 1)
    } else {
        let w = word_at(t, i, lang)?;
        (format!("{}", w.value as u64), w.end)
    };
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, end))
}

/// A fraction at token `i`: `drei Viertel`, `eine halbe`, `ein halbes`,
/// `dreiviertel`, `1/2`.
pub(crate) fn fraction_at(t: &Toks, i: usize, lang: Lang) -> Option<(f64, usize)> {
    if let Some(Fraction::Whole(v)) = (lang.words().units.fraction)(t.low(i)).filter(|_| t.is_word(i)) {
        return Some((v, i + 1));
    }
    if t.is_mark(i + 1, '-') && t.tight(i) || t.is_mark(i + 2, '-') && t.tight(i + 1) {
        return None;
    }
    let units = &lang.words().units;
    let (count, k) = if t.is_any(i, units.articles) || t.is_any(i, units.article_ones) {
        (1.0, i + 1)
    } else if let Some(n) = digits_at(t, i, lang).or_else(|| word_at(t, i, lang)) {
        (n.value, n.end)
    } else {
        return None;
    };
    if t.is_word(k)
        && let Some(Fraction::Part(p)) = (lang.words().units.fraction)(t.low(k))
    {
        return Some((count * p, k + 1));
    }
    None
}

/// The base of a number: digits or one number word, with a fraction word
/// after it (`drei halbe`, `zwei drittel`) folded in.
fn base(t: &Toks, i: usize, lang: Lang) -> Option<Num> {
    if let Some(n) = digits_at(t, i, lang) {
        return Some(with_fraction(t, n, lang));
    }
    if t.is_word(i) {
        let w = t.low(i);
        if let Some(Fraction::Whole(v)) = (lang.words().units.fraction)(w) {
            let mut n = Num::new(v, i, i + 1, false);
            n.fraction = true;
            return Some(n);
        }
        // `eine halbe Million`, `ein dutzend`, `ein halbes dutzend`
        if t.is_any(i, lang.words().units.articles) {
            if let Some(Fraction::Whole(v) | Fraction::Part(v)) = (lang.words().units.fraction)(t.low(i + 1))
                .filter(|_| t.is_word(i + 1) && !(t.is_mark(i + 2, '-') && t.tight(i + 1)))
            {
                let mut n = Num::new(v, i, i + 2, false);
                n.fraction = true;
                return Some(n);
            }
            if t.is_word(i + 1)
                && numerals::scale_in(t.low(i + 1), lang.words().units.short_scale).is_some_and(|s| s > 1.0)
            {
                return Some(Num::new(1.0, i, i + 1, false));
            }
            return None;
        }
        if let Some(hundreds) = lang.words().units.hundreds {
            return hundreds_group(t, i, lang, hundreds).map(|n| with_fraction(t, n, lang));
        }
        let n = word_at(t, i, lang)?;
        return Some(with_fraction(t, n, lang));
    }
    None
}

fn with_fraction(t: &Toks, mut n: Num, lang: Lang) -> Num {
    let k = n.end;
    if t.is_word(k)
        && let Some(Fraction::Part(p)) = (lang.words().units.fraction)(t.low(k))
        && n.value >= 1.0
        && n.value < 100.0
        && n.value.fract() == 0.0
    {
        // `drei Viertel`, but not `3 halbe` where `halbe` starts a new phrase
        n.value *= p;
        n.end = k + 1;
        n.plain = false;
        n.fraction = true;
    }
    n
}

/// A vague multitude at token `i`: `Dutzende`, `Hunderte`, `dozens`,
/// optionally scaled (`Dutzende Millionen`).
pub(crate) fn vague_at(t: &Toks, i: usize, lang: Lang) -> Option<Num> {
    if !t.is_word(i) {
        return None;
    }
    let w = t.low(i);
    let units = &lang.words().units;
    // `mehrere Hundert`, `a few thousand`: some multiples of the scale
    let few = if t.is_any(i, units.articles) { i + 1 } else { i };
    if let Some(&(_, a, b)) = units.few.iter().find(|f| t.is(few, f.0))
        && t.is_word(few + 1)
        && let Some(s) = numerals::scale_in(t.low(few + 1), units.short_scale)
            .or_else(|| (units.cardinal)(t.low(few + 1)).filter(|&v| v == 100.0))
            .or_else(|| units.hundreds.filter(|h| t.is(few + 1, h.0)).map(|_| 100.0))
            .filter(|&s| s >= 100.0)
    {
        let mut n = Num::new(a * s, i, few + 2, false);
        n.vague = Some((a * s, b * s));
        return Some(n);
    }
    // English `tens of thousands`, `hundreds of millions`
    let tens = units.tens.contains(&w);
    let (mut lo, mut hi) = numerals::vague(w).or(if tens { Some((20.0, 100.0)) } else { None })?;
    let mut end = i + 1;
    let k = if t.is_any(end, units.vague_of) { end + 1 } else { end };
    if t.is_word(k)
        && let Some(s) = numerals::scale_in(t.low(k), units.short_scale).filter(|&s| s >= 1e3)
    {
        lo *= s;
        hi *= s;
        end = k + 1;
        if t.is_mark(end, '.') && t.is_any(k, units.abbreviations) {
            end += 1;
        }
    } else if tens {
        return None;
    }
    let mut n = Num::new(lo, i, end, false);
    n.vague = Some((lo, hi));
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, lang: Lang) -> Option<f64> {
        let t = Toks::new(s);
        let n = at(&t, 0, lang)?;
        (n.end == t.len()).then_some(n.value)
    }

    #[test]
    fn german_separators() {
        assert_eq!(read("1.500", Lang::De), Some(1500.0));
        assert_eq!(read("1.500,75", Lang::De), Some(1500.75));
        assert_eq!(read("6,5", Lang::De), Some(6.5));
        assert_eq!(read("12 500", Lang::De), Some(12500.0));
        assert_eq!(read("40\u{202f}000", Lang::De), Some(40000.0));
        assert_eq!(read("4,800", Lang::De), Some(4.8));
        assert_eq!(read(",77", Lang::De), Some(0.77));
    }

    #[test]
    fn english_separators() {
        assert_eq!(read("1,500", Lang::En), Some(1500.0));
        assert_eq!(read("1,500.75", Lang::En), Some(1500.75));
        assert_eq!(read("6.5", Lang::En), Some(6.5));
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(read("drei Millionen", Lang::De), Some(3e6));
        assert_eq!(read("2,5 Mrd.", Lang::De), Some(2.5e9));
        assert_eq!(read("eine halbe Million", Lang::De), Some(5e5));
        assert_eq!(read("anderthalb Millionen", Lang::De), Some(1.5e6));
        assert_eq!(read("zwei Millionen eintausendeinhundertfünfzig", Lang::De), Some(2_001_150.0));
        assert_eq!(read("fünf und drei Viertel Milliarde", Lang::De), Some(5.75e9));
        assert_eq!(read("tausendvierhundertsechzehn Komma fünfzehn", Lang::De), Some(1416.15));
        assert_eq!(read("ein halbes dutzend", Lang::De), Some(6.0));
        assert_eq!(read("twenty-two", Lang::En), Some(22.0));
        assert_eq!(read("a dozen", Lang::En), Some(12.0));
        assert_eq!(read("two hundred and five", Lang::En), Some(205.0));
        assert_eq!(read("2.5 billion", Lang::En), Some(2.5e9));
        assert_eq!(read("1/2", Lang::De), Some(0.5));
        assert_eq!(read("-1,2M", Lang::De), Some(-1.2e6));
        assert_eq!(read("minus 1.200.000", Lang::De), Some(-1.2e6));
    }

    #[test]
    fn number_words_are_read_in_their_own_language() {
        assert_eq!(read("zwei Komma fünf", Lang::De), Some(2.5));
        assert_eq!(read("two point five", Lang::En), Some(2.5));
        assert_eq!(read("2 point 5", Lang::De), None);
        assert_eq!(read("2 komma 5", Lang::En), None);
        assert_eq!(read("drei ein halb", Lang::De), Some(3.5));
        assert_eq!(read("three and a half", Lang::En), Some(3.5));
        assert_eq!(read("negativ 4", Lang::De), Some(-4.0));
        assert_eq!(read("negativ 4", Lang::En), None);
    }

    #[test]
    fn vague_multitudes() {
        let t = Toks::new("Dutzende Millionen");
        assert_eq!(vague_at(&t, 0, Lang::De).unwrap().vague, Some((24e6, 144e6)));
    }
}
