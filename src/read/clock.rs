//! Times of day as written: `14.31 Uhr`, `07:43`, `15h`, `um 3`,
//! `halb vier`, `viertel nach 3`, `20 Minuten nach 8 Uhr abends`,
//! `3:11 p.m.`. Part of date extraction.

use super::token::Toks;
use super::when::Clock;
use crate::lang::TimeUnit;
use crate::model::claim::{Grain, Lang};

/// The end of the longest of the sequences that starts at `i`.
pub(crate) fn longest(t: &Toks, i: usize, list: &[&str]) -> Option<usize> {
    list.iter().filter_map(|s| t.sequence(i, s)).max()
}

/// An hour written as digits or a word (`3`, `drei`), up to 24.
fn hour(t: &Toks, i: usize, lang: Lang) -> Option<i8> {
    let h = if t.is_digits(i) && t.ndigits(i) <= 2 {
        t.int(i)? as i64
    } else if t.is_word(i) {
        (lang.words().units.cardinal)(t.low(i)).filter(|v| v.fract() == 0.0)? as i64
    } else {
        return None;
    };
    (0..=24).contains(&h).then_some(h as i8)
}

fn minutes(t: &Toks, i: usize, lang: Lang) -> Option<i8> {
    let m = if t.is_digits(i) && t.ndigits(i) == 2 {
        t.int(i)? as i64
    } else if t.is_digits(i) && t.ndigits(i) == 1 {
        return None;
    } else {
        let _ = lang;
        return None;
    };
    (0..60).contains(&m).then_some(m as i8)
}

/// A count of minutes before `nach`/`vor` (`20`, `zwanzig`, `fünf`).
fn minute_count(t: &Toks, i: usize, lang: Lang) -> Option<(i8, usize)> {
    let m = hour(t, i, lang).map(i64::from).or_else(|| {
        if t.is_digits(i) && t.ndigits(i) <= 2 {
            t.int(i).map(|v| v as i64)
        } else if lang.words().dates.word_minutes && t.is_word(i) {
            (lang.words().units.cardinal)(t.low(i)).map(|v| v as i64)
        } else {
            None
        }
    })?;
    if !(1..60).contains(&m) {
        return None;
    }
    let minute = |w: &str| lang.words().dates.time_units.iter().any(|&(n, u)| n == w && u == TimeUnit::Minute);
    let k = if t.is_word(i + 1) && minute(t.low(i + 1)) { i + 2 } else { i + 1 };
    Some((m as i8, k))
}

/// The half of the day said right after a time: true for after noon. The
/// `a.m.`/`p.m.` of the twelve-hour clock are symbols read in every
/// language; words come from the language's `after_time`.
fn daypart(t: &Toks, i: usize, lang: Lang) -> Option<(bool, usize)> {
    // `p.m.`, `a.m.`
    if t.is_any(i, &["p", "a"])
        && t.is_mark(i + 1, '.')
        && t.is(i + 2, "m")
        && t.tight(i)
        && (t.tight(i + 1) || (t.is_mark(i + 3, '.') && t.tight(i + 2)))
    {
        let end = if t.is_mark(i + 3, '.') && t.tight(i + 2) { i + 4 } else { i + 3 };
        return Some((t.is(i, "p"), end));
    }
    let after = lang.words().dates.after_time;
    after.iter().filter_map(|&(s, pm)| t.sequence(i, s).map(|e| (pm, e))).max_by_key(|p| p.1)
}

/// Names of time zones written after a clock time: symbols, the same in
/// every language (the quantity reader reads them too).
#[rustfmt::skip]
pub(crate) const ZONES: &[&str] = &[
    "cet", "mez", "mesz", "cest", "gmt", "utc", "edt", "est", "bst", "cdt", "cst", "pdt", "pst", "mdt", "mst", "kst",
    "msk", "akdt", "akst", "hst", "jst", "aest", "wib", "sgt", "et", "pt", "ct",
];

