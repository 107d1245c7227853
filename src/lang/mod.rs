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

pub use dates::{Dates, DayPart, Holiday, Season, TimeUnit};
pub use page::{Body, Sentences};

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

// ---- speech: cues and speakers of quotations (`extract::speaker`) ----

/// What a role noun makes of a person, so that a later mention of the role
/// (`der Präsident`) finds the person the source gave a role of that class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleClass {
    Leader,
    Spokes,
    Minister,
    Other,
}

/// The words that report speech and name speakers. Everything is lower
/// case unless it says otherwise.
#[derive(Debug)]
pub struct Speech {
    /// Stems of regular speech verbs (`sag`, `erklär`, `warn`): every word
    /// that is a stem followed by one of `endings` is a cue.
    pub stems: &'static [&'static str],
    /// Endings of the finite forms and the participle of a regular verb.
    pub endings: &'static [&'static str],
    /// The prefix of a participle (`ge` in `gesagt`), when the stem has none.
    pub participle_prefix: &'static str,
    /// Stem beginnings that take no participle prefix (`er` in `erklärt`).
    pub unprefixed: &'static [&'static str],
    /// Irregular forms that report speech (`sprach`, `rief`, `said`, `told`).
    pub forms: &'static [&'static str],
    /// Separable verbs as `particle stem` (`fest stell`, `hinzu füg`) for
    /// regular stems, whose finite form needs the particle later in the
    /// clause (`stellte … fest`); the joined forms (`festgestellt`) are cues
    /// on their own.
    pub separable: &'static [&'static str],
    /// Separable verbs with irregular forms, as `particle form` (`bekannt gab`).
    pub separable_forms: &'static [&'static str],
    /// Verbs after which the one before speaks and the one after listens
    /// (`told`, `tells`).
    pub telling: &'static [&'static str],
    /// Verbs of the passive quotation `wird X zitiert`: the form, and the
    /// auxiliaries before the speaker.
    pub quoted: &'static [&'static str],
    pub quoted_auxiliaries: &'static [&'static str],
    /// The word of `„…“, so X`: it cues only right after a quotation or a comma.
    pub so: &'static [&'static str],
    /// Nouns that introduce speech (`Worte`, `Aussage`, `statement`).
    pub nouns: &'static [&'static str],
    /// Words right before a quotation that make it a name or a title, not
    /// speech (`Motto`, `Titel`, `genannt`, `called`).
    pub naming: &'static [&'static str],
    /// Words before a quotation in name shape (`in der „Neuen Zeitung“`,
    /// `laut „Tagesschau“`): articles and prepositions of a noun's place.
    pub name_slots: &'static [&'static str],
    /// Prepositions: a name right after one is no subject (`für Anna Weber`).
    pub prepositions: &'static [&'static str],
    /// The reflexive pronoun a speech verb may take before its subject
    /// (`äußerte sich der Minister`).
    pub reflexive: &'static [&'static str],
    /// The word before a quotation that a verb around it calls something
    /// (`wies den Plan als „…“ zurück`).
    pub calling: &'static [&'static str],
    /// Words that join two quotations of one kind (`„…“ und „…“`).
    pub coordinators: &'static [&'static str],
    /// Words before a one-word quotation that make it what a speaker calls
    /// something (`als`, `einen`): only there is one word speech.
    pub predicative: &'static [&'static str],
    /// Verb forms of reported speech (`sei`, `habe`, `werde`): a short
    /// quotation in a sentence with one quotes what someone said.
    pub reported: &'static [&'static str],
    /// Words before a named source (`laut`, `according to`), as written,
    /// several words separated by a space.
    pub source_before: &'static [&'static str],
    /// Words after a named source (`X zufolge`).
    pub source_after: &'static [&'static str],
    /// `nach Angaben von X`: the preposition, the nouns and the linkers.
    pub source_preposition: &'static [&'static str],
    pub source_nouns: &'static [&'static str],
    /// Words between a noun and who it belongs to (`des`, `von`, `of`).
    pub genitive: &'static [&'static str],
    /// Subject pronouns that stand for a person.
    pub pronouns: &'static [&'static str],
    /// Impersonal subjects (`heißt es`, `man`): speech, but no speaker.
    pub impersonal: &'static [&'static str],
    /// Verbs whose subject is impersonal (`heißt es`, `hieß es`): the
    /// source stands after a preposition (`in der Erklärung des Verbands`).
    pub impersonal_verbs: &'static [&'static str],
    /// The prepositions that name that source (`in`, `von`, `aus`).
    pub impersonal_sources: &'static [&'static str],
    /// Articles and possessives a subject may begin with.
    pub subject_articles: &'static [&'static str],
    /// Quantifiers before a plural noun (`einige`, `several`): what follows
    /// is a common noun.
    pub quantifiers: &'static [&'static str],
    /// Finite auxiliaries and modals (`hatte`, `has`): a subject may follow
    /// one before a final speech verb (`hatte Merkel verkündet`).
    pub auxiliaries: &'static [&'static str],
    /// Articles of an object or an addressee (`den`, `dem`).
    pub object_articles: &'static [&'static str],
    /// `und`, `and`: joins joint speakers.
    pub conjunctions: &'static [&'static str],
    /// Words that open a clause before its subject (`wie`, `als`, `while`).
    pub subordinators: &'static [&'static str],
    /// Relative pronouns that open a clause inside a noun phrase.
    pub relatives: &'static [&'static str],
    /// Capitalized words that are never part of a name (`Im`, `Weiter`, `The`).
    pub not_names: &'static [&'static str],
    /// Titles inside a name, left out of it (`Prof`, `Dr`, `Mr`).
    pub titles: &'static [&'static str],
    /// Weekdays and months: never a speaker.
    pub calendar: &'static [&'static str],
    /// Endings of common nouns, which are not names (`-ung`, `-heit`).
    pub noun_endings: &'static [&'static str],
    /// Endings of nouns for people (`Bewohner`, `Moderatorin`), which may
    /// speak without being a known role.
    pub person_endings: &'static [&'static str],
    /// Role nouns and their class; a word ending in one is a role
    /// (`Kremlsprecher`), also with feminine or inflected endings.
    pub roles: &'static [(&'static str, RoleClass)],
    /// Whether a role noun may close a compound (`Kremlsprecher`); when
    /// not, a role is a word of its own (`spokesman`).
    pub compound_roles: bool,
    /// Inflection endings a role noun may carry (`in`, `en`, `s`).
    pub role_endings: &'static [&'static str],
    /// Endings of nouns of organisations and offices (`ministerium`, `police`).
    pub organisations: &'static [&'static str],
    /// Endings of nouns of news media, which report words but do not speak
    /// them (`nachrichtenagentur`, `newspaper`).
    pub media: &'static [&'static str],
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

// ---- units: the quantity readers (read/quantity, read/units) ----

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
    /// The singular of a plural noun, where the ending shows it.
    pub singular: fn(&str) -> String,
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
