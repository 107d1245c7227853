//! English numbers and units: separators, number words, the nouns counted.

use crate::lang::numerals;
use crate::lang::{Counted, Units};

#[rustfmt::skip]
pub(super) const UNITS: Units = Units {
    separators: (',', '.'),
    dot_decimal_too: false,
    short_scale: true,
    cardinal: |w| numerals::en_cardinal(w).map(f64::from),
    ordinal: numerals::en_ordinal,
    fraction: |_| None,
    temperature_context: &[
        "temperature", "temperatures", "celsius", "fahrenheit", "warm", "warmer", "cold", "colder", "hot",
        "heat", "freezing", "frost", "minus", "plus", "shade", "weather", "highs", "lows", "fever",
    ],
    identifier_heads: &[
        "route", "highway", "hwy", "interstate", "freeway", "motorway", "road", "street", "avenue", "line",
        "flight", "platform", "gate", "exit", "junction", "room", "suite", "page", "chapter", "section",
        "article", "terminal", "pier", "precinct", "district", "ward", "bus", "lane",
    ],
    identifier_tails: &["call", "caller", "dispatcher", "operator", "hotline"],
    magnitude_heads: &["magnitude", "richter"],
    rate_before: &["once", "twice", "thrice", "times"],
    few: &[("several", 2.0, 9.0), ("few", 2.0, 5.0), ("some", 2.0, 9.0)],
    article_ones: &["one"],
    one_limiters: &["only", "just", "least", "still", "exactly"],
    vague_of: &["of"],
    one_is_numeral: true,
    dotted_ordinals: false,
    unit_verbs: &["won"],
    hyphenated_tens: true,
    articles: &["a", "an"],
    hundreds: Some(("hundred", "and")),
    counted: Counted {
        not_nouns: &[
            "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "the", "a", "an", "was", "were", "is",
            "are", "had", "has", "have", "will", "would", "percent", "times", "a.m", "p.m", "am", "pm", "more", "less",
            "than", "per", "people's", "who", "which", "that", "as", "but", "after", "before", "since", "into", "out",
            "up", "down", "over", "under", "off", "this", "these", "those", "it", "its", "their", "his", "her", "o'clock",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december",
        ],
        adjective_endings: &[],
        not_adjectives: &[],
        plural_ending: "s",
        not_noun_endings: &["ly", "ed"],
        singular,
    },
};

/// A plural noun's singular where the ending shows it (`countries` → `country`).
fn singular(w: &str) -> String {
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
