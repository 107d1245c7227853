//! Signals around a number that say what kind of number it is, for the
//! quantity reader: a name or position (`Route 52`, `No. 12`), a score
//! (`44-26`), a quake's magnitude, a person's age (`Cheeks, 48,`), a rate
//! (`€345 a month`), an elided compound (`18 schwer- und 63 …`), a year
//! before a noun (`the 2005 peace deal`).

use super::hedge;
use super::noun;
use super::number::{self, Num};
use super::token::Toks;
use super::units;
use crate::model::claim::{Dimension, Lang};

/// After a number, a word cut at a hyphen and joined to a second count
/// (`schwer- und 63 leichtverletzte Personen`): the second count's noun, and
/// the token after the cut word.
pub(super) fn elided_noun(t: &Toks, k: usize, lang: Lang) -> Option<(String, usize)> {
    let lw = &lang.words().units;
    if !(t.is_word(k) && t.is_mark(k + 1, '-') && t.tight(k) && (t.is_any(k + 2, lw.and) || t.is_any(k + 2, lw.or))) {
        return None;
    }
    let b = number::at(t, k + 3, lang).filter(|b| units::at_in(t, b.end, lang).is_none())?;
    let (noun, _) = noun::after(t, b.end, lang)?;
    Some((noun, k + 2))
}

/// Classes of predicates that state how many people something happened to:
/// near one of them, `Eine Person wird vermisst` counts one person.
const COUNT_CLASSES: &[&str] = &["killed", "injured", "missing", "rescued", "arrested", "evacuated"];

/// Whether the article form of `one` at `i` (`eine`, `ein`) states a count
/// of the noun after it: a limiter right before it (`nur ein Kind`,
/// `mindestens eine Person`), or a predicate of people counted (`vermisst`,
/// `getötet`) in the few words after the noun. Idioms (`eine
/// Rolle spielen`, `ein Zeichen setzen`) have neither.
pub(super) fn states_one(t: &Toks, i: usize, lang: Lang) -> bool {
    let words = lang.words();
    if !t.is_word(i) || !t.is_any(i, words.units.article_ones) {
        return false;
    }
    let Some((_, end)) = noun::after(t, i + 1, lang) else { return false };
    if i > 0 && t.is_any(i - 1, words.units.one_limiters) {
        return true;
    }
    let counted = |w: &str| {
        let w = crate::text::words::fold(w);
        words.frames.predicates.iter().filter(|(class, _)| COUNT_CLASSES.contains(class)).any(|(_, list)| {
            list.iter().any(|e| match e.strip_suffix('*') {
                Some(stem) => w.starts_with(stem),
                None => *e == w,
            })
        })
    };
    (end..(end + 5).min(t.len()))
        .take_while(|&k| !t.is_mark(k, '.') && !t.is_mark(k, ';'))
        .any(|k| t.is_word(k) && counted(t.low(k)))
}

