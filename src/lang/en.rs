//! English: its word lists and patterns.

use super::numerals;
use super::{Body, Counted, Dates, DayPart, Frames, Language, RoleClass, Speech, TimeUnit, Units};

#[rustfmt::skip]
pub(crate) static EN: Language = Language {
    code: "en",
    names: &["english"],
    function_words: &[
        "the", "and", "is", "of", "to", "in", "that", "was", "for", "with", "on", "said", "has", "have", "it", "by",
        "from", "at", "his", "her", "were", "will", "be", "an", "a", "are",
    ],
    trigrams: whatlang::Lang::Eng,
    units: Units {
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
    },
    dates: Dates {
        dotted_day_month: false,
        slash_month_first: true,
        decade_suffixes: &["er", "s"],
        am_is_morning: true,
        word_minutes: false,
        after_bare_hour: &["in", "on", "local", "sharp", "tonight", "today", "yesterday", "this"],
        after_year: &["and", "to", "was", "were", "when"],
        word_months: &["march", "may"],
        future_words: &["will", "shall", "scheduled", "expected", "plans", "planned", "due"],
        past_words: &["was", "were", "had", "has", "have", "did", "said", "told"],
        stamp_words: &[
            "published", "updated", "last updated", "posted", "created", "story created", "last modified",
            "released", "first published", "date:",
        ],
        time_units: &[
            ("second", TimeUnit::Second), ("seconds", TimeUnit::Second), ("minute", TimeUnit::Minute),
            ("minutes", TimeUnit::Minute), ("min", TimeUnit::Minute), ("hour", TimeUnit::Hour), ("hours", TimeUnit::Hour),
            ("day", TimeUnit::Day), ("days", TimeUnit::Day), ("week", TimeUnit::Week), ("weeks", TimeUnit::Week),
            ("month", TimeUnit::Month), ("months", TimeUnit::Month), ("quarter", TimeUnit::Quarter),
            ("quarters", TimeUnit::Quarter), ("year", TimeUnit::Year), ("years", TimeUnit::Year),
        ],
        day_parts: &[
            ("morning", DayPart::Morning), ("noon", DayPart::Noon), ("midday", DayPart::Noon),
            ("afternoon", DayPart::Afternoon), ("evening", DayPart::Evening), ("night", DayPart::Night),
        ],
        day_part_openers: &["in the", "during the", "early in the", "late in the", "this"],
        night_before: &["the night before", "in the night before", "overnight into", "overnight to"],
        game_clock_after: &["left", "remaining", "to go", "to play", "on the clock"],
        game_words: &[
            "scored", "scoring", "score", "touchdown", "touchdowns", "goal", "goals", "points", "halftime",
            "overtime", "inning", "innings", "rebounds", "assists", "yards", "quarterback", "game", "basket",
            "field", "kickoff",
        ],
        last_night: &["overnight", "last night"],
    },
    body: Body {
        comment_headings: &[
            "comments", "comment", "reader comments", "readers' comments", "join the discussion", "discussion",
            "leave a comment", "add a comment", "post a comment", "your comments", "have your say", "view comments",
            "show comments",
        ],
        ago_words: &["ago"],
        ago_units: &[
            "sec", "secs", "seconds", "min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years",
        ],
    },
    frames: Frames {
        predicates: &[
            ("killed", &["killed", "kill*", "dead", "death*", "died", "fatal*", "bodies", "perished", "lives"]),
            ("injured", &["injur*", "wounded", "wounding", "hurt", "hospitali*"]),
            ("missing", &["missing", "unaccounted"]),
            ("evacuated", &["evacua*", "displaced", "homeless", "shelter*", "fled"]),
            ("rescued", &["rescu*", "saved", "survivor*", "survived"]),
            ("aboard", &["aboard", "board", "onboard"]),
            ("arrested", &["arrest*", "detain*", "custody", "jailed"]),
            ("seized", &["seiz*", "confiscat*"]),
            ("recovered", &["recover*"]),
            ("damaged", &["damag*", "destroy*", "collapsed"]),
            ("rushed", &["rush*", "carries", "carried", "ran", "running"]),
            (
                "passed",
                &[
                    "pass", "passing", "passed", "threw", "throwing", "thrown", "completed", "completing",
                    "completion*", "attempts",
                ],
            ),
            ("caught", &["caught", "catch*", "reception*", "receiving"]),
            ("scored", &["scored", "scoring", "points", "goals"]),
            ("rebounds", &["rebound*"]),
            ("blocked", &["blocked", "blocks"]),
            ("assists", &["assist*"]),
            ("sacked", &["sack*"]),
            ("exposed", &["exposed", "affected"]),
            ("flown", &["flew", "flown", "flying", "flight"]),
            ("launched", &["launch*", "fired"]),
            ("polled", &["polled", "surveyed", "respondents"]),
        ],
        properties: &[
            ("depth", &["depth", "deep", "beneath", "below", "underground"]),
            (
                "distance",
                &[
                    "away", "from", "distance", "off", "north", "south", "east", "west", "northeast", "northwest",
                    "southeast", "southwest", "offshore",
                ],
            ),
            ("range", &["range"]),
            ("length", &["long", "length"]),
            ("height", &["high", "height", "tall"]),
            ("width", &["wide", "width"]),
            ("area", &["area"]),
            ("magnitude", &["magnitude"]),
            (
                "cost",
                &["cost*", "worth", "price*", "paid", "pay", "damage*", "fine", "fined", "bail", "salary", "contract"],
            ),
            ("age", &["old", "aged"]),
            ("share", &["share", "stake"]),
            ("temperature", &["temperature*", "degree*"]),
        ],
        generic: &["people", "person", "persons", "individuals", "residents", "men", "women"],
        scopes: &[
            ("total", &["in all", "a total of", "total", "totalling", "overall", "altogether", "combined", "all"]),
            (
                "part",
                &[
                    "of whom", "of which", "among them", "including", "among", "first", "his first", "her first",
                    "their first", "last",
                ],
            ),
            ("more", &["another", "additional", "further", "more", "other"]),
            ("per", &["each", "per", "average", "averaging", "averaged", "a game", "a season"]),
            ("so_far", &["so far", "to date", "until now", "thus far", "yet", "since week", "since the start"]),
            ("remaining", &["remaining", "still", "left"]),
        ],
        per_after: &[
            "each", "apiece", "per", "a game", "per game", "a season", "a year", "a day", "a month", "an hour",
            "a week",
        ],
        part_after: &[
            "in the * round", "in the * quarter", "in the * half", "in the * inning", "in the * period",
            "in the * set", "in the * lap", "in round", "in the * game of", "in the round", "during the round",
            "during the * round", "during the * half", "during the * quarter", "during the * inning",
            "on the * day", "in the * meeting",
        ],
        attaching: &["of"],
        earlier: &[
            "previous*", "prior", "earlier", "former*", "last year", "last season", "ago", "once", "since",
            "back in", "in 19*", "in 20*", "record",
        ],
        qualifiers: &[
            "critically", "seriously", "severely", "slightly", "minor", "lightly", "serious", "critical", "minor",
        ],
        clause_breaks: &["while", "whereas", "but", "although", "after", "before", "when", "and"],
        pronouns: &["he", "she", "his", "her", "him", "they", "their", "them"],
        nouns_capitalized: false,
        determiners: &[
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "every", "each",
        ],
        count_modifiers: &[
            "consecutive", "straight", "successive", "separate", "additional", "further", "total", "other", "others",
        ],
        reporting: &[
            "said", "says", "say", "told", "tell", "according", "reported", "reports", "added", "stated", "announced",
            "confirmed", "estimated", "officials", "official",
        ],
        ordinals: &["first", "second", "third", "fourth", "fifth", "sixth", "opening", "final"],
    },
    speech: SPEECH,
};

