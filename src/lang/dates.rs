//! The words and patterns of dates, as a language writes them: the part of
//! a [`Language`](super::Language) that the date, clock and calendar readers
//! (`read/date`, `read/clock`, `read/calendar`) and the dateline finder
//! (`prepare/dateline`) read.

use jiff::civil::Weekday;

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
    /// Word sequences of a clause about the future or an intention (`wird`,
    /// `will`, `expected to`, `is to`) and words of one in the past (`war`,
    /// `said`): a bare weekday, month or time of day whose nearest cue in
    /// its clause is of the first kind is the next one.
    pub future_words: &'static [&'static str],
    pub past_words: &'static [&'static str],
    /// Of a clause in the past, the words that place a bare date behind the
    /// time of writing (`was`, `since`; not the `has` of `has given him a
    /// May 10 deadline`), and endings of a past form that do so wherever it
    /// stands in the clause (`the patch issued Jan. 14`, `On Dec. 8 the
    /// team played`).
    pub back_words: &'static [&'static str],
    pub back_suffixes: &'static [&'static str],
    /// Words before such a participle that leave its time open (`when he's
    /// sentenced May 7`, `is expected to be released`).
    pub participle_auxiliaries: &'static [&'static str],
    /// Words of a future seen from the past (`would`, `würde`): a bare
    /// date they govern is the nearer one, back or ahead.
    pub near_words: &'static [&'static str],
    /// Words right before a future cue that make it a past plan (`was
    /// expected to`, `hatte geplant`).
    pub past_plan: &'static [&'static str],
    /// Quantifiers that make a date recur (`every Tuesday`, `each month`,
    /// `jeden Dienstag`), and words between a date and such a quantifier
    /// after it (`Dienstag eines jeden Monats`).
    pub recurring: &'static [&'static str],
    pub recurring_links: &'static [&'static str],
    /// Weekday adverbs that mean every such day (`dienstags`).
    pub habitual_weekdays: &'static [&'static str],
    /// Articles and possessives, which open a name (`its Patch Tuesday`,
    /// `the worst Patch Tuesday`); `'s` is read in every language.
    pub determiners: &'static [&'static str],
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
    /// Beginnings of a line that open a ticker's update stamp (`update vom`,
    /// `updated at`); `+++` opens one in every language.
    pub ticker: &'static [&'static str],

    // -- the calendar (read/calendar)
    /// Month names and their abbreviations, lower case, with the month.
    pub months: &'static [(&'static str, i8)],
    /// The abbreviated month names, which may take a full stop (`Sept.`).
    pub month_abbreviations: &'static [&'static str],
    /// Weekday names, lower case, with the weekday, and whether the name
    /// is an abbreviation (`Mi`, `Wed`).
    pub weekdays: &'static [(&'static str, Weekday, bool)],
    /// Parts of the day a weekday may be joined to (`dienstagmorgen`): the
    /// compound names that weekday.
    pub weekday_compounds: &'static [&'static str],
    /// Seasons, lower case, with the season.
    pub seasons: &'static [(&'static str, Season)],
    /// Holidays as lower-case word sequences (a mark is a word: `buß - und
    /// bettag`), with how each is placed in its year.
    pub holidays: &'static [(&'static str, Holiday)],

    // -- the date reader (read/date)
    /// Words that open a date phrase and belong to its span (`am`, `on`).
    pub openers: &'static [&'static str],
    /// Words that may begin a date expression besides numbers, months,
    /// weekdays, holidays, day-part phrases and the words of the lists
    /// that open one below (`seit`, `vor`, `binnen`).
    pub starters: &'static [&'static str],
    /// Words right before a bare weekday that point it ahead (`bis
    /// Mittwoch`, `by Friday`).
    pub ahead_before: &'static [&'static str],
    /// Words between a date and its time of day (`den`, `at`).
    pub date_time_links: &'static [&'static str],
    /// Words between a time of day and its date (`um 8 Uhr am Montag`,
    /// `at 8 on Monday`), or between a week and its weekday.
    pub time_date_links: &'static [&'static str],
    /// Word sequences between the two ends of a range (`bis`, `auf den`,
    /// `to`); and words right after them that belong to it (`bis zum`).
    pub range_words: &'static [&'static str],
    pub range_after: &'static [&'static str],
    /// `zwischen dem 3. und dem 5.`: the word sequences before the first
    /// day and between the two.
    pub between: &'static [&'static str],
    pub between_and: &'static [&'static str],
    /// Endings glued to a day of the month in digits (`15ten`, `3rd`).
    pub ordinal_suffixes: &'static [&'static str],
    /// Words between a day and its month, or a season and its year (`13th
    /// of May`, `summer of 2013`).
    pub of: &'static [&'static str],
    /// Articles between a weekday and its day (`Mittwoch, den 13.`,
    /// `Friday the 13th`).
    pub weekday_articles: &'static [&'static str],
    /// Words right before a dotted day and month that make it a date
    /// (`bis 15.2.`), besides the openers.
    pub day_month_before: &'static [&'static str],
    /// Words of the parts of a month or year (`Anfang`, `mid`, `Ende`):
    /// 0 the beginning, 1 the middle, 2 the end.
    pub period_parts: &'static [(&'static str, u8)],
    /// Word sequences between such a part and its month or year (`Ende
    /// des`, `end of the`).
    pub part_links: &'static [&'static str],
    /// Articles between such a link and a unit of time (`end of the year`).
    pub unit_articles: &'static [&'static str],
    /// Nouns after a decade in digits (`90er Jahre`).
    pub decade_nouns: &'static [&'static str],
    /// Endings of a decade written as a number word (`zweitausender`).
    pub decade_word_endings: &'static [&'static str],
    /// Nouns of a year right before its digits (`im Jahr 2019`).
    pub year_words: &'static [&'static str],
    /// Words right before four digits that make them a year (`seit 2019`,
    /// `since 2019`, `Sommer 2013`).
    pub year_before: &'static [&'static str],
    /// Hedges right before four digits that leave them a year (`um 1900`).
    pub year_hedges: &'static [&'static str],
    /// Words right after a number that make it a count of times (`2000
    /// mal`, `2000 times`), not a year.
    pub times_words: &'static [&'static str],
    /// Word sequences before a season with a year (`in the summer of 2013`).
    pub season_before: &'static [&'static str],
    /// Words right before a bare month that make it a month (`im März`,
    /// `since June`).
    pub month_before: &'static [&'static str],
    /// Words that join (`und`, `or`): a month that is a common word is no
    /// month after one.
    pub and_or: &'static [&'static str],
    /// Word sequences before a year that set a holiday in it (`Muttertag
    /// im Jahr 2019`).
    pub in_year: &'static [&'static str],
    /// Words of the last of a kind (`letzter Montag im März`, `last`).
    pub last: &'static [&'static str],
    /// Words between an n-th day or weekday and its month (`im`, `of`).
    pub nth_links: &'static [&'static str],
    /// Articles of a genitive before an n-th day or after a weekday (`der
    /// dritten Woche`, `Mittwoch der nächsten Woche`).
    pub genitive_articles: &'static [&'static str],
    /// Words right before the parenthesis of the same time in another zone
    /// (`local time (1300 GMT)`): that time is no claim of its own.
    pub zone_time: &'static [&'static str],

    // -- relative dates (read/date/relative)
    /// Modifiers of a unit of time, a month or a weekday, with the units
    /// they shift by (`nächste` 1, `last` −1, `this` 0).
    pub modifiers: &'static [(&'static str, i64)],
    /// Word sequences of a day counted from the day of writing (`gestern`
    /// −1, `today` 0, `zu dieser zeit` 0). One that is also a part of the
    /// day (`morgen`) is that part when capitalized inside a sentence.
    pub days: &'static [(&'static str, i64)],
    /// Words of the night of the day of writing (`tonight`).
    pub tonight: &'static [&'static str],
    /// Words that make the part of the day after them the day of writing's
    /// (`diesen Morgen`).
    pub this_day: &'static [&'static str],
    /// Words right after a count of units that put it before the day of
    /// writing (`four years ago`).
    pub ago: &'static [&'static str],
    /// Words before a count of units that shift from the day of writing,
    /// with the direction (`vor` −1, `in` 1).
    pub shifts: &'static [(&'static str, i64)],
    /// Hedges between such a word and the count (`vor etwa zwei Wochen`);
    /// a full stop right after one (`ca.`) is read with it.
    pub shift_hedges: &'static [&'static str],
    /// Word sequences before a modifier (`im nächsten Jahr`, `seit der
    /// letzten Woche`).
    pub modifier_before: &'static [&'static str],
    /// Words of a few after a modifier (`die nächsten paar Tage`): three.
    pub few: &'static [&'static str],
    /// Word sequences of a couple before a unit (`vor ein paar Tagen`): two.
    pub couple: &'static [&'static str],
    /// Words of one before a unit (`vor einer Woche`, `a year ago`).
    pub ones: &'static [&'static str],
    /// Nouns of one unit of time (`Woche`, `year`), not several: `nächste
    /// Woche` is one week, `in den kommenden Tagen` is no unit.
    pub singular_units: &'static [&'static str],
    /// Word sequences of the rest of the week (`Rest der Woche`).
    pub rest_of_week: &'static [&'static str],
    /// The word before the first day of a range within a month (`nächsten
    /// Monat vom 4. bis zum 23.`).
    pub range_from: &'static [&'static str],
    /// Words of the weekend (`nächstes Wochenende`).
    pub weekend: &'static [&'static str],
    /// Word sequences after a weekday that make it the one after the next
    /// (`Montag nach dem nächsten`).
    pub after_next: &'static [&'static str],

    // -- times of day (read/clock)
    /// Word sequences of the clock after an hour (`15 Uhr`); a mark is a
    /// word (`o '`).
    pub hour_words: &'static [&'static str],
    /// Words that put a bare hour at a time (`um 3`, `at 3`).
    pub at_words: &'static [&'static str],
    /// Hedges before a time that leave it that time (`gegen`, `circa`); a
    /// full stop after `ca` is read with it.
    pub clock_hedges: &'static [&'static str],
    /// The word of half an hour before the next (`halb vier`).
    pub half_before: &'static [&'static str],
    /// The word of a quarter hour (`viertel nach 3`, `quarter past`), and
    /// the words of minutes past and to an hour.
    pub quarter_hour: &'static [&'static str],
    pub minutes_past: &'static [&'static str],
    pub minutes_to: &'static [&'static str],
    /// Word sequences right after a time that say its half of the day
    /// (`abends`, `am Nachmittag`, `pm`): true for after noon.
    pub after_time: &'static [(&'static str, bool)],
    /// Hedges after a time that belong to it (`15 Uhr in etwa`).
    pub hedges_after_time: &'static [&'static str],
    /// Words right after a bare hour that make it no time (`um 3 Prozent`).
    pub not_after_bare_hour: &'static [&'static str],
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

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// Where it starts, as (month, day), astronomically.
    pub fn start(self) -> (i8, i8) {
        match self {
            Season::Spring => (3, 20),
            Season::Summer => (6, 21),
            Season::Autumn => (9, 23),
            Season::Winter => (12, 21),
        }
    }
}

/// How a holiday is placed in its year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Holiday {
    /// On a fixed day: (month, day).
    Fixed(i8, i8),
    /// So many days after Easter Sunday (before it: negative).
    Easter(i64),
    /// So many days after the fourth Sunday of Advent; `Advent(-21)` is
    /// Advent itself, which takes an ordinal (`1. Advent`).
    Advent(i64),
    /// The n-th Sunday of a month: (month, n).
    NthSunday(i8, i8),
}
