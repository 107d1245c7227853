//! The claim model: what extraction hands to alignment — quantities, dates and
//! quotes, each with the byte span of the source text it was read from.

use jiff::civil::DateTime;

pub use crate::lang::Lang;
use crate::lang::TimeUnit;
use crate::model::frame::Frame;

/// One checkable statement found in a source.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Byte offset of the first byte of the claim in the decoded text.
    pub start: usize,
    /// Byte offset one past the claim's last byte in the decoded text.
    pub end: usize,
    pub value: ClaimValue,
    /// What the claim is about; empty until extraction finds its frame.
    pub frame: Frame,
}

impl Claim {
    pub fn kind(&self) -> ClaimKind {
        match self.value {
            ClaimValue::Quantity(_) => ClaimKind::Quantity,
            ClaimValue::Date(_) => ClaimKind::Date,
            ClaimValue::Quote(_) => ClaimKind::Quote,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKind {
    Quantity,
    Date,
    Quote,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quantity => "quantity",
            ClaimKind::Date => "date",
            ClaimKind::Quote => "quote",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClaimValue {
    Quantity(Quantity),
    Date(DateValue),
    Quote(Quote),
}

/// What a quantity measures; values are held in the dimension's base unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// A bare number with no unit or noun.
    Number,
    /// A number of things, with the noun counted.
    Count,
    /// Base unit: m.
    Length,
    /// Base unit: s.
    Duration,
    /// Unit `%`, or `pp` for percentage points, which are kept apart.
    Percent,
    /// Base unit: kg.
    Mass,
    /// Base unit: l.
    Volume,
    /// Base unit: m².
    Area,
    /// Base unit: m/s.
    Speed,
    /// Base unit: °C.
    Temperature,
    /// Unit: ISO 4217 code.
    Currency,
    /// Age of a person or thing; unit: years.
    Age,
    /// Earthquake magnitude; unit: `magnitude` (Richter or moment scale).
    Magnitude,
    /// Power; unit: W.
    Power,
    /// Angle (a tilt, a turn); unit: °.
    Angle,
}

impl Dimension {
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Number => "number",
            Dimension::Count => "count",
            Dimension::Length => "length",
            Dimension::Duration => "duration",
            Dimension::Percent => "percent",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Area => "area",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Currency => "currency",
            Dimension::Age => "age",
            Dimension::Magnitude => "magnitude",
            Dimension::Power => "power",
            Dimension::Angle => "angle",
        }
    }
}

/// How the text qualifies a number; each hedge widens the value to an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hedge {
    /// No qualifier: the value as written.
    Exact,
    /// `rund`, `etwa`, `about`: on either side of the value.
    Approx,
    /// `gut`, `mehr als`, `über`, `more than`: above the value.
    Above,
    /// `knapp`, `fast`, `nearly`: just below the value.
    Below,
    /// `bis zu`, `höchstens`, `up to`: the value or less.
    AtMost,
    /// `mindestens`, `at least`: the value or more.
    AtLeast,
    /// `zwischen X und Y`, `X bis Y`, `X–Y`.
    Range,
    /// `Dutzende`, `Hunderte`: a vague multitude.
    Vague,
}

impl Hedge {
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::Exact => "exact",
            Hedge::Approx => "approx",
            Hedge::Above => "above",
            Hedge::Below => "below",
            Hedge::AtMost => "at_most",
            Hedge::AtLeast => "at_least",
            Hedge::Range => "range",
            Hedge::Vague => "vague",
        }
    }
}

/// A number with its unit, normalised to the dimension's base unit, and the
/// interval `[low, high]` its hedge allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub dimension: Dimension,
    /// Base unit (`m`, `s`, `%`, `pp`, `kg`, `l`, `m²`, `m/s`, `°C`), an ISO
    /// currency code, or empty for numbers and counts.
    pub unit: String,
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub hedge: Hedge,
    /// For counts: the noun counted, in its singular base form where known.
    pub noun: Option<String>,
}

impl Quantity {
    /// The interval the value may lie in, with open bounds left open:
    /// `mehr als`, `more than`, `mindestens` have no upper bound, `bis zu`,
    /// `up to` no lower one.
    pub fn bounds(&self) -> (f64, f64) {
        match self.hedge {
            Hedge::Above | Hedge::AtLeast => (self.low, f64::INFINITY),
            Hedge::AtMost => (f64::NEG_INFINITY, self.high),
            _ => (self.low, self.high),
        }
    }
}

/// How fine a date or time is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// The grain of a unit of time a word names.
impl From<TimeUnit> for Grain {
    fn from(u: TimeUnit) -> Grain {
        match u {
            TimeUnit::Second => Grain::Second,
            TimeUnit::Minute => Grain::Minute,
            TimeUnit::Hour => Grain::Hour,
            TimeUnit::Day => Grain::Day,
            TimeUnit::Week => Grain::Week,
            TimeUnit::Month => Grain::Month,
            TimeUnit::Quarter => Grain::Quarter,
            TimeUnit::Year => Grain::Year,
        }
    }
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
        }
    }
}

/// A date or time as the interval `[from, to)` it names.
#[derive(Debug, Clone, PartialEq)]
pub struct DateValue {
    /// `None` when the date is relative and no dateline or reference time
    /// anchors it; such a date is never called a conflict.
    pub from: Option<DateTime>,
    pub to: Option<DateTime>,
    pub grain: Grain,
    /// True when the text names the date relative to the time of writing
    /// (`am Mittwoch`, `gestern`, `vor zwei Wochen`).
    pub relative: bool,
    /// A weekday written next to a date it does not fall on
    /// (`am Mittwoch (14. September)` in 2023): the weekday named.
    pub weekday_mismatch: Option<String>,
}

/// Whether a quotation reports speech or marks a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    Speech,
    Term,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
        }
    }
}

/// Words given between quotation marks, with who said them where the text
/// says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub words: String,
    pub speaker: Option<String>,
    /// What kind of speaker `speaker` names; only two different `Person`s
    /// can make a quote a conflict.
    pub speaker_kind: Option<SpeakerKind>,
    /// The cue the speaker was read from (`sagte`, `so`, `zitierte`).
    pub cue: Option<String>,
    /// Why `speaker` was given: the cue, the words taken and the rule.
    pub speaker_evidence: Option<String>,
    pub kind: QuoteKind,
}

/// Who a speaker is, as far as the text resolves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    /// One named person.
    Person,
    /// Several people speaking jointly (`Zadan und Meron`).
    People,
    /// An organisation, agency or office (`die Polizei`, `the ministry`).
    Organisation,
    /// A role or description the source never ties to a name.
    Role,
    /// A written source named without its author (`in dem Antrag`, `the
    /// report`).
    Document,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::People => "people",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Role => "role",
            SpeakerKind::Document => "document",
        }
    }
}
