//! German: its word lists and patterns.

use super::Language;

pub static DE: Language = Language {
    code: "de",
    names: &["german", "deutsch"],
    function_words: &[
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "für", "im",
        "sich", "dem", "des", "auch", "wurde", "hat", "sagte", "sei", "werden", "nach", "bei", "aus",
    ],
    trigrams: whatlang::Lang::Deu,
};
