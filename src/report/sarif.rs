//! Reporting, the last stage: `--format sarif` writes SARIF 2.1.0 for code
//! scanning. One rule per claim kind; one result per conflict (`error`) and
//! variant (`warning`), located at every source's mention, fingerprinted by
//! the finding id. Accepted findings stay in the log with an `external`
//! suppression that carries the reason, so that code scanning shows them as
//! dismissed rather than losing them; agreements and singles are left out.
//! Columns count Unicode code points (`columnKind: unicodeCodePoints`).

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::Reporter;
use super::{annotation, escape};
use crate::model::claim::ClaimKind;
use crate::model::finding::{CheckResult, Finding, Mention, Verdict};

pub(crate) struct Sarif;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where to read about the tool: the package's homepage or repository when
/// Cargo.toml names one, else its crates.io page.
fn information_uri() -> String {
    [option_env!("CARGO_PKG_HOMEPAGE"), option_env!("CARGO_PKG_REPOSITORY")]
        .into_iter()
        .flatten()
        .find(|u| !u.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| format!("https://crates.io/crates/{}", env!("CARGO_PKG_NAME")))
}

const KINDS: [ClaimKind; 3] = [ClaimKind::Quantity, ClaimKind::Date, ClaimKind::Quote];

fn rule(kind: ClaimKind) -> Value {
    let (name, short, full, help) = match kind {
        ClaimKind::Quantity => (
            "QuantityDisagreement",
            "Sources give different quantities for the same fact.",
            "Two or more sources state a quantity about the same subject (a distance, a duration, a count, an \
             amount), and the intervals their numbers and hedges allow do not overlap after unit conversion.",
            "Check the numbers against the original reporting. Hedges such as 'rund', 'mehr als' or 'bis zu' \
             are taken into account; if the difference is known and fine, accept the finding in claims.yaml \
             with a reason.",
        ),
        ClaimKind::Date => (
            "DateDisagreement",
            "Sources give different dates or times for the same event.",
            "Two or more sources date the same event, and the days or times they name cannot both be true. \
             Relative dates ('am Mittwoch') are resolved against each source's dateline; unresolved ones are \
             never reported.",
            "Check the dates against the original reporting and each source's dateline (claims.yaml \
             'published'); accept the finding in claims.yaml with a reason if the difference is fine.",
        ),
        ClaimKind::Quote => (
            "QuoteDisagreement",
            "Sources quote the same utterance differently or give it to different speakers.",
            "Two or more sources quote the same utterance: a variant words it differently (a translation, a \
             paraphrase inside quotation marks), a conflict gives it to different speakers.",
            "Compare the wordings with the original statement and decide which is right; accept the finding \
             in claims.yaml with a reason if the wordings are fine.",
        ),
    };
    json!({
        "id": kind.as_str(),
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help},
        "defaultConfiguration": {"level": if kind == ClaimKind::Quote { "warning" } else { "error" }},
        "properties": {"tags": ["factdiff", kind.as_str()]},
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Value,
    artifacts: Vec<Value>,
    results: Vec<Value>,
    column_kind: &'static str,
}

fn location(result: &CheckResult, m: &Mention) -> Value {
    let source = &result.sources[m.source];
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": escape::uri(&source.path), "index": m.source},
            "region": {
                "startLine": m.line,
                "startColumn": m.column,
                "endLine": m.end_line,
                "endColumn": m.end_column,
                "snippet": {"text": m.text},
            },
        },
        "message": {"text": format!("{} says {}", source.label(), annotation::said(m))},
    })
}

fn result_for(result: &CheckResult, f: &Finding) -> Option<Value> {
    let level = match f.verdict {
        Verdict::Conflict => "error",
        Verdict::Variant => "warning",
        Verdict::Unclear => "note",
        Verdict::Agree | Verdict::Single => return None,
    };
    let rule_index = KINDS.iter().position(|k| *k == f.kind).unwrap_or(0);
    let mut r = json!({
        "ruleId": f.kind.as_str(),
        "ruleIndex": rule_index,
        "level": level,
        "message": {"text": annotation::message(result, f)},
        "locations": f.mentions.iter().map(|m| location(result, m)).collect::<Vec<_>>(),
        "partialFingerprints": {"findingId/v1": f.id},
        "properties": {"id": f.id, "verdict": f.verdict.as_str(), "subject": f.subject, "pinned": f.pinned},
    });
    if let Some(reason) = &f.accepted {
        r["suppressions"] = json!([{"kind": "external", "justification": reason}]);
    }
    Some(r)
}

fn artifact(source: &crate::model::finding::SourceInfo) -> Value {
    let mut a = json!({
        "location": {"uri": escape::uri(&source.path)},
        "mimeType": "text/plain",
        "description": {"text": source.label()},
    });
    if let Some(published) = source.published {
        a["properties"] = json!({"published": crate::report::wire::datetime(published)});
    }
    a
}

impl Reporter for Sarif {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let tool = json!({"driver": {
            "name": env!("CARGO_PKG_NAME"),
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": information_uri(),
            "rules": KINDS.iter().map(|k| rule(*k)).collect::<Vec<_>>(),
        }});
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: [Run {
                tool,
                artifacts: result.sources.iter().map(artifact).collect(),
                results: result.findings.iter().filter_map(|f| result_for(result, f)).collect(),
                column_kind: "unicodeCodePoints",
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}
