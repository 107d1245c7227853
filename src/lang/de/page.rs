//! German page furniture and sentences: comment sections, credits, bylines,
//! teasers, boilerplate, and the abbreviations that do not end a sentence.

use crate::lang::{Body, Sentences};

#[rustfmt::skip]
pub(super) const BODY: Body = Body {
    comment_headings: &[
        "kommentare", "leserkommentare", "kommentar", "ihre meinung", "diskussion", "meinungen", "leserbriefe",
        "kommentieren", "kommentar schreiben", "kommentare anzeigen", "alle kommentare",
    ],
    ago_words: &["vor"],
    ago_units: &[
        "sek", "sekunden", "min", "minuten", "std", "stunde", "stunden", "tag", "tage", "tagen", "woche",
        "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren",
    ],
    comment_calls: &[
        "hinterlasse einen kommentar", "kommentar schreiben", "kommentieren", "sortiert nach", "antworten", "melden",
        "kommentare auf",
    ],
    credits: &["bild:", "foto:", "fotos:", "teaserbild:", "titelbild:", "quelle:", "copyright", "bildquelle:"],
    credits_inside: &[" bild: ", " foto: "],
    bylines: &["von:", "von "],
    teasers: &[
        "mehr news", "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren",
        "weitere artikel",
    ],
    boilerplate: &[
        "redaktion", "richtlinien", "impressum", "datenschutz", "newsletter", "cookie", "zertifiziert",
        "nutzungsbedingungen", "alle rechte", "abonnieren", "werbung", "informiert sie", "berichterstattung",
    ],
};

#[rustfmt::skip]
pub(super) const SENTENCES: Sentences = Sentences {
    abbreviations: &[
        "z", "b", "bzw", "ca", "dr", "nr", "st", "u", "a", "usw", "etc", "vgl", "prof", "hr", "fr", "mio", "mrd", "jh",
        "abs", "bzgl", "ggf", "inkl", "evtl", "sog", "gen", "o", "d", "h", "s", "v", "chr", "jan", "feb", "febr", "mär",
        "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "ing", "dipl", "min", "max", "tel", "str", "ff",
        "bd", "hrsg", "mag", "med", "phil", "rer", "nat", "e", "i", "zit", "zzgl", "ehem", "jhd", "ebd", "ders", "dies",
        "sek", "std", "tsd", "uhr",
    ],
};