fn finish(t: &Toks, mut c: Clock, mut end: usize, lang: Lang) -> (Clock, usize) {
    let am_is_morning = lang.words().dates.am_is_morning;
    // `12:30 a.m.` is half past midnight
    let symbol = t.is_any(end, &["a", "p"]);
    if let Some((pm, e)) = daypart(t, end, lang) {
        if pm && c.h < 12 {
            c.h += 12;
        } else if !pm && symbol && c.h == 12 {
            c.h = 0;
        }
        c.twelve = false;
        end = e;
    }
    // `7:48 am`: where the language writes the twelve-hour clock, the
    // symbol `am` after a time is the morning
    if am_is_morning && t.is(end, "am") && t.raw(end) != "Am" {
        if c.h == 12 {
            c.h = 0;
        }
        c.twelve = false;
        end += 1;
    }
    // a time zone name is read but not applied
    if t.is_any(end, ZONES) {
        end += 1;
    }
    if let Some(e) = longest(t, end, lang.words().dates.hedges_after_time) {
        end = e;
    }
    (c, end)
}

fn clock(h: i8, m: i8, s: i8, twelve: bool, fine: Grain) -> Option<Clock> {
    if h > 24 || m > 59 || s > 59 || (h == 24 && (m > 0 || s > 0)) {
        return None;
    }
    Some(Clock { h: h % 24, m, s, twelve: twelve && h <= 12 && h > 0, fine })
}

/// A time of day starting at token `i`, with the token after it.
pub fn at(t: &Toks, i: usize, lang: Lang) -> Option<(Clock, usize)> {
    let dates = &lang.words().dates;
    let mut k = i;
    let mut led = false;
    while t.is_any(k, dates.clock_hedges)
        || t.is_any(k, dates.at_words)
        || (t.is_mark(k, '.') && k > i && t.tight(k - 1) && t.is_any(k - 1, dates.clock_hedges))
    {
        led |= t.is_any(k, dates.at_words);
        k += 1;
    }
    let (c, end) = core(t, k, lang, led)?;
    Some(finish(t, c, end, lang))
}

