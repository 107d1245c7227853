//! The kind-specific half of a claim or mention on the wire: a quantity's
//! value and interval, a date's interval and grain, a quote's speaker; and
//! the claim's frame.

use serde::Serialize;

use super::{Number, bound, datetime};
use crate::model::claim::{ClaimValue, SpeakerKind};
use crate::model::frame::Frame;

/// A claim's value, flattened into the claim or mention that holds it.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum WireValue {
    Quantity {
        dimension: &'static str,
        unit: String,
        value: Number,
        /// `null` when there is no lower bound (`bis zu`, `up to`).
        low: Option<Number>,
        /// `null` when there is no upper bound (`mehr als`, `at least`).
        high: Option<Number>,
        hedge: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        noun: Option<String>,
    },
    Date {
        from: Option<String>,
        to: Option<String>,
        grain: &'static str,
        relative: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        weekday_mismatch: Option<String>,
    },
    Quote {
        speaker: Option<String>,
        speaker_kind: Option<&'static str>,
        cue: Option<String>,
        quote_kind: &'static str,
    },
}

impl WireValue {
    pub fn new(value: &ClaimValue) -> WireValue {
        match value {
            ClaimValue::Quantity(q) => WireValue::Quantity {
                dimension: q.dimension.as_str(),
                unit: q.unit.clone(),
                value: Number(q.value),
                // open bounds as judging sees them: `mehr als` has no upper one
                low: bound(q.bounds().0),
                high: bound(q.bounds().1),
                hedge: q.hedge.as_str(),
                noun: q.noun.clone(),
            },
            ClaimValue::Date(d) => WireValue::Date {
                from: d.from.map(datetime),
                to: d.to.map(datetime),
                grain: d.grain.as_str(),
                relative: d.relative,
                weekday_mismatch: d.weekday_mismatch.clone(),
            },
            ClaimValue::Quote(q) => WireValue::Quote {
                speaker: q.speaker.clone(),
                speaker_kind: q.speaker_kind.map(SpeakerKind::as_str),
                cue: q.cue.clone(),
                quote_kind: q.kind.as_str(),
            },
        }
    }
}

/// What a claim is about; only the parts that were found are written.
#[derive(Debug, Serialize)]
pub struct WireFrame {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_frame: Option<String>,
}

impl WireFrame {
    /// The frame of a claim, or `None` when nothing was found.
    pub fn new(frame: &Frame) -> Option<WireFrame> {
        (!frame.is_empty()).then(|| WireFrame {
            measure: frame.measure.clone(),
            predicate: frame.predicate.clone(),
            participants: frame.participants.clone(),
            scope: frame.scope.clone(),
            time_frame: frame.time_frame.clone(),
        })
    }
}
