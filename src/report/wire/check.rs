//! `check --format json`: sources, findings with their mentions, summary.

use serde::Serialize;

use super::{Number, SCHEMA_VERSION, Tool, WireFrame, WireValue, datetime};
use crate::model::finding::{CheckResult, Finding, Mention, Summary};

/// The whole `check` report.
#[derive(Debug, Serialize)]
pub struct CheckReport<'a> {
    pub schema_version: u32,
    pub tool: Tool,
    pub sources: Vec<WireSource<'a>>,
    pub findings: Vec<WireFinding<'a>>,
    pub summary: WireSummary,
    pub warnings: &'a [String],
}

impl<'a> CheckReport<'a> {
    pub fn new(result: &'a CheckResult) -> CheckReport<'a> {
        CheckReport {
            schema_version: SCHEMA_VERSION,
            tool: Tool::this(),
            sources: result
                .sources
                .iter()
                .map(|s| WireSource {
                    id: &s.id,
                    path: &s.path,
                    name: s.name.as_deref(),
                    published: s.published.map(datetime),
                    lang: s.lang.code(),
                })
                .collect(),
            findings: result.findings.iter().map(|f| WireFinding::new(result, f)).collect(),
            summary: WireSummary::new(result.summary()),
            warnings: &result.warnings,
        }
    }
}

/// One line of `factdiff batch`: the key of a story and its check report.
#[derive(Debug, Serialize)]
pub struct StoryReport<'a> {
    pub story: &'a str,
    #[serde(flatten)]
    pub report: CheckReport<'a>,
}

/// How many findings of each verdict, and how many sources.
#[derive(Debug, Serialize)]
pub struct WireSummary {
    pub sources: usize,
    pub agree: usize,
    pub variant: usize,
    pub conflict: usize,
    pub unclear: usize,
    pub single: usize,
}

impl WireSummary {
    fn new(s: Summary) -> WireSummary {
        WireSummary {
            sources: s.sources,
            agree: s.agree,
            variant: s.variant,
            conflict: s.conflict,
            unclear: s.unclear,
            single: s.single,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct WireSource<'a> {
    pub id: &'a str,
    pub path: &'a str,
    pub name: Option<&'a str>,
    pub published: Option<String>,
    pub lang: &'static str,
}

#[derive(Debug, Serialize)]
pub struct WireFinding<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub verdict: &'static str,
    pub severity: &'static str,
    pub confidence: Number,
    pub subject: &'a str,
    pub evidence: &'a [String],
    pub pinned: bool,
    pub accepted: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub notes: &'a [String],
    pub mentions: Vec<WireMention<'a>>,
}

impl<'a> WireFinding<'a> {
    fn new(result: &'a CheckResult, f: &'a Finding) -> WireFinding<'a> {
        WireFinding {
            id: &f.id,
            kind: f.kind.as_str(),
            verdict: f.verdict.as_str(),
            severity: f.severity.as_str(),
            confidence: Number((f.confidence * 100.0).round() / 100.0),
            subject: &f.subject,
            evidence: &f.evidence,
            pinned: f.pinned,
            accepted: f.accepted.as_deref(),
            notes: &f.notes,
            mentions: f.mentions.iter().map(|m| WireMention::new(result, m)).collect(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct WireMention<'a> {
    pub source: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
    pub sentence: &'a str,
    pub value: WireValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<WireFrame>,
    pub speaker: Option<&'a str>,
}

impl<'a> WireMention<'a> {
    fn new(result: &'a CheckResult, m: &'a Mention) -> WireMention<'a> {
        WireMention {
            source: &result.sources[m.source].id,
            start: m.start,
            end: m.end,
            line: m.line,
            column: m.column,
            text: &m.text,
            sentence: &m.sentence,
            value: WireValue::new(&m.value),
            frame: WireFrame::new(&m.frame),
            speaker: m.speaker(),
        }
    }
}
