//! `--explain ID`: why the mentions of one finding were paired — the
//! subject words they share and the score of each pair, and the evidence
//! for the speaker of each quotation.

use std::fmt::Write;

use super::display;
use crate::model::claim::ClaimValue;
use crate::model::finding::{CheckResult, Finding};

/// The explanation of `finding` as plain text.
pub fn explain(result: &CheckResult, finding: &Finding) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}  {} {}: {}", finding.id, finding.verdict.as_str(), finding.kind.as_str(), finding.subject);
    let _ = writeln!(s, "values: {}", display::comparison(finding));
    let _ = writeln!(s, "confidence: {:.2}", finding.confidence);
    if !finding.evidence.is_empty() {
        let _ = writeln!(s, "evidence: {}", finding.evidence.join("; "));
    }
    for note in &finding.notes {
        let _ = writeln!(s, "note: {note}");
    }
    let _ = writeln!(s, "mentions:");
    for (i, m) in finding.mentions.iter().enumerate() {
        let source = &result.sources[m.source];
        let _ =
            writeln!(s, "  [{i}] {} {}  {}", source.label(), display::location(&source.path, m.line, m.column), m.text);
        if !m.frame.is_empty() {
            let _ = writeln!(s, "      frame: {}", frame_words(&m.frame));
        }
        if let ClaimValue::Quote(q) = &m.value
            && let (Some(speaker), Some(evidence)) = (&q.speaker, &q.speaker_evidence)
        {
            let _ = writeln!(s, "      speaker {speaker}: {evidence}");
        }
    }
    if finding.explanation.pairs.is_empty() {
        let _ = writeln!(s, "no pairs: only one mention, or a finding of its own");
        if !finding.explanation.near_misses.is_empty() {
            let _ = writeln!(s, "closest claims that did not pair (score, shared words):");
            for (source, text, score, words) in &finding.explanation.near_misses {
                let label = result.sources[*source].label();
                let shared = words.iter().take(8).cloned().collect::<Vec<_>>().join(", ");
                let _ = writeln!(s, "  {label}: {text}  {score:.2}  {shared}");
            }
        }
    } else {
        let _ = writeln!(s, "shared subject words: {}", finding.explanation.shared.join(", "));
        let _ = writeln!(s, "pairs (score, shared words):");
        for (k, (a, b, score, words)) in finding.explanation.pairs.iter().enumerate() {
            let _ = writeln!(
                s,
                "  [{a}]–[{b}]  {score:.2}  {}",
                words.iter().take(8).cloned().collect::<Vec<_>>().join(", ")
            );
            if let Some(decided) = finding.explanation.decided.get(k).filter(|d| !d.is_empty()) {
                let _ = writeln!(s, "         decided by: {}", decided.join("; "));
            }
        }
    }
    s
}

/// A frame as `measure=… predicate=… names=… scope=… time=…`.
fn frame_words(f: &crate::model::frame::Frame) -> String {
    let mut parts = Vec::new();
    let mut put = |name: &str, v: &Option<String>| {
        if let Some(v) = v {
            parts.push(format!("{name}={v}"));
        }
    };
    put("measure", &f.measure);
    put("predicate", &f.predicate);
    put("scope", &f.scope);
    put("time", &f.time_frame);
    if !f.participants.is_empty() {
        parts.push(format!("names={}", f.participants.join(",")));
    }
    if !f.owners.is_empty() {
        parts.push(format!("of={}", f.owners.join(",")));
    }
    parts.join(" ")
}
