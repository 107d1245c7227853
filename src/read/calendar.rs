//! Calendar words and arithmetic for the date reader: month and weekday
//! names (German and English), two-digit years, Easter and the holidays that
//! hang on it, and interval helpers over `jiff` civil dates.

use jiff::civil::{Date, DateTime, Weekday};

/// The month a (lower-case) word names: full names, abbreviations, English.
pub fn month(w: &str) -> Option<i8> {
    Some(match w {
        "januar" | "jänner" | "jan" | "january" => 1,
        "februar" | "feb" | "febr" | "february" | "feber" => 2,
        "märz" | "maerz" | "mär" | "mrz" | "march" | "mar" => 3,
        "april" | "apr" => 4,
        "mai" | "may" => 5,
        "juni" | "jun" | "june" => 6,
        "juli" | "jul" | "july" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" | "october" | "oct" => 10,
        "november" | "nov" => 11,
        "dezember" | "dez" | "december" | "dec" => 12,
        _ => return None,
    })
}

/// Whether a month word is an abbreviation (may take a full stop).
pub(crate) fn month_abbr(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "feb"
            | "febr"
            | "mär"
            | "mrz"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "okt"
            | "oct"
            | "nov"
            | "dez"
            | "dec"
    )
}

/// The weekday a (lower-case) word names; `abbr` says it was abbreviated.
/// A weekday joined to a part of the day (`dienstagmorgen`, `sonntagabend`)
/// names that weekday.
pub fn weekday(w: &str) -> Option<(Weekday, bool)> {
    use Weekday::*;
    const PARTS: [&str; 8] = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh", "frueh"];
    if let Some(day) = PARTS.iter().find_map(|p| w.strip_suffix(p)).filter(|d| d.len() >= 6) {
        return weekday(day).filter(|(_, abbr)| !abbr);
    }
    Some(match w {
        "montag" | "montags" | "monday" => (Monday, false),
        "dienstag" | "dienstags" | "tuesday" => (Tuesday, false),
        "mittwoch" | "mittwochs" | "wednesday" => (Wednesday, false),
        "donnerstag" | "donnerstags" | "thursday" => (Thursday, false),
        "freitag" | "freitags" | "friday" => (Friday, false),
        "samstag" | "sonnabend" | "samstags" | "saturday" => (Saturday, false),
        "sonntag" | "sonntags" | "sunday" => (Sunday, false),
        "mo" | "mon" => (Monday, true),
        "di" | "die" | "tue" | "tues" => (Tuesday, true),
        "mi" | "mit" | "wed" => (Wednesday, true),
        "do" | "don" | "thu" | "thur" | "thurs" => (Thursday, true),
        "fr" | "fri" => (Friday, true),
        "sa" | "sat" => (Saturday, true),
        "so" | "son" | "sun" => (Sunday, true),
        _ => return None,
    })
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

/// How a holiday is placed in its year.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Rule {
    Fixed(i8, i8),
    Easter(i64),
    Advent(i64),
    NthSunday(i8, i8),
}

/// Holidays, as lower-case word sequences.
const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["heilige", "drei", "könige"], Rule::Fixed(1, 6)),
    (&["heiligen", "drei", "könige"], Rule::Fixed(1, 6)),
    (&["dreikönigstag"], Rule::Fixed(1, 6)),
    (&["neujahr"], Rule::Fixed(1, 1)),
    (&["neujahrstag"], Rule::Fixed(1, 1)),
    (&["valentinstag"], Rule::Fixed(2, 14)),
    (&["tag", "der", "arbeit"], Rule::Fixed(5, 1)),
    (&["augsburger", "friedensfest"], Rule::Fixed(8, 8)),
    (&["tag", "der", "deutschen", "einheit"], Rule::Fixed(10, 3)),
    (&["reformationstag"], Rule::Fixed(10, 31)),
    (&["allerheiligen"], Rule::Fixed(11, 1)),
    (&["nikolaustag"], Rule::Fixed(12, 6)),
    (&["heiligabend"], Rule::Fixed(12, 24)),
    (&["heiligen", "abend"], Rule::Fixed(12, 24)),
    (&["weihnachten"], Rule::Fixed(12, 25)),
    (&["weihnachtstag"], Rule::Fixed(12, 25)),
    (&["silvester"], Rule::Fixed(12, 31)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["new", "year's", "day"], Rule::Fixed(1, 1)),
    (&["weiberfastnacht"], Rule::Easter(-52)),
    (&["fastnachtssonntag"], Rule::Easter(-49)),
    (&["karneval"], Rule::Easter(-49)),
    (&["rosenmontag"], Rule::Easter(-48)),
    (&["fastnacht"], Rule::Easter(-47)),
    (&["faschingsdienstag"], Rule::Easter(-47)),
    (&["aschermittwoch"], Rule::Easter(-46)),
    (&["palmsonntag"], Rule::Easter(-7)),
    (&["palmensonntag"], Rule::Easter(-7)),
    (&["gründonnerstag"], Rule::Easter(-3)),
    (&["karfreitag"], Rule::Easter(-2)),
    (&["karsamstag"], Rule::Easter(-1)),
    (&["ostern"], Rule::Easter(0)),
    (&["ostersonntag"], Rule::Easter(0)),
    (&["easter"], Rule::Easter(0)),
    (&["ostermontag"], Rule::Easter(1)),
    (&["christi", "himmelfahrt"], Rule::Easter(39)),
    (&["himmelfahrt"], Rule::Easter(39)),
    (&["vatertag"], Rule::Easter(39)),
    (&["pfingsten"], Rule::Easter(49)),
    (&["pfingstsonntag"], Rule::Easter(49)),
    (&["pfingstmontag"], Rule::Easter(50)),
    (&["fronleichnam"], Rule::Easter(60)),
    (&["muttertag"], Rule::NthSunday(5, 2)),
    (&["volkstrauertag"], Rule::Advent(-35)),
    (&["buß", "-", "und", "bettag"], Rule::Advent(-32)),
    (&["totensonntag"], Rule::Advent(-28)),
    (&["ewigkeitssonntag"], Rule::Advent(-28)),
    (&["advent"], Rule::Advent(-21)),
];

