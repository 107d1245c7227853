//! The groups of a language's words that the quantity readers read
//! (`read::quantity`, `read::units`, `read::hedge`) and that word keys are
//! built from (`text::words`).

use super::numerals;

/// How numbers are written, and the words around them that tell what kind
/// of number it is.
#[derive(Debug)]
pub struct Units {
    /// The thousands separator and the decimal mark (`1.500,5` / `1,500.5`).
    pub separators: (char, char),
    /// Whether a lone `.` between digits is still a decimal point (`2.5`
    /// in German text, where the decimal mark is `,`).
    pub dot_decimal_too: bool,
    /// Whether `billion` is 10⁹ (the short scale), not 10¹².
    pub short_scale: bool,
    /// The value of a cardinal number word (`sechshundertfünfzig`, `twelve`).
    pub cardinal: fn(&str) -> Option<f64>,
    /// The value of an ordinal number word (`dritten`, `third`).
    pub ordinal: fn(&str) -> Option<u32>,
    /// The value of a fraction word (`Viertel`, `halbe`), where the
    /// language's number words are read with them.
    pub fraction: fn(&str) -> Option<numerals::Fraction>,
    /// Words near `Grad`/`degrees` that make it a temperature, not an angle.
    pub temperature_context: &'static [&'static str],
    /// Nouns before a number that make it a name or a position, not an
    /// amount (`Route 52`, `Linie 3`, `Flight 370`, `Gate 4`).
    pub identifier_heads: &'static [&'static str],
    /// Singular nouns right after a number in figures that make it a
    /// phone or emergency number (`a 911 call`, `der 110-Notruf`).
    pub identifier_tails: &'static [&'static str],
    /// Words right before a number that make it a quake's magnitude.
    pub magnitude_heads: &'static [&'static str],
    /// Words before an article that make `a month` a rate (`twice a day`).
    pub rate_before: &'static [&'static str],
    /// Words that make a scale word vague (`mehrere Hundert`, `a few
    /// thousand`), with the multiples of the scale they span.
    pub few: &'static [(&'static str, f64, f64)],
    /// Forms of `one` that are also an article or a pronoun (`eine`, `one`):
    /// a count only with the thing counted, and only where the sentence
    /// states a count (see `one_limiters`).
    pub article_ones: &'static [&'static str],
    /// Words right before such a form that make it a count (`nur`, `noch`,
    /// `mindestens`, `only`).
    pub one_limiters: &'static [&'static str],
    /// Whether such a form before a noun is a count without a limiter (the
    /// numeral `one`, which is no article): false where it is the article.
    pub one_is_numeral: bool,
    /// Words between a vague multitude and its currency (`hundreds of
    /// millions of dollars`).
    pub vague_of: &'static [&'static str],
    /// Whether a full stop right after digits makes them an ordinal (`13.
    /// Mai`): then three digits before a month without one are no day.
    pub dotted_ordinals: bool,
    /// Unit words that, written all in lower case, are a verb (`won`).
    pub unit_verbs: &'static [&'static str],
    /// Whether tens and ones are joined by a hyphen (`twenty-two`).
    pub hyphenated_tens: bool,
    /// Indefinite articles that count as one before a scale word or a
    /// fraction (`a dozen`, `an eighth`).
    pub articles: &'static [&'static str],
    /// The word of hundreds and the word after it, where number words build
    /// hundreds of separate words (`two hundred and five`); `None` where
    /// they are one compound (`zweihundertfünf`).
    pub hundreds: Option<(&'static str, &'static str)>,
    /// The noun a number counts (`zwei Kurzstreckenraketen`, `two missiles`).
    pub counted: Counted,
    /// Unit words by the code of the unit they name (`("km", &["kilometer"])`,
    /// codes of `read::units`); units of several words (`nautische meilen`);
    /// unit and scale words that may take an abbreviation dot (`Std.`, `Mio.`).
    pub unit_words: &'static [(&'static str, &'static [&'static str])],
    pub unit_phrases: &'static [(&'static str, &'static [&'static str])],
    pub abbreviations: &'static [&'static str],
    /// Words between a distance and an hour that make a speed (`pro`, `in der`).
    pub per_hour: &'static [&'static str],
    /// Words of degrees (`Grad`), and after years that make an age (`old`).
    pub degrees: &'static [&'static str],
    pub old: &'static [&'static str],
    /// Words of a negative sign (`minus`) and of a decimal mark (`Komma`).
    pub minus: &'static [&'static str],
    pub decimal_words: &'static [&'static str],
    /// `und`, `and`: join a fraction to its whole, the ends of a range, parts
    /// of a duration; with `oder`, an elided compound (`18 schwer- oder 63 …`).
    pub and: &'static [&'static str],
    pub or: &'static [&'static str],
    /// A half after a number (`zwei ein halb`); `none`, zero when alone.
    pub and_a_half: &'static [&'static str],
    pub zero: &'static [&'static str],
    /// Words that open a range closed by `and` (`zwischen`), and join it (`bis`).
    pub between: &'static [&'static str],
    pub range_to: &'static [&'static str],
    /// Words before a duration up to now (`seit vier Jahren`); before a plural
    /// of time, a vague few of them (`seit Jahren`), and those plurals.
    pub since: &'static [&'static str],
    pub vague_since: &'static [&'static str],
    pub vague_spans: &'static [&'static str],
    /// Words that count one of the unit after them (`ganzen Tag`), and units
    /// that count one on their own (`Viertelstunde`).
    pub whole: &'static [&'static str],
    pub unit_counts: &'static [&'static str],
    /// `beide` (two, only with the thing counted); `tens` (vague, only before a scale word).
    pub both: &'static [&'static str],
    pub tens: &'static [&'static str],
    /// Words around a figure that make it a name (`Nr. 5`, `1100 block of`).
    pub number_signs: &'static [&'static str],
    pub address_after: &'static [&'static str],
    /// Definite articles (`the 2-1 Win` is a score); words after a figure of a
    /// magnitude (`on the richter scale`); of one that count nothing (`a second`).
    pub definite: &'static [&'static str],
    pub magnitude_after: &'static [&'static str],
    pub not_counts: &'static [&'static str],
    /// Where a plural shows in its ending (`s`), plurals without it (`people`,
    /// `children`): a year-like figure after a determiner and before a noun
    /// in the singular is a year (`the 2005 peace deal`), not a count. Empty
    /// where the rule does not hold.
    pub plural_ending: &'static str,
    pub irregular_plurals: &'static [&'static str],
}

