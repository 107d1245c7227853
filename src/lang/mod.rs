//! Languages as data: each language is one folder (`de/`, `en/`) that fills
//! a [`Language`] with its word lists and patterns, a file a group (numbers,
//! dates, speech); the readers and extractors are handed a `&Language` and
//! never test which language it is.
//!
//! Adding a language: write `xx/` with a `pub static XX: Language`, add a
//! variant to [`Lang`] with its code, and list it in [`Lang::ALL`]; detection
//! then weighs its function words like the others'.

mod de;
mod en;
pub mod numerals;
mod speech;
mod units;

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

// ---- dates: the date readers (read/date) and datelines (prepare/dateline) ----

/// How the language writes dates.
#[derive(Debug)]
pub struct Dates {
    /// Whether `15.2.` (day, month, no year) is a date.
    pub dotted_day_month: bool,
    /// Whether `5/3/2013` puts the month first (3 May in English usage).
    pub slash_month_first: bool,
    /// Suffixes glued to a year that make it a decade (`90er`, `1990s`).
    pub decade_suffixes: &'static [&'static str],
    /// Whether times of day take `a.m.`/`p.m.` (`3 p.m.`, `3pm`), so that a
    /// bare `am` after a time is the morning (`7:48 am`), not a preposition
    /// (`um 8 Uhr am Bahnhof`).
    pub am_is_morning: bool,
    /// Whether a count of minutes is read in words beyond the hours
    /// (`fünfundzwanzig nach drei`); else only up to 24 (`twenty past`).
    pub word_minutes: bool,
    /// Words right after a bare hour (`um 3`) that leave it a time; where
    /// common nouns are capitalized any lower-case word does too.
    pub after_bare_hour: &'static [&'static str],
    /// Lower-case words that may follow a bare year (`2019 and`), where a
    /// lower-case word after a number is what it counts (nouns are not
    /// capitalized); where they are, every lower-case word may.
    pub after_year: &'static [&'static str],
    /// Months that are also common words (`may`, `march`): bare, they are a
    /// month only after a word that makes them one, not after `and`/`or`.
    pub word_months: &'static [&'static str],
    /// Words of a clause about the future (`wird`, `will`) and of one in the
    /// past (`war`, `said`): a bare weekday in a clause with the first and
    /// none of the second is the next one.
    pub future_words: &'static [&'static str],
    pub past_words: &'static [&'static str],
    /// Words that open a page's own time stamp (`Stand:`, `Published`).
    pub stamp_words: &'static [&'static str],
    /// Words of the units of time (`Stunden`, `weeks`), lower case, with the
    /// unit each names.
    pub time_units: &'static [(&'static str, TimeUnit)],
    /// Nouns of the parts of a day (`abend`, `afternoon`), after a day
    /// (`Sunday evening`), after an opener, or closing a weekday compound
    /// when the language joins them (`montagabend`).
    pub day_parts: &'static [(&'static str, DayPart)],
    /// Word sequences before a part of the day that make it one of the day
    /// in question (`am`, `in der`, `in the`), space-separated.
    pub day_part_openers: &'static [&'static str],
    /// Word sequences that name the night leading into the day named after
    /// them (`in der nacht zum`, `the night before`).
    pub night_before: &'static [&'static str],
    /// Word sequences that name the night before the day of writing
    /// (`overnight`, `last night`, `vergangene nacht`).
    pub last_night: &'static [&'static str],
    /// Word sequences after a clock time that make it a game clock, not a
    /// time of day (`2:31 left`, `noch 2:31 zu spielen`).
    pub game_clock_after: &'static [&'static str],
    /// Words of a game's report: in a sentence with one of them (or a score
    /// such as `82-71`, or a game clock), `the third quarter` is a part of
    /// the game, not of the year.
    pub game_words: &'static [&'static str],
}

/// A unit of time that words name (`Stunden`, `weeks`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// A part of the day, as an interval of hours from the day's midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Forenoon,
    Noon,
    Afternoon,
    Evening,
    /// The night after the day: its evening to the next morning.
    Night,
    /// The night leading into the day: the evening before to its morning.
    NightBefore,
}

impl DayPart {
    /// `[from, to)` in hours from the day's midnight (negative: the day
    /// before, over 24: the day after).
    pub fn hours(self) -> (i64, i64) {
        match self {
            DayPart::Morning => (4, 12),
            DayPart::Forenoon => (8, 12),
            DayPart::Noon => (11, 14),
            DayPart::Afternoon => (12, 19),
            DayPart::Evening => (18, 24),
            DayPart::Night => (18, 30),
            DayPart::NightBefore => (-6, 6),
        }
    }

    /// Whether a clock time in it is past noon (`um 8 Uhr abends`).
    pub fn after_noon(self) -> bool {
        matches!(self, DayPart::Afternoon | DayPart::Evening | DayPart::Night)
    }
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
