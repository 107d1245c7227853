//! German numbers and units: separators, number words, the nouns counted.

use crate::lang::numerals;
use crate::lang::{Counted, Units};

#[rustfmt::skip]
pub(super) const UNITS: Units = Units {
    separators: ('.', ','),
    dot_decimal_too: true,
    short_scale: false,
    cardinal: numerals::de_cardinal,
    ordinal: numerals::de_ordinal,
    fraction: numerals::de_fraction,
    temperature_context: &[
        "temperatur", "temperaturen", "celsius", "fahrenheit", "warm", "wärmer", "kalt", "kälter", "heiß",
        "hitze", "frost", "minus", "plus", "schatten", "wetter", "höchstwerte", "tiefstwerte", "fieber",
    ],
    identifier_heads: &[
        "autobahn", "bundesstraße", "landstraße", "kreisstraße", "staatsstraße", "linie", "buslinie", "flug",
        "gleis", "bahnsteig", "ausfahrt", "abfahrt", "anschlussstelle", "zimmer", "haus", "hausnummer", "block",
        "seite", "kapitel", "paragraf", "paragraph", "artikel", "tor", "terminal", "halle", "platz", "rang",
        "startnummer", "trikotnummer",
    ],
    identifier_tails: &["notruf", "anruf", "anrufer", "hotline", "notrufnummer"],
    magnitude_heads: &["stärke", "magnitude", "richterskala"],
    rate_before: &["einmal", "zweimal", "dreimal", "mal"],
    few: &[
        ("mehrere", 2.0, 9.0),
        ("einige", 2.0, 9.0),
        ("etliche", 2.0, 9.0),
        ("wenige", 2.0, 5.0),
        ("paar", 2.0, 5.0),
    ],
    article_ones: &["ein", "eine", "einer", "einen", "einem", "eines"],
    one_limiters: &["nur", "noch", "mindestens", "wenigstens", "lediglich", "genau", "bloß", "insgesamt"],
    vague_of: &[],
    one_is_numeral: false,
    dotted_ordinals: true,
    unit_verbs: &[],
    hyphenated_tens: false,
    articles: &[],
    hundreds: None,
    counted: Counted {
        not_nouns: &[
            "uhr", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
            "prozent", "mal", "und", "oder", "bis", "stück", "stücke", "stücken", "stk",
        ],
        adjective_endings: &["e", "en", "er", "es", "em"],
        not_adjectives: &[
            "werden", "wurden", "haben", "hatten", "seien", "waren", "sollen", "können", "müssen", "dürfen", "wollen",
            "über", "unter", "aber", "oder", "hinter", "wieder", "immer", "später", "vorher", "nachher", "weiter", "mehr",
            "sehr", "gegen", "neben", "zwischen", "sagte", "hatte", "wurde", "werde", "habe", "seine", "seinen", "ihre",
            "ihren", "diese", "dieser", "diesen", "jeder", "jede", "jeden", "eine", "einen", "einer", "eines", "einem",
        ],
        plural_ending: "",
        not_noun_endings: &[],
        singular,
    },
};

/// Plural endings and their singulars, longest first where it matters.
#[rustfmt::skip]
const PLURALS: &[(&str, &str)] = &[
    ("sonen", "son"), ("innen", "in"), ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"),
    ("ionen", "ion"), ("täten", "tät"), ("eten", "ete"), ("aten", "at"), ("isten", "ist"), ("anten", "ant"),
    ("enten", "ent"), ("ten", "te"), ("sse", "ss"), ("ern", "er"), ("sen", "se"), ("gen", "ge"), ("len", "le"),
    ("ken", "ke"), ("ben", "be"), ("fen", "fe"), ("zen", "ze"), ("den", "de"), ("ren", "re"), ("nen", "ne"),
    ("chen", "chen"),
];

/// A plural noun's singular where the ending shows it (`Raketen` → `Rakete`).
fn singular(w: &str) -> String {
    for &(pl, sg) in PLURALS {
        if w.len() > pl.len() + 2
            && let Some(stem) = w.strip_suffix(pl)
        {
            return format!("{stem}{sg}");
        }
    }
    w.to_string()
}
