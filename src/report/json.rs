//! `--format json`: the documented check report, schema_version 1.

use std::io::{self, Write};

use serde::Serialize;

use super::Reporter;
use crate::model::finding::{CheckResult, Finding, Mention, Summary};
use crate::report::wire::{SCHEMA_VERSION, datetime, value_json};

pub struct Json;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    tool: Tool,
    sources: Vec<Source<'a>>,
    findings: Vec<WireFinding<'a>>,
    summary: Summary,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Source<'a> {
    id: &'a str,
    path: &'a str,
    name: Option<&'a str>,
    published: Option<String>,
    lang: &'static str,
}

#[derive(Serialize)]
struct WireFinding<'a> {
    id: &'a str,
    kind: &'static str,
    verdict: &'static str,
    severity: &'static str,
    subject: &'a str,
    pinned: bool,
    accepted: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    mentions: Vec<WireMention<'a>>,
}

#[derive(Serialize)]
struct WireMention<'a> {
    source: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    text: &'a str,
    sentence: &'a str,
    value: serde_json::Value,
    speaker: Option<&'a str>,
}

fn mention<'a>(result: &'a CheckResult, m: &'a Mention) -> WireMention<'a> {
    WireMention {
        source: &result.sources[m.source].id,
        start: m.start,
        end: m.end,
        line: m.line,
        column: m.column,
        text: &m.text,
        sentence: &m.sentence,
        value: value_json(&m.value),
        speaker: m.speaker(),
    }
}

fn finding<'a>(result: &'a CheckResult, f: &'a Finding) -> WireFinding<'a> {
    WireFinding {
        id: &f.id,
        kind: f.kind.as_str(),
        verdict: f.verdict.as_str(),
        severity: f.severity.as_str(),
        subject: &f.subject,
        pinned: f.pinned,
        accepted: f.accepted.as_deref(),
        notes: &f.notes,
        mentions: f.mentions.iter().map(|m| mention(result, m)).collect(),
    }
}

impl Reporter for Json {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let report = Report {
            schema_version: SCHEMA_VERSION,
            tool: Tool { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION") },
            sources: result
                .sources
                .iter()
                .map(|s| Source {
                    id: &s.id,
                    path: &s.path,
                    name: s.name.as_deref(),
                    published: s.published.map(datetime),
                    lang: s.lang.code(),
                })
                .collect(),
            findings: result.findings.iter().map(|f| finding(result, f)).collect(),
            summary: result.summary(),
            warnings: &result.warnings,
        };
        // one write a block, not a line: reports of thousands of sources
        // run to megabytes
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        out.flush()
    }
}
