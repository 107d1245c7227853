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
    /// Words the quantity readers need besides number words and units.
    pub units: Units,
    /// How dates are written.
    pub dates: Dates,
    /// Signals of the parts of a page that are not the article.
    pub body: Body,
}

// ---- units: the quantity readers (read/quantity, read/units) ----

/// Words around numbers that tell what kind of number it is.
#[derive(Debug)]
pub struct Units {
    /// Words near `Grad`/`degrees` that make it a temperature, not an angle.
    pub temperature_context: &'static [&'static str],
    /// Nouns before a number that make it a name or a position, not an
    /// amount (`Route 52`, `Linie 3`, `Flight 370`, `Gate 4`).
    pub identifier_heads: &'static [&'static str],
    /// Words right before a number that make it a quake's magnitude.
    pub magnitude_heads: &'static [&'static str],
    /// Words before an article that make `a month` a rate (`twice a day`).
    pub rate_before: &'static [&'static str],
    /// Words that make a scale word vague (`mehrere Hundert`, `a few
    /// thousand`), with the multiples of the scale they span.
    pub few: &'static [(&'static str, f64, f64)],
}

// ---- dates: the date readers (read/date) and datelines (prepare/dateline) ----

/// How the language writes dates.
#[derive(Debug)]
pub struct Dates {
    /// Whether `15.2.` (day, month, no year) is a date.
    pub dotted_day_month: bool,
    /// Words that open a page's own time stamp (`Stand:`, `Published`).
    pub stamp_words: &'static [&'static str],
}

// ---- body: article body detection (prepare/body) ----

/// What opens the reader comments under an article.
#[derive(Debug)]
pub struct Body {
    /// Headings of a comment section (whole line, lower case, without a count).
    pub comment_headings: &'static [&'static str],
    /// Relative time stamps of a posting (`vor 3 Std.`, `2 hours ago`): the
    /// words that may stand around a number in one.
    pub ago_words: &'static [&'static str],
    /// Time units in such stamps (`Std.`, `Min.`, `hours`).
    pub ago_units: &'static [&'static str],
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