/// Whether the number at `i` names something rather than counts it: a
/// route, line or flight (`Route 52`, `Autobahn 9`, `Flight 370` — a
/// capitalised word inside the sentence right before a bare number that no
/// noun follows), a kilometre post (`bei Kilometer 30`), a number sign
/// (`No. 12`, `Nr. 5`, `#3`), a street block (`the 2200 block of`).
pub(super) fn is_identifier(t: &Toks, i: usize, end: usize, lang: Lang) -> bool {
    if i == 0 {
        return false;
    }
    // `1 234 567`: digits grouped by spaces make an amount
    if (i..end.saturating_sub(1)).any(|k| !t.tight(k)) {
        return false;
    }
    let p = i - 1;
    if t.is_mark(p, '#') && t.tight(p) {
        return true;
    }
    let lw = &lang.words().units;
    if t.is_mark(p, '.') && p > 0 && t.tight(p - 1) && t.is_any(p - 1, lw.number_signs) {
        return true;
    }
    if lw.address_after.iter().any(|a| t.sequence(i + 1, a).is_some()) {
        return true;
    }
    // `a 911 call`: a number dialled, not a count of calls; `a
    // .357-caliber revolver`: a bore
    let tails = lang.words().units.identifier_tails;
    let last = end.saturating_sub(1).max(i);
    if t.is_digits(last)
        && (t.is_any(last + 1, tails) || t.is_mark(last + 1, '-') && t.tight(last) && t.is_any(last + 2, tails))
    {
        return true;
    }
    if !t.is_word(p) {
        return false;
    }
    if t.is_any(p, lw.identifier_heads) && !t.is_mark(i + 1, '-') && units::at_in(t, i + 1, lang).is_none() {
        return true;
    }
    // `bei Kilometer 30`: a length unit before the number, none after
    if units::at_in(t, p, lang).is_some_and(|(u, _)| u.dim == Dimension::Length)
        && !t.is_digits(p.wrapping_sub(1))
        && units::at_in(t, i + 1, lang).is_none()
    {
        return t.raw(p).len() > 2;
    }
    if t.capital(i + 1) || (t.is_mark(i + 1, '-') && t.tight(i)) {
        return false;
    }
    // `IE 7,`, `Since Week 11,`, `WCCO-TV Channel 4.`: a capitalised word
    // or an acronym inside the sentence, the number ending the phrase
    let first_word = (0..p).all(|k| !t.is_word(k));
    let nouns_capitalized = lang.words().frames.nouns_capitalized;
    let joins = t.is_any(end, lw.and) || t.is_any(end, lw.or);
    let ends_phrase = (joins || !(t.is_word(end) && (nouns_capitalized || !t.capital(end)))) && !t.is_digits(end);
    // where nouns are capitalised, a noun before a number is as often its
    // subject (`ist Chinas Bevölkerung 1 414 021 100`): acronyms only
    let acronym = t.raw(p).chars().all(|c| c.is_uppercase() || c == '-');
    let inside = ends_phrase
        && !first_word
        && (acronym || !nouns_capitalized)
        && units::at_in(t, p, lang).is_none_or(|(u, _)| u.dim != Dimension::Currency);
    // a capitalised word after a lower-case one (`on state Route 52`, `auf
    // der Autobahn 9`): a name, where a noun would follow the number
    let after_lower = p > 0 && t.is_word(p - 1) && !t.capital(p - 1) && !t.raw(p).chars().all(char::is_uppercase);
    t.capital(p) && (inside || after_lower) && !is_calendar_word(t, p) && hedge::before_in(t, i, lang).is_none()
}

/// A month or weekday name at token `k`.
fn is_calendar_word(t: &Toks, k: usize) -> bool {
    super::calendar::month(t.low(k)).is_some() || super::calendar::weekday(t.low(k)).is_some()
}

/// Whether a number without a unit is part of a word or a name rather than
/// an amount: a compound modifier (`a three-point play`, `1-for-8`, `a
/// 12-member jury` — the number joined by a hyphen to a word that is not its
/// unit), or a number word capitalised inside a sentence that is not set in
/// title case (`BBC One`, `The Three Musketeers`).
pub(super) fn is_modifier_or_name(t: &Toks, n: &Num, lang: Lang) -> bool {
    let e = n.end;
    if n.end == n.start + 1 && t.is_mark(e, '-') && t.tight(e - 1) && t.tight(e) && t.is_word(e + 1) {
        return true;
    }
    let s = n.start;
    let lower_near = (s.saturating_sub(2)..e + 3).any(|k| (k < s || k >= e) && t.is_word(k) && !t.capital(k));
    // (where nouns are capitalised, `Millionen`, `Dutzende` are nouns)
    if lang.words().frames.nouns_capitalized || !lower_near || s == 0 {
        return false;
    }
    let quoted = s > 1 && t.is_word(s - 2) && t.mark(s - 1).is_some_and(|c| "\"“‘'„".contains(c));
    // `the 2009 Omnibus Appropriations Act`, `an 8 Block gang`: plain
    // digits without a hedge before a capitalised word that is not a month,
    // a weekday or a people are part of a name where common nouns are
    // lower-case
    let named = n.plain
        && t.capital(e)
        && hedge::before_in(t, s, lang).is_none()
        && !is_calendar_word(t, e)
        && noun::after(t, e, lang).is_none()
        && units::at_in(t, e, lang).is_none()
        && ((1800.0..=2100.0).contains(&n.value) || !counts_after_name(t, e, lang));
    (!n.digits && t.capital(s) && (t.is_word(s - 1) || quoted)) || (n.digits && named && t.is_word(s - 1))
}