// ---- speech ----

#[rustfmt::skip]
const SPEECH: Speech = Speech {
    stems: &[
        "add", "warn", "explain", "stat", "state", "repl", "ask", "insist", "not", "note", "claim", "declar",
        "declare", "announc", "announce", "confirm", "assert", "argu", "argue", "admit", "acknowledg", "acknowledge",
        "recall", "complain", "comment", "continu", "continue", "conclud", "conclude", "stress", "emphasiz",
        "emphasise", "emphasize", "observ", "observe", "remark", "report", "respond", "answer", "urg", "urge", "vow",
        "promis", "promise", "predict", "suggest", "recount", "describ", "describe", "joke", "jok", "quipp", "quip",
        "shout", "yell", "scream", "whisper", "tweet", "post", "testifi", "testify", "mention", "affirm", "reiterat",
        "reiterate", "agre", "agree", "disagre", "disagree", "caution", "lament", "boast", "mus", "muse", "demand",
        "pledg", "pledge", "reveal", "point", "telephon", "wonder", "counter", "retort", "conced", "concede",
        "estimat", "estimate", "reason", "contend", "maintain", "predict", "opin", "opine",
    ],
    endings: &["s", "ed", "d", "es", "ied", "ies"],
    participle_prefix: "",
    unprefixed: &[],
    forms: &[
        "said", "says", "say", "told", "tells", "wrote", "writes", "spoke", "speaks", "thought", "thinks", "felt",
        "feels", "put", "replied", "replies", "cried", "denied", "implied", "recalls", "forbade",
    ],
    separable: &[],
    separable_forms: &["out pointed", "out points", "on went", "on goes", "up summed", "up sums"],
    telling: &["told", "tells", "tell"],
    quoted: &["quoted"],
    quoted_auxiliaries: &["was", "is", "were", "are"],
    so: &[],
    nouns: &["statement", "statements", "words", "remarks", "interview", "comment", "comments", "message", "speech"],
    naming: &[
        "called", "dubbed", "named", "titled", "entitled", "nicknamed", "motto", "slogan", "headline", "title",
        "film", "book", "album", "song", "campaign", "operation", "program", "programme", "so-called",
    ],
    name_slots: &["the", "a", "an", "in", "of", "for", "at", "on", "by", "from", "to", "with", "his", "her", "their"],
    prepositions: &[
        "for", "of", "with", "against", "at", "by", "to", "from", "about", "on", "in", "into", "without", "after",
        "before", "behind", "between", "over", "under", "told",
    ],
    reflexive: &[],
    calling: &["as"],
    coordinators: &["and", "or"],
    predicative: &["as", "a", "an"],
    reported: &[],
    source_before: &["according to"],
    source_after: &[],
    source_preposition: &[],
    source_nouns: &[],
    genitive: &["of"],
    pronouns: &["he", "she", "they"],
    impersonal: &["it", "one"],
    impersonal_verbs: &[],
    impersonal_sources: &[],
    subject_articles: &["the", "a", "an", "his", "her", "their", "its", "our"],
    quantifiers: &[
        "some", "many", "several", "all", "both", "other", "few", "no", "every", "each", "these", "those", "two",
        "three", "this", "that", "any", "most",
    ],
    auxiliaries: &["has", "had", "have", "was", "is", "will", "would", "could", "did"],
    object_articles: &["him", "them", "us", "me"],
    conjunctions: &["and"],
    subordinators: &[
        "as", "while", "when", "after", "because", "and", "but", "that", "though", "although", "before", "also",
        "even", "only",
    ],
    relatives: &["who", "which", "that", "whose"],
    not_names: &[
        "The", "A", "An", "And", "But", "Or", "As", "At", "In", "On", "Of", "For", "With", "By", "From", "To", "It",
        "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
        "There", "Here", "Then", "Now", "Also", "However", "Meanwhile", "Still", "Yet", "So", "When", "While",
        "After", "Before", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Tonight", "Last", "Next", "Police",
        "Officials", "According", "Speaking", "Asked", "If", "Although", "Because", "Since", "Mr", "Mrs", "Ms",
    ],
    titles: &["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Rev", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt"],
    calendar: &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "weekend",
        "morning", "evening", "afternoon", "night", "today", "yesterday", "tomorrow",
    ],
    noun_endings: &[],
    person_endings: &["er", "ers", "or", "ors", "ist", "ists", "ent", "ents", "ian", "ians"],
    roles: &[
        ("president", RoleClass::Leader),
        ("leader", RoleClass::Leader),
        ("dictator", RoleClass::Leader),
        ("chancellor", RoleClass::Leader),
        ("premier", RoleClass::Leader),
        ("governor", RoleClass::Leader),
        ("mayor", RoleClass::Leader),
        ("king", RoleClass::Leader),
        ("queen", RoleClass::Leader),
        ("spokesman", RoleClass::Spokes),
        ("spokeswoman", RoleClass::Spokes),
        ("spokesperson", RoleClass::Spokes),
        ("minister", RoleClass::Minister),
        ("secretary", RoleClass::Minister),
        ("senator", RoleClass::Minister),
        ("director", RoleClass::Other),
        ("ambassador", RoleClass::Other),
        ("general", RoleClass::Other),
        ("commander", RoleClass::Other),
        ("chief", RoleClass::Other),
        ("officer", RoleClass::Other),
        ("official", RoleClass::Other),
        ("analyst", RoleClass::Other),
        ("expert", RoleClass::Other),
        ("professor", RoleClass::Other),
        ("researcher", RoleClass::Other),
        ("scientist", RoleClass::Other),
        ("lawyer", RoleClass::Other),
        ("attorney", RoleClass::Other),
        ("judge", RoleClass::Other),
        ("prosecutor", RoleClass::Other),
        ("chairman", RoleClass::Other),
        ("chairwoman", RoleClass::Other),
        ("founder", RoleClass::Other),
        ("manager", RoleClass::Other),
        ("coach", RoleClass::Other),
        ("producer", RoleClass::Other),
        ("witness", RoleClass::Other),
        ("representative", RoleClass::Other),
        ("ceo", RoleClass::Other),
    ],
    compound_roles: false,
    role_endings: &["s"],
    organisations: &[
        "police", "ministry", "department", "government", "court", "company", "university", "commission", "council",
        "office", "army", "military", "party", "union", "committee", "association", "organization", "organisation",
        "institute", "foundation", "bureau", "authority", "authorities", "administration", "campaign", "agency",
        "service", "services", "team", "studio", "studios", "network", "board",
    ],
    media: &[
        "newspaper", "television", "tv", "press", "news", "times", "post", "magazine", "radio", "broadcaster",
        "channel", "journal",
    ],
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