/// A holiday named by the words `ws(0)`, `ws(1)`, …: how many words it
/// takes, and a function of the year giving its day.
pub fn holiday<'a>(ws: impl Fn(usize) -> &'a str) -> Option<(usize, HolidayRule)> {
    let first = ws(0);
    if first.len() < 4 {
        return None;
    }
    for &(words, rule) in HOLIDAYS {
        if words[0] == first && words.iter().enumerate().skip(1).all(|(k, w)| ws(k) == *w) {
            return Some((words.len(), HolidayRule(rule)));
        }
    }
    None
}

static HOLIDAY_STARTS: std::sync::LazyLock<super::token::WordSet> =
    std::sync::LazyLock::new(|| HOLIDAYS.iter().map(|h| h.0[0]).collect());

/// Whether a word may begin a holiday's name.
pub(crate) fn holiday_start(w: &str) -> bool {
    HOLIDAY_STARTS.contains(w)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct HolidayRule(Rule);

impl HolidayRule {
    /// The day in year `y`; `nth` picks the n-th Sunday of Advent.
    pub fn day(self, y: i32, nth: Option<i64>) -> Option<Date> {
        match self.0 {
            Rule::Fixed(m, d) => date(y, m, d),
            Rule::Easter(k) => add_days(easter(y)?, k),
            Rule::Advent(k) => {
                let first = add_days(advent4(y)?, -21)?;
                match nth {
                    Some(n) if k == -21 => add_days(first, 7 * (n.clamp(1, 4) - 1)),
                    _ => add_days(first, k + 21),
                }
            }
            Rule::NthSunday(m, n) => date(y, m, 1)?.nth_weekday_of_month(n, Weekday::Sunday).ok(),
        }
    }

    /// Whether the holiday is Advent (which takes an ordinal).
    pub(crate) fn is_advent(self) -> bool {
        matches!(self.0, Rule::Advent(-21))
    }
}

/// Start of the season a word names, as (month, day), astronomically.
pub fn season(w: &str) -> Option<(i8, i8)> {
    Some(match w {
        "frühling" | "frühjahr" | "spring" => (3, 20),
        "sommer" | "summer" => (6, 21),
        "herbst" | "autumn" | "fall" => (9, 23),
        "winter" => (12, 21),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_and_friends() {
        assert_eq!(easter(2023), date(2023, 4, 9));
        assert_eq!(easter(2018), date(2018, 4, 1));
        let (_, advent) = holiday(|k| ["advent"].get(k).copied().unwrap_or("")).unwrap();
        assert_eq!(advent.day(2018, Some(1)), date(2018, 12, 2));
        assert_eq!(advent.day(2018, Some(4)), date(2018, 12, 23));
        let (_, t) = holiday(|k| ["totensonntag"].get(k).copied().unwrap_or("")).unwrap();
        assert_eq!(t.day(2018, None), date(2018, 11, 25));
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(full_year(74, 2), 1974);
        assert_eq!(full_year(15, 2), 2015);
        assert_eq!(full_year(2019, 4), 2019);
    }
}
