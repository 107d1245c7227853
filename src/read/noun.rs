//! The thing counted after a number (`zwei Kurzstreckenraketen`,
//! `zwei ballistische Raketen`, `two missiles`), brought to a singular base
//! form where the ending shows it. Part of quantity extraction.

use super::token::Toks;
use crate::model::claim::Lang;

/// Words after a number that are not the thing counted.
#[rustfmt::skip]
const NOT_NOUNS_DE: &[&str] = &[
    "uhr", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "prozent", "mal", "und", "oder", "bis", "stück", "stücke", "stücken", "stk",
];

#[rustfmt::skip]
const NOT_NOUNS_EN: &[&str] = &[
    "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "the", "a", "an", "was", "were", "is",
    "are", "had", "has", "have", "will", "would", "percent", "times", "a.m", "p.m", "am", "pm", "more", "less",
    "than", "per", "people's", "who", "which", "that", "as", "but", "after", "before", "since", "into", "out",
    "up", "down", "over", "under", "off", "this", "these", "those", "it", "its", "their", "his", "her", "o'clock",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
];

/// The noun counted after a number (`zwei Kurzstreckenraketen`,
/// `zwei ballistische Raketen`, `two missiles`), in a singular base form.
pub fn after(t: &Toks, j: usize, lang: Lang) -> Option<(String, usize)> {
    match lang {
        Lang::De => {
            let mut k = j;
            // up to two adjectives right before the noun
            for _ in 0..2 {
                if t.is_word(k) && !t.capital(k) && is_adjective_de(t.low(k)) && t.is_word(k + 1) && !t.is_mark(k, ',')
                {
                    k += 1;
                }
            }
            if k > j && !t.capital(k) {
                return None;
            }
            if !t.is_word(k) || !t.capital(k) || t.is_any(k, NOT_NOUNS_DE) || t.raw(k).len() < 2 {
                return None;
            }
            if t.raw(k).chars().all(|c| c.is_uppercase()) && t.raw(k).chars().count() <= 4 {
                return None;
            }
            // `Kim-Jong` style compounds: take the word as written up to the hyphen
            Some((singular_de(t.raw(k)), k + 1))
        }
        Lang::En => {
            let mut k = j;
            if !t.is_word(k) || t.is_any(k, NOT_NOUNS_EN) || t.capital(k) {
                return None;
            }
            // `two ballistic missiles`: prefer a plural second word
            if t.is_word(k + 1)
                && !t.capital(k + 1)
                && !t.is_any(k + 1, NOT_NOUNS_EN)
                && !t.low(k).ends_with('s')
                && t.low(k + 1).ends_with('s')
                && !t.tight(k)
            {
                k += 1;
            }
            let w = t.low(k);
            if w.len() < 3 || w.ends_with("ly") || w.ends_with("ed") {
                return None;
            }
            Some((singular_en(w), k + 1))
        }
    }
}

/// Words ending like an adjective that are none.
#[rustfmt::skip]
const NOT_ADJECTIVES: &[&str] = &[
    "werden", "wurden", "haben", "hatten", "seien", "waren", "sollen", "können", "müssen", "dürfen", "wollen",
    "über", "unter", "aber", "oder", "hinter", "wieder", "immer", "später", "vorher", "nachher", "weiter", "mehr",
    "sehr", "gegen", "neben", "zwischen", "sagte", "hatte", "wurde", "werde", "habe", "seine", "seinen", "ihre",
    "ihren", "diese", "dieser", "diesen", "jeder", "jede", "jeden", "eine", "einen", "einer", "eines", "einem",
];

fn is_adjective_de(w: &str) -> bool {
    w.len() > 3 && ["e", "en", "er", "es", "em"].iter().any(|s| w.ends_with(s)) && !NOT_ADJECTIVES.contains(&w)
}

/// Plural endings and their singulars, longest first where it matters.
#[rustfmt::skip]
const PLURALS_DE: &[(&str, &str)] = &[
    ("sonen", "son"), ("innen", "in"), ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
    ("ionen", "ion"), ("täten", "tät"), ("eten", "ete"), ("aten", "at"), ("isten", "ist"), ("anten", "ant"),
    ("enten", "ent"), ("ten", "te"), ("sse", "ss"), ("ern", "er"), ("sen", "se"), ("gen", "ge"), ("len", "le"),
    ("ken", "ke"), ("ben", "be"), ("fen", "fe"), ("zen", "ze"), ("den", "de"), ("ren", "re"), ("nen", "ne"),
    ("chen", "chen"),
];

/// A German plural noun's singular where the ending shows it.
pub fn singular_de(w: &str) -> String {
    for &(pl, sg) in PLURALS_DE {
        if w.len() > pl.len() + 2
            && let Some(stem) = w.strip_suffix(pl)
        {
            return format!("{stem}{sg}");
        }
    }
    w.to_string()
}

pub fn singular_en(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies")
        && s.len() > 2
    {
        return format!("{s}y");
    }
    for suf in ["sses", "shes", "ches", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if let Some(s) = w.strip_suffix('s')
        && !s.ends_with('s')
        && s.len() > 2
    {
        return s.to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular_de("Kurzstreckenraketen"), "Kurzstreckenrakete");
        assert_eq!(singular_de("Reservisten"), "Reservist");
        assert_eq!(singular_de("Staaten"), "Staat");
        assert_eq!(singular_de("Personen"), "Person");
        assert_eq!(singular_de("Einzelpersonen"), "Einzelperson");
        assert_eq!(singular_en("missiles"), "missile");
        assert_eq!(singular_en("countries"), "country");
    }
}
