//! English: its word lists and patterns.

use super::Language;

pub static EN: Language = Language {
    code: "en",
    names: &["english"],
    function_words: &[
        "the", "and", "is", "of", "to", "in", "that", "was", "for", "with", "on", "said", "has", "have", "it", "by",
        "from", "at", "his", "her", "were", "will", "be", "an", "a", "are",
    ],
    trigrams: whatlang::Lang::Eng,
};
