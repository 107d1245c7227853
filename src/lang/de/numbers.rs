//! German numbers and units: separators, number words, the nouns counted.

use crate::lang::numerals;
use crate::lang::{Counted, Hedges, Units};

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
    identifier_tails: &["notruf", "anruf", "anrufer", "hotline", "notrufnummer", "kaliber"],
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
    articles: &["ein", "eine", "einer", "einen", "einem", "eines"],
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
        capital_noun_endings: &[],
        plural_words: &[],
        singular,
    },
    unit_words: &[
        ("km", &["km", "kilometer", "kilometern"]), ("m", &["meter", "metern"]), ("mile", &["meile", "meilen"]),
        ("nmi", &["seemeile", "seemeilen"]), ("cm", &["cm", "zentimeter", "zentimetern"]),
        ("mm", &["mm", "millimeter", "millimetern"]), ("inch", &["zoll"]), ("foot", &["fuß", "fuss", "ft"]),
        ("yard", &["yard", "yards", "yd"]),
        ("s", &["sek", "sekunde", "sekunden",
            "sekündig", "sekündige", "sekündigen", "sekündiger", "sekündiges", "sekündigem"]),
        ("min", &["min", "minute", "minuten",
            "minütig", "minütige", "minütigen", "minütiger", "minütiges", "minütigem"]),
        ("h", &["std", "stunde", "stunden",
            "stündig", "stündige", "stündigen", "stündiger", "stündiges", "stündigem"]),
        ("day", &["tag", "tage", "tagen", "tages", "tg",
            "tägig", "tägige", "tägigen", "tägiger", "tägiges", "tägigem"]),
        ("week", &["woche", "wochen"]), ("month", &["monat", "monate", "monaten", "monats"]),
        ("year", &["jahr", "jahre", "jahren", "jahres"]), ("decade", &["jahrzehnt", "jahrzehnte", "jahrzehnten"]),
        ("century", &["jahrhundert", "jahrhunderte", "jahrhunderten"]),
        ("quarter_hour", &["viertelstunde", "viertelstunden"]), ("three_quarter_hour", &["dreiviertelstunde"]),
        ("%", &["prozent", "prozentig", "prozentige", "prozentigen", "prozentiger", "prozentiges", "prozentigem"]),
        ("pp", &["prozentpunkt", "prozentpunkte", "prozentpunkten"]),
        ("kg", &["kg", "kilogramm", "kilo"]), ("g", &["gramm"]), ("mg", &["mg", "milligramm"]),
        ("t", &["tonne", "tonnen"]), ("lb", &["lb", "lbs"]), ("l", &["liter", "litern"]), ("ml", &["ml", "milliliter"]),
        ("hl", &["hektoliter", "hl"]), ("m3", &["kubikmeter", "kubikmetern"]), ("barrel", &["barrel"]),
        ("gallon", &["gallone", "gallonen"]), ("km2", &["quadratkilometer", "quadratkilometern", "qkm"]),
        ("m2", &["quadratmeter", "quadratmetern", "qm"]), ("ha", &["hektar", "ha"]),
        ("km/h", &["kmh", "stundenkilometer", "stundenkilometern"]), ("mph", &["mph"]), ("knot", &["knoten"]),
        ("celsius", &["grad"]), ("age", &["jährig", "jährige", "jährigen", "jähriger", "jähriges", "jährigem"]),
        ("magnitude", &["magnitude"]), ("W", &["watt"]), ("kW", &["kilowatt"]), ("MW", &["megawatt"]),
        ("GW", &["gigawatt"]), ("EUR", &["euro", "eur"]), ("cent", &["cent"]), ("USD", &["dollar", "usd"]),
        ("RUB", &["rubel", "rub"]), ("KRW", &["won", "krw"]), ("GBP", &["pfund", "gbp"]), ("JPY", &["yen", "jpy"]),
        ("CNY", &["yuan", "renminbi", "cny"]), ("CHF", &["franken", "chf"]), ("UAH", &["hrywnja", "griwna"]),
        ("INR", &["rupien"]),
    ],
    unit_phrases: &[
        ("nmi", &["nautische meilen", "nautische meile", "nautischen meilen", "nautischen meile"]),
        ("GBP", &["britische pfund", "britischen pfund", "britisches pfund"]),
    ],
    abbreviations: &["std", "sek", "min", "tg", "mio", "mrd", "tsd", "mill", "mia"],
    per_hour: &["pro", "je", "in der"],
    degrees: &["grad"],
    old: &[],
    minus: &["minus", "negativ"],
    decimal_words: &["komma"],
    and: &["und"],
    or: &["oder"],
    and_a_half: &["ein halb"],
    zero: &["kein", "keine", "keiner", "keinen", "keines", "keinem"],
    between: &["zwischen"],
    range_to: &["bis"],
    since: &["seit"],
    vague_since: &["seit", "jahrelang"],
    vague_spans: &["jahren", "jahrzehnten", "monaten", "wochen"],
    whole: &["ganzen", "ganze", "ganzes"],
    unit_counts: &["viertelstunde", "dreiviertelstunde"],
    both: &["beide", "beiden", "beider"],
    tens: &[],
    number_signs: &["nr", "nrn"],
    address_after: &[],
    definite: &[],
    magnitude_after: &[],
    not_counts: &[],
    plural_ending: "",
    irregular_plurals: &[],
};

#[rustfmt::skip]
pub(super) const HEDGES: Hedges = Hedges {
    phrases: &[
        ("approx", &[
            "so um die", "um die", "an die", "in etwa", "so etwa", "ca .", "ca", "rund", "etwa", "ungefähr", "ungefahr",
            "circa", "zirka", "gegen", "schätzungsweise", "geschätzt", "geschätzte", "geschätzten",
        ]),
        ("above", &["knapp über", "weit über", "etwas mehr als", "mehr als", "über", "gut", "gute", "guten"]),
        ("below", &["knapp unter", "knapp", "fast", "beinahe", "nahezu", "annähernd"]),
        ("at_most", &["bis zu", "höchstens", "maximal", "weniger als", "unter", "innerhalb von", "im umkreis von"]),
        ("at_least", &["mindestens", "wenigstens", "zumindest"]),
        ("exact", &["genau", "exakt"]),
    ],
    digits_only: &["gegen"],
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
