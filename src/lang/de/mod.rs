//! German: its word lists and patterns, one file a group: numbers and units,
//! dates, page and sentences, speech, alignment words; identity and frames here.

mod dates;
mod numbers;
mod page;
mod speech;
mod words;

use crate::lang::{Frames, Language};

#[rustfmt::skip]
pub(crate) static DE: Language = Language {
    code: "de",
    names: &["german", "deutsch"],
    function_words: &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "für", "im",
        "sich", "dem", "des", "auch", "wurde", "hat", "sagte", "sei", "werden", "nach", "bei", "aus",
    ],
    trigrams: whatlang::Lang::Deu,
    units: numbers::UNITS,
    hedges: numbers::HEDGES,
    keys: words::KEYS,
    dates: dates::DATES,
    body: page::BODY,
    sentences: page::SENTENCES,
    frames: Frames {
        predicates: &[
            (
                "killed",
                &[
                    "tot", "tote", "toten", "todesopfer*", "getoetet*", "gestorben", "starben", "starb",
                    "umgekommen", "ums", "leichen", "todes*",
                ],
            ),
            ("injured", &["verletzt*", "verwundet*", "schwerverletzt*", "leichtverletzt*"]),
            ("missing", &["vermisst*", "verschollen*"]),
            ("evacuated", &["evakuiert*", "evakuierung*", "geflohen", "flohen", "obdachlos*", "notunterk*"]),
            ("rescued", &["gerettet*", "rettete*", "geborgen", "bargen", "lebend"]),
            ("aboard", &["bord", "insassen*"]),
            ("arrested", &["festgenommen*", "festnahme*", "verhaftet*", "inhaftiert*", "gefasst"]),
            ("attacked", &["angegriffen", "attackiert", "ueberfallen", "niedergestochen", "verpruegelt"]),
            ("seized", &["beschlagnahmt*", "sichergestellt*"]),
            ("recovered", &["wiedergefunden*", "zurueckerlangt*"]),
            ("damaged", &["beschaedigt*", "zerstoert*", "eingestuerzt*"]),
            ("flown", &["geflogen", "flogen", "flog", "fliegen", "flug"]),
            ("launched", &["abgefeuert*", "abgeschossen*", "gestartet*"]),
            ("deployed", &["eingesetzt*", "im einsatz"]),
        ],
        properties: &[
            ("depth", &["tiefe", "tief"]),
            (
                "distance",
                &[
                    "entfernt*", "entfernung*", "abstand", "oestlich", "westlich", "noerdlich", "suedlich",
                    "nordoestlich", "nordwestlich", "suedoestlich", "suedwestlich", "vor der kueste",
                ],
            ),
            ("range", &["reichweite*", "weit"]),
            ("length", &["lang", "lange", "langen", "laenge"]),
            ("height", &["hoch", "hohe", "hohen", "hoehe"]),
            ("width", &["breit", "breite", "breiten"]),
            ("area", &["flaeche*"]),
            ("magnitude", &["staerke", "magnitude"]),
            ("cost", &["kost*", "gekostet", "preis*", "schaden*"]),
            ("age", &["jahre alt", "alt", "alte", "alten", "jaehrig*"]),
            ("temperature", &["temperatur*", "grad"]),
        ],
        generic: &["mensch", "menschen", "person", "personen", "leute", "einwohner", "bewohner"],
        comparison: &["als"],
        scopes: &[
            ("total", &["insgesamt", "gesamt", "zusammen", "allein"]),
            (
                "part",
                &[
                    "darunter", "davon", "unter ihnen", "unter anderem", "einschliesslich", "von denen", "von ihnen",
                    "die ersten", "seine ersten", "ihre ersten",
                ],
            ),
            ("more", &["weitere", "weiteren", "weiterer", "zusaetzlich*", "noch einmal", "erneut"]),
            ("per", &["je", "jeweils", "pro", "durchschnittlich", "im schnitt"]),
            ("so_far", &["bislang", "bisher", "zuletzt", "inzwischen", "mittlerweile"]),
            ("remaining", &["noch", "verbleibend*", "restlich*", "uebrig*"]),
            ("needed", &["benoetigt*", "braucht*"]),
        ],
        per_after: &["je", "pro", "jeweils", "im jahr", "am tag", "pro tag"],
        part_after: &[
            "in der * runde", "in der * halbzeit", "im * viertel", "im * drittel", "im * satz", "in runde",
            "am * tag",
        ],
        attaching: &["von"],
        earlier: &[
            "vergangen*", "vorig*", "letzten jahr*", "damals", "frueher*", "zuvor", "einst", "ehemalig*", "vorjahr*",
        ],
        qualifiers: &["schwer", "leicht", "lebensgefaehrlich", "toedlich"],
        clause_breaks: &["waehrend", "wohingegen", "aber", "jedoch", "sowie", "nachdem", "bevor", "weil", "obwohl"],
        coordinators: &["und", "sowie"],
        relatives: &["der", "die", "welcher", "welche"],
        pronouns: &[
            "er", "sie", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer",
        ],
        nouns_capitalized: true,
        determiners: &[
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "ins",
            "am", "zum", "zur", "beim", "vom", "ans", "aufs", "sein", "seine", "seinen", "seinem", "seiner", "ihr",
            "ihre", "ihren", "ihrem", "unser", "unsere", "kein", "keine", "jede", "jeder", "jedes", "diese",
            "dieser", "dieses", "alle", "viele", "mehrere", "einige",
        ],
        count_modifiers: &["aufeinanderfolgend*", "hintereinander", "getrennt*", "separat*", "zusaetzlich*", "weitere*"],
        reporting: &[
            "sagte", "sagt", "sagten", "teilte", "teilten", "mit", "berichtete", "berichten", "berichtet", "hiess",
            "laut", "zufolge", "angaben", "erklaerte", "bestaetigte", "meldete",
        ],
        ordinals: &["erst*", "zweit*", "dritt*", "viert*", "fuenft*", "sechst*"],
    },
    speech: speech::SPEECH,
};