fn core(t: &Toks, k: usize, lang: Lang, led: bool) -> Option<(Clock, usize)> {
    let dates = &lang.words().dates;
    // the clock word after an hour (`Uhr`, `o'clock`); `h` is a symbol
    let clock_word = |j: usize| longest(t, j, dates.hour_words);
    let uhr = |j: usize| clock_word(j).or_else(|| t.is(j, "h").then_some(j + 1));
    let past_or_to = |j: usize| t.is_any(j, dates.minutes_past) || t.is_any(j, dates.minutes_to);
    // `halb vier`, `viertel nach 3`, `viertel vor 12`
    if t.is_any(k, dates.half_before) {
        let h = hour(t, k + 1, lang)?;
        let end = clock_word(k + 2).unwrap_or(k + 2);
        return Some((clock((h + 23) % 24, 30, 0, true, Grain::Minute)?, end));
    }
    if t.is_any(k, dates.quarter_hour) && past_or_to(k + 1) {
        let h = hour(t, k + 2, lang)?;
        let end = clock_word(k + 3).unwrap_or(k + 3);
        let c = if t.is_any(k + 1, dates.minutes_past) {
            clock(h, 15, 0, true, Grain::Minute)?
        } else {
            clock((h + 23) % 24, 45, 0, true, Grain::Minute)?
        };
        return Some((c, end));
    }
    // `20 nach 3`, `15 minuten vor 12`
    if let Some((m, j)) = minute_count(t, k, lang)
        && past_or_to(j)
        && let Some(h) = hour(t, j + 1, lang)
        && (!t.is_word(j + 2) || clock_word(j + 2).is_some() || t.is_any(j + 2, dates.after_bare_hour))
    {
        let end = clock_word(j + 2).unwrap_or(j + 2);
        let c = if t.is_any(j, dates.minutes_past) {
            clock(h, m, 0, true, Grain::Minute)?
        } else {
            clock((h + 23) % 24, 60 - m, 0, true, Grain::Minute)?
        };
        return Some((c, end));
    }
    // `1023 GMT`: four digits with a time zone
    if t.ndigits(k) == 4 && t.is_any(k + 1, ZONES) {
        let v = t.int(k)?;
        return Some((clock((v / 100) as i8, (v % 100) as i8, 0, false, Grain::Minute)?, k + 1));
    }
    let h = hour(t, k, lang)?;
    let digits = t.is_digits(k);
    // `07:43`, `20:00:24`
    if digits && t.is_mark(k + 1, ':') && t.tight(k) && t.tight(k + 1) {
        let m = minutes(t, k + 2, lang)?;
        let mut end = k + 3;
        let mut s = 0;
        let mut fine = Grain::Minute;
        if t.is_mark(end, ':') && t.tight(end - 1) && t.tight(end) && t.ndigits(end + 1) == 2 {
            s = t.int(end + 1)? as i8;
            end += 2;
            fine = Grain::Second;
            fine = if s == 0 { Grain::Second } else { fine };
        }
        if t.tight(end - 1) && (t.is_digits(end) || t.is_mark(end, ':')) {
            return None;
        }
        if let Some(e) = uhr(end) {
            end = e;
        }
        return Some((clock(h, m, s, false, fine)?, end));
    }
    // `14.31 Uhr`, `um 10.10`
    if digits && t.is_mark(k + 1, '.') && t.tight(k) && t.tight(k + 1) && t.ndigits(k + 2) == 2 {
        let m = minutes(t, k + 2, lang)?;
        if let Some(e) = clock_word(k + 3) {
            return Some((clock(h, m, 0, false, Grain::Minute)?, e));
        }
        if led && !(t.is_mark(k + 3, '.') && t.tight(k + 2)) {
            return Some((clock(h, m, 0, false, Grain::Minute)?, k + 3));
        }
        return None;
    }
    // `15 Uhr`, `3 uhr 15`, `15h`, `17h10`, `18Uhr`
    let at_clock = clock_word(k + 1).or_else(|| (t.is(k + 1, "h") && digits && t.tight(k)).then_some(k + 2));
    if let Some(ce) = at_clock {
        let twelve = !(digits && t.ndigits(k) == 2 && t.raw(k).starts_with('0'));
        if let Some(m) = minutes(t, ce, lang).filter(|_| !t.is_word(ce + 1) || !t.capital(ce + 1))
            && (!(t.tight(ce) && t.is_mark(ce + 1, '.')) || t.is(k + 1, "h"))
        {
            return Some((clock(h, m, 0, twelve, Grain::Minute)?, ce + 1));
        }
        return Some((clock(h, 0, 0, twelve, Grain::Hour)?, ce));
    }
    // `3 p.m.`, `3pm` (the symbols of the twelve-hour clock)
    if dates.am_is_morning
        && let Some((pm, e)) = daypart(t, k + 1, lang)
        && (t.is_mark(k + 2, '.') || t.is_any(k + 1, &["pm", "am"]))
    {
        let mut c = clock(h, 0, 0, false, Grain::Hour)?;
        if pm && c.h < 12 {
            c.h += 12;
        }
        return Some((c, e));
    }
    // `um 3`, `um drei`, `um 15`: only after `um`/`gegen`
    if led {
        let next_ok = match t.kind(k + 1) {
            None => true,
            // where common nouns are not capitalized, a lower-case word after
            // a bare number is what it counts (`around 20 more people`)
            Some(super::token::Kind::Word) => {
                let words = lang.words();
                (words.frames.nouns_capitalized && !t.capital(k + 1)) || t.is_any(k + 1, words.dates.after_bare_hour)
            }
            Some(super::token::Kind::Mark(c)) => !matches!(c, '%' | '.' | ',' | ':' | '-' | '–') || !t.tight(k),
            Some(super::token::Kind::Digits) => false,
        } && !t.is_any(k + 1, dates.not_after_bare_hour)
            && !(t.is_mark(k + 1, '.') && t.tight(k) && (t.is_word(k + 2) || t.is_digits(k + 2)));
        if next_ok && super::units::at_in(t, k + 1, lang).is_none() {
            return Some((clock(h, 0, 0, true, Grain::Hour)?, k + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(i8, i8, bool)> {
        let t = Toks::new(s);
        let (c, end) = at(&t, 0, Lang::De)?;
        (end == t.len()).then_some((c.h, c.m, c.twelve))
    }

    #[test]
    fn german_times() {
        assert_eq!(read("14.31 Uhr"), Some((14, 31, false)));
        assert_eq!(read("6.45 Uhr"), Some((6, 45, false)));
        assert_eq!(read("07:43 Uhr"), Some((7, 43, false)));
        assert_eq!(read("um 3"), Some((3, 0, true)));
        assert_eq!(read("halb vier uhr nachmittags"), Some((15, 30, false)));
        assert_eq!(read("viertel vor 12"), Some((11, 45, true)));
        assert_eq!(read("15 minuten vor 12"), Some((11, 45, true)));
        assert_eq!(read("17h10"), Some((17, 10, false)));
        assert_eq!(read("um 27"), None);
        assert_eq!(read("um 27%"), None);
    }
}
