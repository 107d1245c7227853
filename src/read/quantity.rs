//! Quantities: a number, its unit normalised to a base unit, and the hedge
//! that widens it to an interval (`rund 650 Kilometer`, `mehr als 1.500 km`,
//! `zwischen 20 und 30 Prozent`, `zwei Kurzstreckenraketen`).

use super::Found;
use super::hedge::{self, OPEN_END};
use super::noun;
use super::number::{self, Num};
use super::shape;
use std::sync::LazyLock;

use super::token::{Kind, Toks, WordSet};
use super::units::{self, Unit};
use crate::lang::numerals::{self, Fraction};
use crate::model::claim::{Dimension, Hedge, Lang, Quantity};
use crate::settings::Tolerances;

/// The quantities named in one sentence.
pub fn find(sentence: &str, lang: Lang, tol: &Tolerances) -> Vec<Found<Quantity>> {
    if !sentence.bytes().any(|b| b.is_ascii_digit() || b >= 0x41) {
        return Vec::new();
    }
    let t = Toks::new(sentence);
    find_in(&t, lang, tol)
}

/// The quantities of an already tokenised sentence.
pub(crate) fn find_in(t: &Toks, lang: Lang, tol: &Tolerances) -> Vec<Found<Quantity>> {
    let mut out = Vec::new();
    let mut i = 0;
    let lone = t.len() == 1;
    while i < t.len() {
        if !may_start(t, i, lang) {
            i += 1;
            continue;
        }
        match at(t, i, lang, tol, lone) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Each language's words that may begin a quantity besides number words, in
/// the order of [`Lang::ALL`]: the first words of ranges, durations, signs,
/// and the forms of one, none and both.
static STARTERS: LazyLock<Vec<WordSet>> = LazyLock::new(|| {
    let of = |lang: Lang| -> WordSet {
        let u = &lang.words().units;
        [u.between, u.since, u.vague_since, u.minus, u.whole, u.unit_counts, u.articles, u.article_ones, u.zero]
            .into_iter()
            .chain([u.tens, u.both])
            .flat_map(|list| list.iter().copied())
            .collect()
    };
    Lang::ALL.iter().map(|&l| of(l)).collect()
});

/// A cheap test whether a quantity may start at token `i`.
fn may_start(t: &Toks, i: usize, lang: Lang) -> bool {
    match t.kind(i) {
        Some(Kind::Digits) => true,
        Some(Kind::Mark(_)) => true,
        Some(Kind::Word) => {
            let w = t.low(i);
            STARTERS[lang.index()].contains(w)
                || numerals::vague(w).is_some()
                || units::prefix_at(t, i).is_some()
                || lang.words().units.few.iter().any(|f| f.0 == w)
                || (lang.words().units.cardinal)(w).is_some()
                || (lang.words().units.fraction)(w).is_some()
        }
        None => false,
    }
}

/// Marks that may stand right before a number.
fn opens(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '„'
            | '“'
            | '"'
            | '\''
            | '‚'
            | '‘'
            | '«'
            | '»'
            | '–'
            | '—'
            | '-'
            | '~'
            | '+'
            | '±'
            | '≈'
            | '$'
            | '€'
            | '£'
            | '¥'
            | '₩'
            | '₽'
    )
}

/// Whether a number may start at token `i`: not glued to a word, a URL or
/// another number.
fn starts_clean(t: &Toks, i: usize) -> bool {
    if i == 0 || !t.tight(i - 1) {
        return true;
    }
    match t.kind(i - 1) {
        // not `10-20`'s second number, nor a name like `Covid-19`, `F-16`
        Some(Kind::Mark(c)) => {
            opens(c)
                && (i < 2 || !t.tight(i - 2) || t.kind(i - 2).is_some_and(|k| k != Kind::Digits && k != Kind::Word))
        }
        _ => false,
    }
}

/// Whether a quantity may end before token `j`.
fn ends_clean(t: &Toks, j: usize) -> bool {
    if j >= t.len() || !t.tight(j - 1) {
        return true;
    }
    match t.kind(j) {
        Some(Kind::Mark(c)) => !matches!(c, '%' | '=' | '&' | '#' | '@' | '_'),
        Some(Kind::Word) => matches!(t.kind(j - 1), Some(Kind::Mark(_))),
        _ => false,
    }
}

/// An ordinal in digits: digits with a full stop and a word after (`13. Mai`),
/// where the language writes ordinals so.
fn is_ordinal(t: &Toks, n: &Num, lang: Lang) -> bool {
    lang.words().units.dotted_ordinals
        && n.digits
        && !n.scaled
        && t.is_mark(n.end, '.')
        && t.tight(n.end - 1)
        && (t.is_word(n.end + 1) || t.is_digits(n.end + 1) || t.is_mark(n.end + 1, '-'))
}

/// One reading of a number with its unit.
struct Reading {
    num: Num,
    unit: Option<Unit>,
    /// Token after the unit (or the number when there is none).
    end: usize,
}

/// A number at `i` (digits, words, a lone article before a unit, a fraction
/// word before a unit), and the unit after it.
fn reading(t: &Toks, i: usize, lang: Lang) -> Option<Reading> {
    reading_from(t, i, lang, true)
}

/// As [`reading`]; `alone` asks that the number not be glued to what is
/// before it (false for the second number of a range).
fn reading_from(t: &Toks, i: usize, lang: Lang, alone: bool) -> Option<Reading> {
    let units = &lang.words().units;
    let num = if let Some(n) = number::at(t, i, lang) {
        n
    } else if t.len() <= 2 && i == 0 && (t.len() == 1 || t.is_mark(1, '.')) && lone_word(t.low(0), lang).is_some() {
        let v = lone_word(t.low(0), lang)?;
        Num::word(v, i, i + 1)
    } else if let Some(n) = number::vague_at(t, i, lang) {
        n
    } else if ((t.is_any(i, units.articles) || t.is_any(i, units.article_ones))
        && units::at_in(t, i + 1, lang).is_some_and(|(u, _)| {
            !matches!(u.dim, Dimension::Percent | Dimension::Magnitude | Dimension::Age | Dimension::Angle)
        })
        && !shape::is_rate(t, i, lang))
        // `Eine Person wird noch vermisst`: the article states a count
        || (!lang.words().units.one_is_numeral && shape::states_one(t, i, lang))
    {
        Num::word(1.0, i, i + 1)
    } else if let Some(Fraction::Part(p)) = (lang.words().units.fraction)(t.low(i)).filter(|_| t.is_word(i))
        && units::at_in(t, i + 1, lang).is_some_and(|(u, _)| u.dim == Dimension::Duration)
    {
        Num::word(p, i, i + 1)
    } else if t.is_any(i, units.whole)
        && units::at_in(t, i + 1, lang).is_some_and(|(u, _)| u.dim == Dimension::Duration)
    {
        Num::word(1.0, i, i + 1)
    } else if t.is_any(i, units.unit_counts) {
        let (u, end) = units::at_in(t, i, lang)?;
        let num = Num::word(1.0, i, i);
        return Some(Reading { num, unit: Some(u), end });
    } else {
        return None;
    };
    if alone && num.digits && !starts_clean(t, num.start) {
        return None;
    }
    // `a two-year contract`, `a seven-yard run`: a number word joined to
    // its unit by a hyphen, as digits are (`3-year`)
    let joined = !num.digits && num.value > 0.0 && t.is_mark(num.end, '-') && t.tight(num.end - 1) && t.tight(num.end);
    let unit_at = if joined { units::at_in(t, num.end + 1, lang) } else { units::at_in(t, num.end, lang) };
    let (unit, end) = match unit_at {
        Some((u, end)) if unit_fits(t, &num, &u, lang) => (Some(u), end),
        // `hundreds of millions of dollars`
        _ if num.vague.is_some() && t.is_any(num.end, units.vague_of) => {
            match units::at_in(t, num.end + 1, lang).filter(|(u, _)| u.dim == Dimension::Currency) {
                Some((u, end)) => (Some(u), end),
                None => (None, num.end),
            }
        }
        _ => (None, num.end),
    };
    Some(Reading { num, unit, end })
}

/// Words that are numbers only when they stand alone (a table cell, an
/// answer): the article `eine`, the pronoun `keiner`.
fn lone_word(w: &str, lang: Lang) -> Option<f64> {
    let units = &lang.words().units;
    if units.article_ones.contains(&w) {
        Some(1.0)
    } else if units.zero.contains(&w) {
        Some(0.0)
    } else {
        None
    }
}

/// Whether a unit word after a number really is its unit.
fn unit_fits(t: &Toks, num: &Num, u: &Unit, lang: Lang) -> bool {
    let k = num.end;
    // single-letter units stick to the number or stand alone
    let raw = t.raw(k);
    if raw.len() <= 2 && raw.chars().all(|c| c.is_ascii_alphabetic()) {
        let next_is_word = t.is_word(k + 1) && !t.tight(k);
        // where nouns are capitalized, a letter before one is an initial or an article
        if raw.len() == 1 && next_is_word && lang.words().frames.nouns_capitalized && t.capital(k + 1) && raw != "m" {
            return false;
        }
    }
    // `Grad` after a count of degrees in another sense is rare; a unit word
    // in lower case may be a verb (`won`)
    !lang.words().units.unit_verbs.contains(&raw) && u.factor > 0.0
}

/// The quantity starting at token `i`, with the token after it.
fn at(t: &Toks, i: usize, lang: Lang, tol: &Tolerances, lone: bool) -> Option<(Found<Quantity>, usize)> {
    let units = &lang.words().units;
    // `zwischen X und Y`, `between X and Y`
    if t.is_any(i, units.between)
        && let Some(a) = reading(t, i + 1, lang)
        && t.is_any(a.end, units.and)
        && let Some(b) = reading(t, a.end + 1, lang)
    {
        return range(t, i, a, b, lang).map(|(q, e)| (found(t, i, e, q), e));
    }
    // `seit vier Jahren`, `seit Jahren`
    if t.is_any(i, units.since)
        && let Some(r) = reading(t, i + 1, lang)
        && r.unit.is_some_and(|u| u.dim == Dimension::Duration)
    {
        let (q, e) = single(t, r, None, tol, lang)?;
        return Some((found(t, i, e, q), e));
    }
    if t.is_any(i, units.vague_since) && t.is_any(i + 1, units.vague_spans) {
        let (u, e) = units::at_in(t, i + 1, lang)?;
        let v = 2.0 * u.factor;
        let q = Quantity {
            dimension: Dimension::Duration,
            unit: "s".into(),
            value: v,
            low: v,
            high: 10.0 * u.factor,
            hedge: Hedge::Vague,
            noun: None,
        };
        return Some((found(t, i, e, q), e));
    }
    // a currency sign first: `$2.5 billion`, `€ 5`
    let (pre, first) = match units::prefix_at(t, i) {
        Some((u, next)) if starts_clean(t, i) => (Some(u), next),
        _ => (None, i),
    };
    if pre.is_none() && !(t.is_word(i) || t.is_digits(i) || t.mark(i).is_some()) {
        return None;
    }
    // after a currency the digits may be glued to it (`euro30`, `US$5`)
    let mut a = reading_from(t, first, lang, pre.is_none())?;
    if pre.is_none() && is_ordinal(t, &a.num, lang) {
        return None;
    }
    // `2:31`: a clock, a game clock or a ratio, not an amount
    if a.num.digits
        && t.is_mark(a.num.end, ':')
        && t.tight(a.num.end - 1)
        && t.tight(a.num.end)
        && t.is_digits(a.num.end + 1)
    {
        return None;
    }
    if pre.is_none() && a.unit.is_none() {
        // `1300 GMT` is a time of day
        if a.num.digits && t.is_any(a.end, super::clock::ZONES) {
            return None;
        }
        // the magnitude of a quake: `magnitude 5.9`, `Stärke 5,9`,
        // `6.1 on the Richter scale`
        if let Some(end) = shape::magnitude(t, &a.num, a.end, lang) {
            a = Reading { unit: Some(units::MAGNITUDE), end, ..a };
        } else if a.num.digits && shape::is_identifier(t, a.num.start, a.num.end, lang) {
            return None;
        } else if shape::is_apposed_age(t, &a.num) {
            a = Reading { unit: Some(units::AGE), ..a };
        }
    }
    // idioms: `one thing`, `a second` (as often the ordinal)
    if units.not_counts.iter().any(|p| t.sequence(a.num.start, p).is_some()) {
        return None;
    }
    if pre.is_none() && a.unit.is_none() && shape::is_year_modifier(t, &a.num, lang) {
        return None;
    }
    if pre.is_none() && a.unit.is_none() && shape::is_modifier_or_name(t, &a.num, lang) {
        return None;
    }
    // a lone article or number word before nothing countable is no claim
    let start = pre.map_or(a.num.start, |_| i);
    // ranges: `X bis Y`, `X–Y`, `X to Y`
    if a.unit.is_none() || a.unit.is_some_and(|u| u.dim != Dimension::Currency || pre.is_none()) {
        let dash = matches!(t.mark(a.end), Some('-' | '–' | '—'));
        if dash && a.unit.is_none() && shape::is_score(t, &a.num, a.end, lang) {
            return None;
        }
        if (t.is_any(a.end, units.range_to) || dash) && a.num.vague.is_none() {
            let second = if dash && t.is_mark(a.end + 1, '-') { a.end + 2 } else { a.end + 1 };
            if let Some(b) = reading_from(t, second, lang, !dash)
                && (!dash || (a.num.digits && b.num.digits))
                && (a.unit.is_none() || b.unit.is_none() || a.unit.map(|u| u.base) == b.unit.map(|u| u.base))
                && !(b.num.value < a.num.value && b.num.scale == a.num.scale && a.unit.is_none())
            {
                let h = hedge::before_in(t, start, lang);
                let hstart = h.map_or(start, |h| h.0);
                let b = Reading { unit: b.unit.or(pre), ..b };
                if let Some((mut q, e)) = range(t, hstart, a, b, lang) {
                    // a hedge before a range widens both ends
                    if let Some((_, hedge)) = h.filter(|h| h.1 != Hedge::Exact) {
                        q.low = hedge::interval(q.low, hedge, tol).0;
                        q.high = hedge::interval(q.high, hedge, tol).1;
                    }
                    return Some((found(t, hstart, e, q), e));
                }
                return None;
            }
        }
    }
    // hedges qualify numerals, not `beide` or a vague multitude; `gegen`
    // only before digits
    let digits_only = lang.words().hedges.digits_only;
    let hedge_at = hedge::before_in(t, start, lang).filter(|&(h, _)| {
        a.num.vague.is_none() && !is_both(t, &a.num, lang) && (!t.is_any(h, digits_only) || a.num.digits)
    });
    if is_both(t, &a.num, lang) && noun::after(t, a.num.end, lang).is_none() {
        return None;
    }
    let article = is_article_one(t, &a.num, lang);
    let (mut q, mut e) = single(t, Reading { unit: a.unit.or(pre), ..a }, hedge_at.map(|h| h.1), tol, lang)?;
    if q.dimension == Dimension::Number && !lone && article {
        return None;
    }
    // `18 schwer- und 63 leichtverletzte Personen`: an elided compound
    // counts the noun of the number after it
    if q.dimension == Dimension::Number
        && let Some((noun, end)) = shape::elided_noun(t, e, lang)
    {
        (q.dimension, q.noun, e) = (Dimension::Count, Some(noun), end);
    }
    let s = hedge_at.map_or(start, |h| h.0);
    Some((found(t, s, e, q), e))
}

/// `beide`, `both`: a count of two only with the thing counted.
fn is_both(t: &Toks, n: &Num, lang: Lang) -> bool {
    n.end == n.start + 1 && t.is_any(n.start, lang.words().units.both)
}

/// A form of `one` that is also an article or pronoun (`ein`, `eine`,
/// `one`), read as one outside a phrase that makes it a number: with
/// nothing counted after it (`no one was hurt`, `one of them`), no claim.
fn is_article_one(t: &Toks, n: &Num, lang: Lang) -> bool {
    t.is_any(n.start, lang.words().units.article_ones) && n.end == n.start + 1
}

fn found(t: &Toks, s: usize, e: usize, q: Quantity) -> Found<Quantity> {
    Found { start: t.start(s), end: t.end_before(e), value: q }
}

/// A single number with its unit or noun, hedged.
fn single(t: &Toks, r: Reading, hedge: Option<Hedge>, tol: &Tolerances, lang: Lang) -> Option<(Quantity, usize)> {
    let mut end = r.end;
    let (dimension, unit, mut value, noun) = match r.unit {
        Some(u) => (u.dim, u.base.to_string(), r.num.value * u.factor + u.offset, None),
        None => {
            if !ends_clean(t, r.num.end) {
                return None;
            }
            // `hundreds of people`: a vague multitude counts what follows `of`
            let of = r.num.vague.is_some() && t.is_any(r.num.end, lang.words().units.vague_of);
            let at = if of { r.num.end + 1 } else { r.num.end };
            match noun::after(t, at, lang).filter(|_| r.num.value.fract() == 0.0 && !r.num.fraction) {
                Some((noun, e)) => {
                    end = e;
                    (Dimension::Count, String::new(), r.num.value, Some(noun))
                }
                None => (Dimension::Number, String::new(), r.num.value, None),
            }
        }
    };
    if r.unit.is_some() && !ends_clean(t, end) {
        return None;
    }
    // compound durations: `eine Stunde und zweiunddreißig Minuten`
    if let Some(u) = r.unit
        && u.dim == Dimension::Duration
    {
        let mut last = u.factor;
        loop {
            let k = if t.is_any(end, lang.words().units.and) || t.is_mark(end, ',') { end + 1 } else { end };
            let Some(next) = reading(t, k, lang) else { break };
            let Some(nu) = next.unit else { break };
            if nu.dim != Dimension::Duration || nu.factor >= last || next.num.vague.is_some() {
                break;
            }
            value += next.num.value * nu.factor;
            last = nu.factor;
            end = next.end;
        }
    }
    let (hedge, low, high) = match r.num.vague {
        Some((lo, hi)) => {
            let f = r.unit.map_or(1.0, |u| u.factor);
            (Hedge::Vague, lo * f, hi * f)
        }
        None => {
            let h = hedge.unwrap_or(Hedge::Exact);
            let (lo, hi) = hedge::interval(value, h, tol);
            (h, lo, hi)
        }
    };
    Some((Quantity { dimension, unit, value, low, high, hedge, noun }, end))
}

/// A foot in metres.
const FEET: f64 = 0.3048;

/// A range `a … b`; a scale or unit written only after the second number
/// applies to both (`100 bis 300 Milliarden`, `20 bis 30 Prozent`).
fn range(t: &Toks, _s: usize, a: Reading, b: Reading, lang: Lang) -> Option<(Quantity, usize)> {
    // `6-foot-9`, `6 foot 2`: feet and inches, a height, not a range
    if let Some(u) = a.unit
        && b.unit.is_none()
        && u.dim == Dimension::Length
        && (u.factor - FEET).abs() < 1e-9
        && b.num.value.fract() == 0.0
        && b.num.value < 12.0
    {
        let value = a.num.value * FEET + b.num.value * FEET / 12.0;
        let q = Quantity {
            dimension: u.dim,
            unit: u.base.to_string(),
            value,
            low: value,
            high: value,
            hedge: Hedge::Exact,
            noun: None,
        };
        return Some((q, b.end));
    }
    let unit = b.unit.or(a.unit);
    let (fa, oa) = a.unit.or(unit).map_or((1.0, 0.0), |u| (u.factor, u.offset));
    let (fb, ob) = unit.map_or((1.0, 0.0), |u| (u.factor, u.offset));
    let mut av = a.num.value;
    if !a.num.scaled && b.num.scaled {
        av *= b.num.scale;
    }
    let lo = av * fa + oa;
    let hi = b.num.value * fb + ob;
    if lo > hi || a.num.vague.is_some() || b.num.vague.is_some() {
        return None;
    }
    let (mut dimension, base) = unit.map_or((Dimension::Number, ""), |u| (u.dim, u.base));
    // `40 bis 50 Schwerverletzte`, `between 35 and 40 firefighters`
    let mut end = b.end;
    let mut noun = None;
    if unit.is_none()
        && lo.fract() == 0.0
        && hi.fract() == 0.0
        && let Some((n, e)) = noun::after(t, b.end, lang)
    {
        dimension = Dimension::Count;
        noun = Some(n);
        end = e;
    }
    let q = Quantity {
        dimension,
        unit: base.to_string(),
        value: (lo + hi) / 2.0,
        low: lo,
        high: hi,
        hedge: Hedge::Range,
        noun,
    };
    let _ = OPEN_END;
    Some((q, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str, lang: Lang) -> Found<Quantity> {
        let v = find(s, lang, &Tolerances::default());
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn hedged_lengths() {
        let q = one("Die Raketen seien etwa 650 Kilometer geflogen.", Lang::De);
        assert_eq!((q.value.value, q.value.hedge), (650_000.0, Hedge::Approx));
        assert!((q.value.low - 617_500.0).abs() < 1e-6 && (q.value.high - 682_500.0).abs() < 1e-6);
        let q = one("mehr als 1.500 Kilometer nördlich", Lang::De);
        assert_eq!((q.value.value, q.value.hedge, q.value.low), (1.5e6, Hedge::Above, 1.5e6));
        assert_eq!(&"mehr als 1.500 Kilometer nördlich"[q.start..q.end], "mehr als 1.500 Kilometer");
    }

    #[test]
    fn counts_with_nouns() {
        let q = one("Start zweier Kurzstreckenraketen", Lang::De);
        assert_eq!(q.value.dimension, Dimension::Count);
        assert_eq!(q.value.noun.as_deref(), Some("Kurzstreckenrakete"));
        let q = one("Beide Länder würden kämpfen", Lang::De);
        assert_eq!((q.value.dimension, q.value.value), (Dimension::Count, 2.0));
        assert!(find("Beide seien gestartet", Lang::De, &Tolerances::default()).is_empty());
        let q = one("fired two ballistic missiles", Lang::En);
        assert_eq!(q.value.noun.as_deref(), Some("missile"));
    }

    #[test]
    fn range_and_hedge_words_are_read_in_their_own_language() {
        let q = one("between 20 and 30 percent", Lang::En);
        assert_eq!((q.value.low, q.value.high, q.value.hedge), (20.0, 30.0, Hedge::Range));
        let q = one("at least 12 kilometres", Lang::En);
        assert_eq!((q.value.low, q.value.hedge), (12_000.0, Hedge::AtLeast));
        // a German hedge in an English sentence is no hedge there
        let q = one("the ship sank mindestens 12 kilometres out", Lang::En);
        assert_eq!(q.value.hedge, Hedge::Exact);
        let q = one("Die Fähre sank mindestens 12 Kilometer vor der Küste", Lang::De);
        assert_eq!(q.value.hedge, Hedge::AtLeast);
    }

    #[test]
    fn ranges_and_percent_points() {
        let q = one("zwischen 20 und 30 Prozent", Lang::De);
        assert_eq!((q.value.low, q.value.high, q.value.hedge), (20.0, 30.0, Hedge::Range));
        let q = one("100 bis 300 Milliarden", Lang::De);
        assert_eq!((q.value.low, q.value.high), (1e11, 3e11));
        let q = one("um 15 Prozentpunkte", Lang::De);
        assert_eq!(q.value.unit, "pp");
    }

    #[test]
    fn ordinals_and_urls_are_no_quantities() {
        assert!(find("am 13. September", Lang::De, &Tolerances::default()).is_empty());
        assert!(find("q=30%25%2020%", Lang::De, &Tolerances::default()).iter().all(|q| q.value.unit != "%"));
    }

    #[test]
    fn durations() {
        let q = one("eine Stunde und zweiunddreißig Minuten", Lang::De);
        assert_eq!(q.value.value, 5520.0);
        let q = one("seit vier Jahren", Lang::De);
        assert_eq!(q.value.value, 4.0 * 31_536_000.0);
        let q = one("rund 40 Sekunden", Lang::De);
        assert_eq!(q.value.unit, "s");
    }
}
