//! English words of alignment keys: stop words, endings, synonyms.

use crate::lang::Keys;

#[rustfmt::skip]
pub(super) const KEYS: Keys = Keys {
    stop_words: &[
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they", "we", "i", "you", "that",
        "this", "these", "those", "as", "not", "no", "about", "than", "then", "there", "their", "his", "her", "which",
        "who", "will", "would", "could", "should", "said", "says",
    ],
    endings: &[("es", ""), ("s", ""), ("ing", ""), ("ed", ""), ("ies", "y")],
    since: &["since"],
    until: &["until"],
    concepts: &[
        ("invasion", &["invasion", "incursion"]), ("treffen", &["meeting", "summit", "talks", "visit"]),
        ("rakete", &["missile", "missiles", "rocket", "rockets"]), ("weltraumbahnhof", &["spaceport", "cosmodrome"]),
        ("hand", &["hand", "hands", "handshake"]), ("grenze", &["border", "frontier"]),
        ("geflogen", &["flew", "flown", "flight", "fly"]), ("start", &["launch", "launched", "fired"]),
        ("waffen", &["weapons", "arms"]), ("munition", &["ammunition", "shells"]), ("russland", &["Russia", "Russian"]),
        ("nordkorea", &["Pyongyang"]), ("china", &["China", "Chinese"]), ("ukraine", &["Ukraine", "Ukrainian"]),
        ("japan", &["Japan", "Japanese"]), ("usa", &["USA", "US", "American"]), ("deutschland", &["Germany", "German"]),
        ("tote", &["dead", "killed", "died", "deaths", "fatalities"]),
        ("verletzte", &["injured", "wounded", "injuries"]),
        ("menschen", &["people", "persons"]), ("einwohner", &["residents", "inhabitants"]),
        ("gaeste", &["visitors", "spectators", "guests"]), ("kilometer", &["km", "kilometres", "kilometers"]),
        ("kosten", &["cost", "costs", "priced"]), ("lang", &["long", "length"]), ("breit", &["wide", "width"]),
        ("hoch", &["high", "height", "tall"]), ("wasser", &["water"]), ("bruecke", &["bridge"]),
        ("feuer", &["fire", "blaze"]), ("erdbeben", &["earthquake", "quake"]), ("staerke", &["magnitude"]),
        ("feuerwehr", &["firefighters"]), ("polizei", &["police"]),
        ("catches", &["catches", "catch", "receptions", "reception"]), ("regierung", &["government"]),
        ("praesident", &["president"]), ("sprecher", &["spokesman", "spokeswoman", "spokesperson"]),
    ],
    determiners: &["the", "a", "an", "his", "her", "their", "its", "this", "that"],
};
