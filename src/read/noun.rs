//! The thing counted after a number (`zwei Kurzstreckenraketen`,
//! `zwei ballistische Raketen`, `two missiles`), brought to a singular base
//! form where the ending shows it. Part of quantity extraction.

use super::token::Toks;
use crate::model::claim::Lang;

/// The noun counted after a number (`zwei Kurzstreckenraketen`,
/// `zwei ballistische Raketen`, `two missiles`), in a singular base form.
/// Where common nouns are capitalized, it is the capitalized word after at
/// most two adjectives; elsewhere a lower-case word, or the plural second
/// of two (`two ballistic missiles`).
pub fn after(t: &Toks, j: usize, lang: Lang) -> Option<(String, usize)> {
    let words = lang.words();
    let counted = &words.units.counted;
    let mut k = j;
    if words.frames.nouns_capitalized {
        // up to two adjectives right before the noun
        for _ in 0..2 {
            if t.is_word(k) && !t.capital(k) && is_adjective(t.low(k), lang) && t.is_word(k + 1) && !t.is_mark(k, ',') {
                k += 1;
            }
        }
        if k > j && !t.capital(k) {
            return None;
        }
        if !t.is_word(k) || !t.capital(k) || t.is_any(k, counted.not_nouns) || t.raw(k).len() < 2 {
            return None;
        }
        if t.raw(k).chars().all(|c| c.is_uppercase()) && t.raw(k).chars().count() <= 4 {
            return None;
        }
        // `Kim-Jong` style compounds: take the word as written up to the hyphen
        return Some(((counted.singular)(t.raw(k)), k + 1));
    }
    // `40 Palestinians killed`: a people, a party or a faith, not a name
    // that goes on (`3 Doors Down`)
    let capital_noun = t.capital(k)
        && !t.capital(k + 1)
        && !t.raw(k).chars().all(char::is_uppercase)
        && counted.capital_noun_endings.iter().any(|e| t.raw(k).ends_with(e));
    // `5,000 Web sites`, `64 Intel Xeon processors`: names before a plural
    // noun qualify it
    if t.capital(k) && !capital_noun {
        let n = (k..k + 3).find(|&n| !t.capital(n)).unwrap_or(k + 3);
        if t.is_word(n) && !t.is_any(n, counted.not_nouns) && t.low(n).ends_with(counted.plural_ending) {
            k = n;
        }
    }
    if !t.is_word(k) || t.is_any(k, counted.not_nouns) || (t.capital(k) && !capital_noun) {
        return None;
    }
    if capital_noun {
        return Some(((counted.singular)(t.raw(k)), k + 1));
    }
    // `two ballistic missiles`: prefer a plural second word
    let plural = counted.plural_ending;
    if t.is_word(k + 1)
        && !t.capital(k + 1)
        && !t.is_any(k + 1, counted.not_nouns)
        && !t.low(k).ends_with(plural)
        && (t.low(k + 1).ends_with(plural) || t.is_any(k + 1, counted.plural_words))
        && !t.tight(k)
    {
        k += 1;
    }
    let w = t.low(k);
    if w.len() < 3 || counted.not_noun_endings.iter().any(|e| w.ends_with(e)) {
        return None;
    }
    Some(((counted.singular)(w), k + 1))
}

/// Whether a lower-case word has the ending of an adjective (`ballistische`).
fn is_adjective(w: &str, lang: Lang) -> bool {
    let counted = &lang.words().units.counted;
    w.len() > 3 && counted.adjective_endings.iter().any(|s| w.ends_with(s)) && !counted.not_adjectives.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        let singular_de = Lang::De.words().units.counted.singular;
        let singular_en = Lang::En.words().units.counted.singular;
        assert_eq!(singular_de("Kurzstreckenraketen"), "Kurzstreckenrakete");
        assert_eq!(singular_de("Reservisten"), "Reservist");
        assert_eq!(singular_de("Staaten"), "Staat");
        assert_eq!(singular_de("Personen"), "Person");
        assert_eq!(singular_de("Einzelpersonen"), "Einzelperson");
        assert_eq!(singular_en("missiles"), "missile");
        assert_eq!(singular_en("countries"), "country");
    }

    #[test]
    fn the_counted_noun_follows_the_language_s_capitals() {
        let noun = |s: &str, lang: Lang| after(&Toks::new(s), 0, lang).map(|(n, _)| n);
        assert_eq!(noun("ballistische Raketen", Lang::De).as_deref(), Some("Rakete"));
        assert_eq!(noun("ballistic missiles", Lang::En).as_deref(), Some("missile"));
        assert_eq!(noun("Prozent", Lang::De), None);
        assert_eq!(noun("percent", Lang::En), None);
    }
}
