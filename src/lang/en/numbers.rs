//! English numbers and units: separators, number words, the nouns counted.

use crate::lang::numerals;
use crate::lang::{Counted, Hedges, Units};

#[rustfmt::skip]
pub(super) const UNITS: Units = Units {
    separators: (',', '.'),
    dot_decimal_too: false,
    short_scale: true,
    cardinal: |w| numerals::en_cardinal(w).map(f64::from),
    ordinal: numerals::en_ordinal,
    fraction: numerals::en_fraction,
    temperature_context: &[
        "temperature", "temperatures", "celsius", "fahrenheit", "warm", "warmer", "cold", "colder", "hot",
        "heat", "freezing", "frost", "minus", "plus", "shade", "weather", "highs", "lows", "fever",
    ],
    identifier_heads: &[
        "route", "highway", "hwy", "interstate", "freeway", "motorway", "road", "street", "avenue", "line",
        "flight", "platform", "gate", "exit", "junction", "room", "suite", "page", "chapter", "section",
        "article", "terminal", "pier", "precinct", "district", "ward", "bus", "lane", "dial", "dialed", "dialled",
    ],
    identifier_tails: &["call", "caller", "dispatcher", "operator", "hotline", "caliber", "calibre", "magnum"],
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
        capital_noun_endings: &["ans", "is", "ese", "ites", "ists", "ics", "ims", "ons", "ats", "ens", "ds", "ks", "ines"],
        plural_words: &["men", "women", "children", "people", "police", "policemen", "firemen"],
        singular,
    },
    unit_words: &[
        ("km", &["km", "kilometer", "kilometers", "kilometre", "kilometres"]),
        ("m", &["meter", "meters", "metre", "metres"]), ("mile", &["mile", "miles"]),
        ("cm", &["cm", "centimeter", "centimeters", "centimetre", "centimetres"]),
        ("mm", &["mm", "millimeter", "millimetre", "millimetres", "millimeters"]), ("inch", &["inch", "inches"]),
        ("foot", &["feet", "foot", "ft"]), ("yard", &["yard", "yards", "yd"]),
        ("s", &["sec", "secs", "second", "seconds"]), ("min", &["min", "mins", "minute", "minutes"]),
        ("h", &["hour", "hours", "hrs"]), ("day", &["day", "days"]), ("week", &["week", "weeks"]),
        ("month", &["month", "months"]), ("year", &["year", "years"]), ("decade", &["decade", "decades"]),
        ("century", &["century", "centuries"]), ("%", &["percent"]),
        ("kg", &["kg", "kilo", "kilos", "kilogram", "kilograms"]), ("g", &["gram", "grams"]), ("mg", &["mg"]),
        ("t", &["tonne", "tonnes", "tons"]), ("lb", &["lb", "lbs"]), ("l", &["liter", "liters", "litre", "litres"]),
        ("ml", &["ml"]), ("hl", &["hl"]), ("barrel", &["barrel", "barrels"]), ("gallon", &["gallon", "gallons"]),
        ("ha", &["ha", "hectare", "hectares"]), ("acre", &["acre", "acres"]), ("km/h", &["kmh"]), ("mph", &["mph"]),
        ("knot", &["knots"]), ("magnitude", &["magnitude"]), ("W", &["watt", "watts"]),
        ("kW", &["kilowatt", "kilowatts"]), ("MW", &["megawatt", "megawatts"]), ("GW", &["gigawatt", "gigawatts"]),
        ("EUR", &["euro", "euros", "eur"]), ("cent", &["cent"]), ("USD", &["dollar", "dollars", "usd"]),
        ("RUB", &["rub", "rubles", "roubles", "rouble", "ruble"]), ("KRW", &["won", "krw"]),
        ("GBP", &["gbp", "pound", "pounds"]), ("JPY", &["yen", "jpy"]), ("CNY", &["yuan", "renminbi", "cny"]),
        ("CHF", &["chf"]), ("UAH", &["hryvnia", "hryvnias"]), ("INR", &["rupees"]),
    ],
    unit_phrases: &[
        ("nmi", &["nautical miles", "nautical mile"]),
        ("km2", &["square kilometres", "square kilometers", "square kilometre", "square kilometer", "square km"]),
        ("m2", &["square metres", "square meters", "square metre", "square meter", "square m"]),
        ("sqmi", &["square miles", "square mile"]),
        ("m3", &["cubic metres", "cubic meters", "cubic metre", "cubic meter"]),
        ("%", &["per cent"]), ("pp", &["percentage points", "percentage point"]),
    ],
    abbreviations: &["min", "mins", "secs", "hrs"],
    per_hour: &["per", "an"],
    degrees: &["degrees", "degree"],
    old: &["old"],
    minus: &["minus"],
    decimal_words: &["point"],
    and: &["and"],
    or: &["or"],
    and_a_half: &["a half"],
    zero: &["none"],
    between: &["between"],
    range_to: &["to"],
    since: &[],
    vague_since: &[],
    vague_spans: &[],
    whole: &[],
    unit_counts: &[],
    both: &["both"],
    tens: &["tens"],
    number_signs: &["no", "nos"],
    address_after: &["block of"],
    definite: &["the"],
    magnitude_after: &["on the richter scale", "on the richter"],
    not_counts: &[
        "a second", "an second", "one thing", "one reason", "one way", "one another", "one side", "one hand",
        "both sides", "two sides", "zero day",
    ],
    plural_ending: "s",
    irregular_plurals: &[
        "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "feet", "teeth", "mice",
        "geese", "sheep", "fish", "deer", "troops", "crew",
    ],
};

#[rustfmt::skip]
pub(super) const HEDGES: Hedges = Hedges {
    phrases: &[
        ("approx", &[
            "about", "around", "roughly", "some", "approximately", "approx .", "an estimated", "estimated", "ca .",
            "ca", "circa",
        ]),
        ("above", &["just over", "more than", "over", "upwards of"]),
        ("below", &["just under", "nearly", "almost"]),
        ("at_most", &[
            "as many as", "as much as", "up to", "at most", "no more than", "less than", "fewer than", "under",
            "within",
        ]),
        ("at_least", &["at least", "no fewer than"]),
        ("exact", &["exactly", "precisely"]),
    ],
    digits_only: &[],
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
