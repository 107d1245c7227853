//! English dates: how dates, times of day and datelines are written.

use crate::lang::{Dates, DayPart, TimeUnit};

#[rustfmt::skip]
pub(super) const DATES: Dates = Dates {
    dotted_day_month: false,
    slash_month_first: true,
    decade_suffixes: &["er", "s"],
    am_is_morning: true,
    word_minutes: false,
    after_bare_hour: &["in", "on", "local", "sharp", "tonight", "today", "yesterday", "this"],
    after_year: &["and", "to", "was", "were", "when"],
    word_months: &["march", "may"],
    future_words: &["will", "shall", "scheduled", "expected", "plans", "planned", "due"],
    past_words: &["was", "were", "had", "has", "have", "did", "said", "told"],
    stamp_words: &[
        "published", "updated", "last updated", "posted", "created", "story created", "last modified",
        "released", "first published", "date:",
    ],
    time_units: &[
        ("second", TimeUnit::Second), ("seconds", TimeUnit::Second), ("minute", TimeUnit::Minute),
        ("minutes", TimeUnit::Minute), ("min", TimeUnit::Minute), ("hour", TimeUnit::Hour), ("hours", TimeUnit::Hour),
        ("day", TimeUnit::Day), ("days", TimeUnit::Day), ("week", TimeUnit::Week), ("weeks", TimeUnit::Week),
        ("month", TimeUnit::Month), ("months", TimeUnit::Month), ("quarter", TimeUnit::Quarter),
        ("quarters", TimeUnit::Quarter), ("year", TimeUnit::Year), ("years", TimeUnit::Year),
    ],
    day_parts: &[
        ("morning", DayPart::Morning), ("noon", DayPart::Noon), ("midday", DayPart::Noon),
        ("afternoon", DayPart::Afternoon), ("evening", DayPart::Evening), ("night", DayPart::Night),
    ],
    day_part_openers: &["in the", "during the", "early in the", "late in the", "this"],
    night_before: &["the night before", "in the night before", "overnight into", "overnight to"],
    game_clock_after: &["left", "remaining", "to go", "to play", "on the clock"],
    game_words: &[
        "scored", "scoring", "score", "touchdown", "touchdowns", "goal", "goals", "points", "halftime",
        "overtime", "inning", "innings", "rebounds", "assists", "yards", "quarterback", "game", "basket",
        "field", "kickoff",
    ],
    last_night: &["overnight", "last night"],
};
