//! Settings validated once into typed values: how hedges widen numbers, which
//! way bare weekdays resolve, and the options every stage reads.

use jiff::civil::DateTime;

use crate::model::claim::Lang;

/// Relative widths that hedges give a number, as fractions of its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tolerances {
    /// `rund`, `etwa`: value ± approx.
    pub approx: f64,
    /// `gut`, `mehr als`: value up to value × (1 + above).
    pub above: f64,
    /// `knapp`, `fast`: value × (1 − below) up to value.
    pub below: f64,
    /// Exact numbers still agree within this fraction (rounding).
    pub exact: f64,
}

impl Default for Tolerances {
    fn default() -> Self {
        Tolerances { approx: 0.05, above: 0.10, below: 0.05, exact: 0.0 }
    }
}

/// Which way a bare weekday or month resolves from the time of writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    /// News convention: the most recent one on or before the dateline.
    #[default]
    Past,
    /// Assistant convention: the next one after the reference time's day.
    Future,
}

/// What extraction needs to know beyond the text itself.
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Forces the language instead of detecting it per source.
    pub lang: Option<Lang>,
    /// Anchors relative dates when a source has no dateline of its own.
    pub reference_time: Option<DateTime>,
    pub prefer: Prefer,
    pub tolerances: Tolerances,
    /// Written forms of names and roles, each with the canonical name.
    pub aliases: Vec<(String, String)>,
}

/// Reads a reference time given as `2016-11-07`, `2016-11-07T10:30:00` or
/// with a UTC offset (`2013-02-12T04:30:00-02:00`, whose wall-clock time is
/// kept).
pub fn parse_reference_time(s: &str) -> Result<DateTime, String> {
    let s = s.trim();
    let err = || format!("invalid reference time {s:?}: use ISO 8601, like 2023-09-13T15:11:00");
    if let Ok(dt) = s.parse::<DateTime>() {
        return Ok(dt);
    }
    if let Ok(d) = s.parse::<jiff::civil::Date>() {
        return Ok(d.to_datetime(jiff::civil::Time::midnight()));
    }
    // drop a trailing offset or zone: `Z`, `+02:00`, `-0200`
    let cut = s.char_indices().skip(10).find(|&(_, c)| matches!(c, 'Z' | 'z' | '+' | '-')).map(|(i, _)| i);
    match cut {
        Some(i) => s[..i].replace(' ', "T").parse::<DateTime>().map_err(|_| err()),
        None => s.replace(' ', "T").parse::<DateTime>().map_err(|_| err()),
    }
}
