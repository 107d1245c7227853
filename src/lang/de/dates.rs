//! German dates: how dates, times of day and datelines are written.

use crate::lang::{Dates, DayPart, TimeUnit};

#[rustfmt::skip]
pub(super) const DATES: Dates = Dates {
    dotted_day_month: true,
    slash_month_first: false,
    decade_suffixes: &["er"],
    am_is_morning: false,
    word_minutes: true,
    after_bare_hour: &["abends", "nachmittags", "morgens", "früh", "am", "in", "morgen"],
    after_year: &[],
    word_months: &[],
    future_words: &["wird", "werden", "werde", "soll", "sollen", "plant", "planen", "geplant", "will", "wollen"],
    past_words: &["war", "waren", "wurde", "wurden", "hatte", "hatten", "sagte", "sagten", "hat", "haben", "ist", "sind"],
    stamp_words: &[
        "stand:", "stand ", "veröffentlicht am", "veröffentlicht:", "erschienen am", "aktualisiert am",
        "aktualisiert:", "zuletzt aktualisiert", "erstellt am", "datum:",
    ],
    time_units: &[
        ("sekunde", TimeUnit::Second), ("sekunden", TimeUnit::Second), ("sek", TimeUnit::Second),
        ("minute", TimeUnit::Minute), ("minuten", TimeUnit::Minute), ("min", TimeUnit::Minute),
        ("stunde", TimeUnit::Hour), ("stunden", TimeUnit::Hour), ("std", TimeUnit::Hour),
        ("tag", TimeUnit::Day), ("tage", TimeUnit::Day), ("tagen", TimeUnit::Day), ("tages", TimeUnit::Day), ("tg", TimeUnit::Day),
        ("woche", TimeUnit::Week), ("wochen", TimeUnit::Week),
        ("monat", TimeUnit::Month), ("monate", TimeUnit::Month), ("monaten", TimeUnit::Month), ("monats", TimeUnit::Month),
        ("quartal", TimeUnit::Quarter), ("quartale", TimeUnit::Quarter), ("quartalen", TimeUnit::Quarter),
        ("quartals", TimeUnit::Quarter),
        ("jahr", TimeUnit::Year), ("jahre", TimeUnit::Year), ("jahren", TimeUnit::Year), ("jahres", TimeUnit::Year),
    ],
    day_parts: &[
        ("morgen", DayPart::Morning), ("früh", DayPart::Morning), ("vormittag", DayPart::Forenoon),
        ("mittag", DayPart::Noon), ("nachmittag", DayPart::Afternoon), ("abend", DayPart::Evening),
        ("nacht", DayPart::Night),
    ],
    day_part_openers: &["am", "in der", "im laufe des", "im laufe der"],
    night_before: &["in der nacht zum", "in der nacht zu", "in der nacht auf", "in der nacht vor dem"],
    game_clock_after: &["vor schluss", "vor dem ende", "zu spielen", "verbleibend", "restspielzeit"],
    game_words: &[
        "tor", "tore", "treffer", "punkte", "punkten", "halbzeit", "spiel", "spielstand", "verlängerung",
        "korb", "körbe", "touchdown", "abpfiff", "anpfiff",
    ],
    last_night: &["vergangene nacht", "letzte nacht", "in der vergangenen nacht", "in der letzten nacht"],
};
