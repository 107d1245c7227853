//! Languages as data: each language is one folder (`de/`, `en/`) that fills
//! a [`Language`] with its word lists and patterns, a file a group (numbers,
//! dates, page and sentences, speech); the readers and extractors are handed
//! a `&Language` and never test which language it is. The stages that run
//! before the language of a text is known (body detection, segmentation)
//! read every language's lists at once. The groups of dates and of the page
//! are declared in `dates.rs` and `page.rs`.
//!
//! Adding a language: write `xx/` with a `pub static XX: Language`, add a
//! variant to [`Lang`] with its code, and list it in [`Lang::ALL`]; detection
//! then weighs its function words like the others'.

mod dates;
mod de;
mod en;
pub mod numerals;
mod page;
mod speech;
mod units;

pub use dates::{Dates, DayPart, Holiday, Season, TimeUnit};
pub use page::{Body, Sentences};
pub use speech::{RoleClass, Speech};
pub use units::{Counted, Hedges, Keys, Units};

/// The language a source is read in; it decides number separators and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
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

    /// The place of this language in [`Lang::ALL`], which indexes tables
    /// built once for every language.
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|&l| l == self).expect("every language is in Lang::ALL")
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
    /// The language as the trigram detector (`whatlang`) names it.
    pub trigrams: whatlang::Lang,
    /// Words the quantity readers need besides number words and units.
    pub units: Units,
    /// The words before a number that qualify it.
    pub hedges: Hedges,
    /// The words alignment builds its keys from.
    pub keys: Keys,
    /// How dates are written.
    pub dates: Dates,
    /// Signals of the parts of a page that are not the article.
    pub body: Body,
    /// Abbreviations, which a full stop does not end a sentence after.
    pub sentences: Sentences,
    /// The words that give a claim its frame.
    pub frames: Frames,
    /// Cues of speech and the words of speakers, for quotations.
    pub speech: Speech,
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
    /// The word of a comparison (`than`, `als`): `more than` is a hedge,
    /// not more of the same.
    pub comparison: &'static [&'static str],
    /// Words right after a number that make it a rate (`each`, `apiece`).
    pub per_after: &'static [&'static str],
    /// Word sequences after a number that set it in one part of an event
    /// (`in the sixth round`, `in der zweiten Halbzeit`): a part, not the
    /// total. `*` stands for any one word.
    pub part_after: &'static [&'static str],
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
    /// Words that join the items of a list (`and`, `und`): a figure in a
    /// list belongs to whoever has the first item.
    pub coordinators: &'static [&'static str],
    /// Relative pronouns after a comma (`who`, `der`): the clause they open
    /// is said of the name before the comma.
    pub relatives: &'static [&'static str],
    /// Personal and possessive pronouns: a figure said of `he` or `his`
    /// belongs to someone the clause does not name.
    pub pronouns: &'static [&'static str],
    /// Whether common nouns are capitalized too (German): then only a
    /// capitalized word without an article or adjective before it is a name.
    pub nouns_capitalized: bool,
    /// Articles and determiners, before a common noun.
    pub determiners: &'static [&'static str],
    /// Words a number may count through that are not what it counts
    /// (`seven consecutive life sentences`, `drei aufeinanderfolgende
    /// Nächte`): the noun after them is the measure.
    pub count_modifiers: &'static [&'static str],
    /// Words of reporting (`said`, `teilte … mit`): shared by two figures'
    /// clauses, they say nothing about which event the figures belong to.
    pub reporting: &'static [&'static str],
    /// Ordinals (`first`, `zweiten`): in a sentence's opening phrase (`In
    /// their first meeting this season, …`) they set its figures in one
    /// part of the event or season.
    pub ordinals: &'static [&'static str],
}

/// How much of a text detection reads: the start says what language it is.
const SAMPLE_BYTES: usize = 6000;

/// The language most of `text` is written in: by character trigrams
/// (`whatlang`, limited to the languages factdiff reads) over the start of
/// the text; by function words when the trigrams cannot tell; the first of
/// [`Lang::ALL`] when neither can.
pub fn detect(text: &str) -> Lang {
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let detector = whatlang::Detector::with_allowlist(Lang::ALL.iter().map(|l| l.words().trigrams).collect());
    if let Some(found) = detector.detect_lang(sample)
        && let Some(lang) = Lang::ALL.into_iter().find(|l| l.words().trigrams == found)
    {
        return lang;
    }
    by_function_words(sample)
}

fn by_function_words(text: &str) -> Lang {
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
    fn a_short_text_without_function_words_is_told_by_its_letters() {
        assert_eq!(detect("PHILADELPHIA RANGERS Fired their coach. Named Jim Miller coach."), Lang::En);
        assert_eq!(detect("Großbrand in Köln: Feuerwehr löscht Lagerhalle"), Lang::De);
    }

    /// The readers compare lower-cased tokens: a capital in a list would
    /// never match.
    #[test]
    fn date_and_page_words_are_lower_case() {
        for lang in Lang::ALL {
            let (d, b) = (&lang.words().dates, &lang.words().body);
            let lists = [
                d.openers,
                d.ago,
                d.year_before,
                d.month_before,
                d.range_words,
                d.hour_words,
                d.ticker,
                b.credits,
                b.teasers,
                b.boilerplate,
                lang.words().sentences.abbreviations,
            ];
            let named = d.months.iter().map(|m| m.0).chain(d.weekdays.iter().map(|w| w.0));
            let holidays = d.holidays.iter().map(|h| h.0);
            for w in lists.iter().flat_map(|l| l.iter().copied()).chain(named).chain(holidays) {
                assert_eq!(w, w.to_lowercase(), "{}: {w}", lang.code());
            }
        }
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
