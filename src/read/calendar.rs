//! Calendar words and arithmetic for the date reader: month and weekday
//! names, seasons and holidays as each language writes them (its `dates`
//! lists), two-digit years, Easter and the holidays that hang on it, and
//! interval helpers over `jiff` civil dates.

use std::collections::HashMap;
use std::sync::LazyLock;

use jiff::civil::{Date, DateTime, Weekday};

use super::token::WordSet;
use crate::lang::{Holiday, Lang};

/// The calendar words of each language, looked up by word, in the order of
/// [`Lang::ALL`].
struct Words {
    months: HashMap<&'static str, i8>,
    weekdays: HashMap<&'static str, (Weekday, bool)>,
    holiday_starts: WordSet,
}

static WORDS: LazyLock<Vec<Words>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|l| {
            let d = &l.words().dates;
            Words {
                months: d.months.iter().copied().collect(),
                weekdays: d.weekdays.iter().map(|&(w, wd, abbr)| (w, (wd, abbr))).collect(),
                holiday_starts: d.holidays.iter().filter_map(|h| h.0.split(' ').next()).collect(),
            }
        })
        .collect()
});

fn words(lang: Lang) -> &'static Words {
    &WORDS[lang.index()]
}

/// The month a (lower-case) word names in the language: full names and
/// abbreviations.
pub(crate) fn month_in(w: &str, lang: Lang) -> Option<i8> {
    words(lang).months.get(w).copied()
}

/// The month a (lower-case) word names in any language factdiff reads (for
/// stages that do not know the language, or test any name of a month).
pub fn month(w: &str) -> Option<i8> {
    Lang::ALL.iter().find_map(|&l| month_in(w, l))
}

/// Whether a month word is an abbreviation in the language (may take a
/// full stop).
pub(crate) fn month_abbr(w: &str, lang: Lang) -> bool {
    lang.words().dates.month_abbreviations.contains(&w)
}

/// The weekday a (lower-case) word names in the language; `abbr` says it
/// was abbreviated. A weekday joined to a part of the day (`dienstagmorgen`,
/// `sonntagabend`) names that weekday.
pub(crate) fn weekday_in(w: &str, lang: Lang) -> Option<(Weekday, bool)> {
    let compounds = lang.words().dates.weekday_compounds;
    if let Some(day) = compounds.iter().find_map(|p| w.strip_suffix(p)).filter(|d| d.len() >= 6) {
        return weekday_in(day, lang).filter(|(_, abbr)| !abbr);
    }
    words(lang).weekdays.get(w).copied()
}

/// The weekday a (lower-case) word names in any language factdiff reads.
pub fn weekday(w: &str) -> Option<(Weekday, bool)> {
    Lang::ALL.iter().find_map(|&l| weekday_in(w, l))
}

/// A two-digit year: `74` → 1974, `15` → 2015.
pub(crate) fn full_year(y: i32, digits: usize) -> i32 {
    if digits <= 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y }
}

pub fn date(y: i32, m: i8, d: i8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m, d).ok()
}

pub(crate) fn midnight(d: Date) -> DateTime {
    d.to_datetime(jiff::civil::Time::midnight())
}

pub(crate) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

pub(crate) fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_months(n).ok()?).ok()
}

/// Monday of the week `d` falls in.
pub(crate) fn monday(d: Date) -> Date {
    add_days(d, -i64::from(d.weekday().to_monday_zero_offset())).unwrap_or(d)
}

/// The day `wd` in the week that starts on `monday`.
pub(crate) fn in_week(monday: Date, wd: Weekday) -> Option<Date> {
    add_days(monday, i64::from(wd.to_monday_zero_offset()))
}

/// Easter Sunday (Gregorian, anonymous algorithm).
pub(crate) fn easter(y: i32) -> Option<Date> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    date(y, month as i8, day as i8)
}

/// The fourth Sunday of Advent: the last Sunday before Christmas Day.
fn advent4(y: i32) -> Option<Date> {
    let christmas = date(y, 12, 25)?;
    let back = i64::from(christmas.weekday().to_sunday_zero_offset());
    add_days(christmas, if back == 0 { -7 } else { -back })
}

/// A holiday of the language named by the words `ws(0)`, `ws(1)`, …: how
/// many words it takes, and a function of the year giving its day.
pub fn holiday<'a>(ws: impl Fn(usize) -> &'a str, lang: Lang) -> Option<(usize, HolidayRule)> {
    let first = ws(0);
    if first.len() < 4 || !holiday_start(first, lang) {
        return None;
    }
    for &(name, rule) in lang.words().dates.holidays {
        let mut len = 0;
        if name.split(' ').enumerate().all(|(k, w)| {
            len = k + 1;
            ws(k) == w
        }) {
            return Some((len, HolidayRule(rule)));
        }
    }
    None
}

/// Whether a word may begin a holiday's name in the language.
pub(crate) fn holiday_start(w: &str, lang: Lang) -> bool {
    words(lang).holiday_starts.contains(w)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct HolidayRule(Holiday);

impl HolidayRule {
    /// The day in year `y`; `nth` picks the n-th Sunday of Advent.
    pub fn day(self, y: i32, nth: Option<i64>) -> Option<Date> {
        match self.0 {
            Holiday::Fixed(m, d) => date(y, m, d),
            Holiday::Easter(k) => add_days(easter(y)?, k),
            Holiday::Advent(k) => {
                let first = add_days(advent4(y)?, -21)?;
                match nth {
                    Some(n) if k == -21 => add_days(first, 7 * (n.clamp(1, 4) - 1)),
                    _ => add_days(first, k + 21),
                }
            }
            Holiday::NthSunday(m, n) => date(y, m, 1)?.nth_weekday_of_month(n, Weekday::Sunday).ok(),
        }
    }

    /// Whether the holiday is Advent (which takes an ordinal).
    pub(crate) fn is_advent(self) -> bool {
        matches!(self.0, Holiday::Advent(-21))
    }
}

/// Start of the season a (lower-case) word names in the language, as
/// (month, day), astronomically.
pub fn season(w: &str, lang: Lang) -> Option<(i8, i8)> {
    lang.words().dates.seasons.iter().find(|(n, _)| *n == w).map(|(_, s)| s.start())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_and_friends() {
        assert_eq!(easter(2023), date(2023, 4, 9));
        assert_eq!(easter(2018), date(2018, 4, 1));
        let (_, advent) = holiday(|k| ["advent"].get(k).copied().unwrap_or(""), Lang::De).unwrap();
        assert_eq!(advent.day(2018, Some(1)), date(2018, 12, 2));
        assert_eq!(advent.day(2018, Some(4)), date(2018, 12, 23));
        let (_, t) = holiday(|k| ["totensonntag"].get(k).copied().unwrap_or(""), Lang::De).unwrap();
        assert_eq!(t.day(2018, None), date(2018, 11, 25));
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(full_year(74, 2), 1974);
        assert_eq!(full_year(15, 2), 2015);
        assert_eq!(full_year(2019, 4), 2019);
    }
}
