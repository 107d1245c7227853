//! `extract --format json`: every claim of every source.

use serde::Serialize;

use super::{SCHEMA_VERSION, WireFrame, WireValue, datetime};
use crate::model::claim::Claim;
use crate::prepare::document::Document;

/// The whole `extract` report.
#[derive(Debug, Serialize)]
pub struct ExtractReport {
    pub schema_version: u32,
    pub sources: Vec<ExtractSource>,
    pub warnings: Vec<String>,
}

impl ExtractReport {
    pub fn new(sources: Vec<ExtractSource>, warnings: Vec<String>) -> ExtractReport {
        ExtractReport { schema_version: SCHEMA_VERSION, sources, warnings }
    }
}

/// One source and its claims.
#[derive(Debug, Serialize)]
pub struct ExtractSource {
    pub id: String,
    pub path: String,
    pub lang: &'static str,
    pub published: Option<String>,
    pub claims: Vec<WireClaim>,
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
    pub value: WireValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<WireFrame>,
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
            value: WireValue::new(&claim.value),
            frame: WireFrame::new(&claim.frame),
        }
    }
}