/// The phrases before a number that qualify it (`rund`, `mehr als`).
#[derive(Debug)]
pub struct Hedges {
    /// Phrases by what they make of the number (`approx`, `above`, `below`,
    /// `at_most`, `at_least`, `exact`), space-separated, `.` the full stop.
    pub phrases: &'static [(&'static str, &'static [&'static str])],
    /// Hedges that qualify only a number in digits (`gegen 300`).
    pub digits_only: &'static [&'static str],
}

/// The words of alignment's keys (`text::words`, `align`), joined over languages.
#[derive(Debug)]
pub struct Keys {
    /// Function words that say nothing about a subject (folded).
    pub stop_words: &'static [&'static str],
    /// Endings the stemmer replaces, tried in order (languages as
    /// [`Lang::ALL`]), and what takes their place (`ungen` → `ung`, `ies` → `y`).
    pub endings: &'static [(&'static str, &'static str)],
    /// Words before or opening a date that make it the start of a span
    /// (`seit`, `since`) or its end (`bis`, `until`).
    pub since: &'static [&'static str],
    pub until: &'static [&'static str],
    /// Synonyms as written, by a concept name every language shares.
    pub concepts: &'static [(&'static str, &'static [&'static str])],
    /// Determiners before a noun (lower case): a word after one is common.
    pub determiners: &'static [&'static str],
}

/// How the noun after a number is told and brought to its singular.
#[derive(Debug)]
pub struct Counted {
    /// Words after a number that are not the thing counted (lower case).
    pub not_nouns: &'static [&'static str],
    /// Endings of an adjective before the noun (`ballistische`), where
    /// common nouns are capitalized and adjectives are not.
    pub adjective_endings: &'static [&'static str],
    /// Words with such an ending that are no adjective (`werden`, `über`).
    pub not_adjectives: &'static [&'static str],
    /// The plural ending a second word may carry to be the noun after an
    /// adjective (`two ballistic missiles`), where nouns are not capitalized.
    pub plural_ending: &'static str,
    /// Endings of words that are never the noun (`-ly`, `-ed`), likewise.
    pub not_noun_endings: &'static [&'static str],
    /// Where common nouns are lower-case, the endings of the capitalised
    /// plural nouns that are still counted (`40 Palestinians`, `100
    /// Chinese`): peoples, parties, faiths.
    pub capital_noun_endings: &'static [&'static str],
    /// Plural nouns without the plural ending (`men`, `children`).
    pub plural_words: &'static [&'static str],
    /// The singular of a plural noun, where the ending shows it.
    pub singular: fn(&str) -> String,
}
