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
    /// Those of them that open the owner's phrase as its article (`des`,
    /// `vom`, `of`), not a preposition before it (`von`).
    pub genitive_articles: &'static [&'static str],
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
    /// Endings of a lower-case adjective of origin before a role noun
    /// (`russische`), longest last.
    pub origin_adjectives: &'static [&'static str],
    /// Endings of a capitalized word of origin before a role noun
    /// (`Russian`, `Chinese`).
    pub origin_names: &'static [&'static str],
    /// Whether a capitalized name with a final `s` before a role noun is its
    /// genitive (`Nordkoreas Außenminister`).
    pub genitive_s: bool,
    /// Endings of a lower-case adjective inside a speaker's phrase (`der
    /// frühere Minister`, `the former minister`).
    pub adjective_endings: &'static [&'static str],
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
    /// Endings the stemmer removes, tried in order (languages as [`Lang::ALL`]).
    pub endings: &'static [&'static str],
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
    /// The singular of a plural noun, where the ending shows it.
    pub singular: fn(&str) -> String,
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
