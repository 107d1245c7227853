//! Languages as data: each language is one file (`de.rs`, `en.rs`) that fills
//! a [`Language`] with its word lists and patterns; the readers and
//! extractors are handed a `&Language` and never test which language it is.
//!
//! Adding a language: write `xx.rs` with a `pub static XX: Language`, add a
//! variant to [`Lang`] with its code, and list it in [`Lang::ALL`]; detection
//! then weighs its function words like the others'.

mod de;
mod en;

use serde::Serialize;

/// The language a source is read in; it decides number separators and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    /// Every language factdiff reads, in the order detection breaks ties.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// Reads a language code or name (`de`, `German`, `deutsch`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.to_lowercase();
        Lang::ALL.into_iter().find(|l| l.words().code == s || l.words().names.contains(&s.as_str()))
    }

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.words().code
    }

    /// The word lists and patterns of this language.
    pub fn words(self) -> &'static Language {
        match self {
            Lang::De => &de::DE,
            Lang::En => &en::EN,
        }
    }
}

/// Everything factdiff knows about one language, as data. Each stage reads
/// the part it needs; the groups below are filled by the language files.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code, as written in `claims.yaml` and reports.
    pub code: &'static str,
    /// Other names a user may write for it (lower case).
    pub names: &'static [&'static str],
    /// The most common function words, for language detection.
    pub function_words: &'static [&'static str],
    /// The words that give a claim its frame.
    pub frames: Frames,
}

// ---------------------------------------------------------------- frames

/// Words that tell what a claim measures, what happened to it, its scope
/// and its time frame. Entries are folded (lower case, umlauts spelled out);
/// an entry ending in `*` matches every word it begins.
#[derive(Debug)]
pub struct Frames {
    /// Predicate classes: a class name shared by every language (`killed`,
    /// `injured`, `rescued`), and the words that say it. Two classes never
    /// pair.
    pub predicates: &'static [(&'static str, &'static [&'static str])],
    /// Measured properties (`depth`, `distance`) and the words that name them.
    pub properties: &'static [(&'static str, &'static [&'static str])],
    /// Counted nouns that name people without saying what happened to them
    /// (`Menschen`, `people`): a measure that needs a predicate to pair.
    pub generic: &'static [&'static str],
    /// Word sequences before a number that give its scope: `total` (all of
    /// them), `part` (some of a larger number), `more` (more of the same),
    /// `per` (for each), `so_far` (up to now), `remaining`.
    pub scopes: &'static [(&'static str, &'static [&'static str])],
    /// Words right after a number that make it a rate (`each`, `apiece`).
    pub per_after: &'static [&'static str],
    /// Words that attach a figure to the noun before them (`Umleitung von
    /// 15 Kilometern`, `a detour of 15 km`): that noun is its measure.
    pub attaching: &'static [&'static str],
    /// Words that set a claim in another time than the event reported
    /// (`previous`, `vergangenen`).
    pub earlier: &'static [&'static str],
    /// Qualifiers that split a counted noun into kinds (`schwer`, `leicht`,
    /// `critically`), also as the first part of a compound.
    pub qualifiers: &'static [&'static str],
    /// Words that end a clause: names beyond them are not the claim's.
    pub clause_breaks: &'static [&'static str],
    /// Personal and possessive pronouns: a figure said of `he` or `his`
    /// belongs to someone the clause does not name.
    pub pronouns: &'static [&'static str],
    /// Whether common nouns are capitalized too (German): then only a
    /// capitalized word without an article or adjective before it is a name.
    pub nouns_capitalized: bool,
    /// Articles and determiners, before a common noun.
    pub determiners: &'static [&'static str],
}

/// The language most of `text` is written in; the first of [`Lang::ALL`]
/// when in doubt.
pub fn detect(text: &str) -> Lang {
    let mut hits = [0usize; Lang::ALL.len()];
    // the function words are short: longer words need no look-up
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 7).take(3000) {
        let w = word.to_lowercase();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            hits[i] += usize::from(lang.words().function_words.contains(&w.as_str()));
        }
    }
    let mut best = 0;
    for i in 1..hits.len() {
        if hits[i] > hits[best] {
            best = i;
        }
    }
    Lang::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_german_from_english() {
        assert_eq!(detect("Die Raketen seien etwa 650 Kilometer weit geflogen, sagte der Sprecher."), Lang::De);
        assert_eq!(detect("The missiles flew about 650 kilometres, the spokesman said on Wednesday."), Lang::En);
    }

    #[test]
    fn codes_and_names_read_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("Deutsch"), Some(Lang::De));
        assert_eq!(Lang::parse("English"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