/// `500 Windows users`, `64 Intel Xeon processors`: after the capitalised
/// words at `e`, a plural noun says the number counts it.
fn counts_after_name(t: &Toks, e: usize, lang: Lang) -> bool {
    let k = (e..e + 4).find(|&k| !t.capital(k)).unwrap_or(e + 4);
    let plural = lang.words().units.counted.plural_ending;
    t.is_word(k) && t.low(k).ends_with(plural) && noun::after(t, k, lang).is_some()
}

/// A score or record, not a range: `44-26`, `a 31-24 win`, `(25-7)`, a
/// second number no larger than the first, or a pair after an article.
pub(super) fn is_score(t: &Toks, num: &Num, k: usize, lang: Lang) -> bool {
    if !num.digits || !t.tight(k - 1) || !t.tight(k) || !t.is_digits(k + 1) {
        return false;
    }
    let b = t.int(k + 1).map_or(0.0, |v| v as f64);
    let s = num.start;
    // `a 31-24 win`; `the 15-17 Bulldogs`: a team's record before its name
    let lw = &lang.words().units;
    let article = s > 0 && (t.is_any(s - 1, lw.articles) || (t.is_any(s - 1, lw.definite) && t.capital(k + 2)));
    let parens = s > 0 && t.is_mark(s - 1, '(') && t.is_mark(k + 2, ')');
    // `555-1234`: a phone number
    let code = t.ndigits(s) == 3 && t.ndigits(k + 1) == 4;
    // `were 2-14`, `fell to 15-17`: two whole numbers with neither a unit
    // nor a noun after them are a record or a vote, not a range
    let bare = num.plain && units::at_in(t, k + 2, lang).is_none() && noun::after(t, k + 2, lang).is_none();
    b <= num.value || article || parens || code || bare
}

/// The end of a quake's magnitude written around the number at `a`.
pub(super) fn magnitude(t: &Toks, num: &Num, e: usize, lang: Lang) -> Option<usize> {
    let s = num.start;
    if !num.digits || num.value > 10.0 {
        return None;
    }
    let heads = lang.words().units.magnitude_heads;
    let before = (s > 0 && t.is_any(s - 1, heads)) || (s > 1 && t.is_mark(s - 1, '-') && t.is_any(s - 2, heads));
    if before {
        return Some(e);
    }
    lang.words().units.magnitude_after.iter().filter_map(|p| t.sequence(e, p)).max()
}

/// `€345 a month`, `twice a day`: an article after an amount makes a rate,
/// not a quantity of its own.
pub(super) fn is_rate(t: &Toks, i: usize, lang: Lang) -> bool {
    i > 0 && (t.is_digits(i - 1) || t.is_any(i - 1, lang.words().units.rate_before))
}

/// `Cheeks, 48, was fired`: a bare number between commas right after a name
/// is the person's age.
pub(super) fn is_apposed_age(t: &Toks, n: &Num) -> bool {
    let s = n.start;
    n.digits
        && n.end == s + 1
        && (1.0..=120.0).contains(&n.value)
        && s >= 2
        && t.is_mark(s - 1, ',')
        && t.capital(s - 2)
        && (t.is_mark(n.end, ',') || t.is_mark(n.end, ')'))
}

/// `the 2005 peace deal`, `its 2009 season`: a figure of four digits that
/// could be a year, after a determiner and before a noun in the singular,
/// is the year of what the noun names (`the 2000 people` stays a count).
pub(super) fn is_year_modifier(t: &Toks, n: &Num, lang: Lang) -> bool {
    let units = &lang.words().units;
    let ending = units.plural_ending;
    if ending.is_empty() || n.end != n.start + 1 || !t.is_digits(n.start) || t.raw(n.start).len() != 4 {
        return false;
    }
    let year = (1800.0..=2100.0).contains(&n.value);
    let after_determiner = n.start > 0 && t.is_any(n.start - 1, lang.words().keys.determiners);
    let noun = n.end;
    let singular = t.is_word(noun)
        && !t.capital(noun)
        && !t.low(noun).ends_with(ending)
        && !t.is_any(noun, units.irregular_plurals);
    year && after_determiner && singular
}
