//! JSON wire types (schema_version 1), kept apart from the domain types so
//! that the documented contract changes only on purpose.

use serde::Serialize;

use crate::model::claim::{Claim, ClaimValue};
use crate::prepare::document::Document;

pub const SCHEMA_VERSION: u32 = 1;

/// A date-time as the contract writes it: `2023-09-13T15:11:00`.
pub fn datetime(dt: jiff::civil::DateTime) -> String {
    dt.strftime("%Y-%m-%dT%H:%M:%S").to_string()
}

/// `extract --format json`.
#[derive(Debug, Serialize)]
pub struct ExtractReport {
    pub schema_version: u32,
    pub sources: Vec<ExtractSource>,
}

#[derive(Debug, Serialize)]
pub struct ExtractSource {
    pub id: String,
    pub path: String,
    pub lang: &'static str,
    pub published: Option<String>,
    pub claims: Vec<WireClaim>,
}

/// One claim; the fields after `text` depend on `kind`.
#[derive(Debug, Serialize)]
pub struct WireClaim {
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
    #[serde(flatten)]
    pub value: serde_json::Value,
}

impl WireClaim {
    pub fn new(doc: &Document, claim: &Claim) -> WireClaim {
        let pos = doc.source.position(claim.start);
        WireClaim {
            kind: claim.kind().as_str(),
            start: doc.source.file_offset(claim.start),
            end: doc.source.file_offset(claim.end),
            line: pos.line,
            column: pos.column,
            text: doc.source.text[claim.start..claim.end].to_string(),
            value: value_json(&claim.value),
        }
    }
}

/// The kind-specific fields of a claim's value.
pub fn value_json(value: &ClaimValue) -> serde_json::Value {
    use serde_json::json;
    match value {
        ClaimValue::Quantity(q) => {
            let mut v = json!({
                "dimension": q.dimension.as_str(),
                "unit": q.unit,
                "value": number(q.value),
                "low": number(q.low),
                "high": number(q.high),
                "hedge": q.hedge.as_str(),
            });
            if let Some(noun) = &q.noun {
                v["noun"] = json!(noun);
            }
            v
        }
        ClaimValue::Date(d) => {
            let mut v = json!({
                "from": d.from.map(datetime),
                "to": d.to.map(datetime),
                "grain": d.grain.as_str(),
                "relative": d.relative,
            });
            if let Some(w) = &d.weekday_mismatch {
                v["weekday_mismatch"] = json!(w);
            }
            v
        }
        ClaimValue::Quote(q) => json!({
            "speaker": q.speaker,
            "cue": q.cue,
            "quote_kind": q.kind.as_str(),
        }),
    }
}

/// Whole numbers print without a fractional part; others are rounded to
/// nine significant decimals so that `0.1 * 3` reads as `0.3`.
fn number(x: f64) -> serde_json::Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        serde_json::json!(x as i64)
    } else {
        let rounded = (x * 1e9).round() / 1e9;
        serde_json::json!(rounded)
    }
}

impl ExtractSource {
    pub fn new(doc: &Document, claims: &[Claim]) -> ExtractSource {
        ExtractSource {
            id: doc.source.id.clone(),
            path: doc.source.path.clone(),
            lang: doc.lang.code(),
            published: doc.anchors.published().map(datetime),
            claims: claims.iter().map(|c| WireClaim::new(doc, c)).collect(),
        }
    }
}
