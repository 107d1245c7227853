//! Reporting, the last stage: the one-line texts that annotations carry —
//! a finding's title and message, a mention's message and the summary
//! sentence — shared by the SARIF and GitHub reporters.

use super::display;
use crate::model::claim::ClaimKind;
use crate::model::finding::{CheckResult, Finding, Mention, Summary, Verdict};

/// `3 conflicts`, `1 conflict`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `5 sources: 1 conflict, 7 variants, 7 agree, 19 single`.
pub fn summary(s: &Summary) -> String {
    format!(
        "{}: {}, {}, {} agree, {} single",
        count(s.sources, "source", "sources"),
        count(s.conflict, "conflict", "conflicts"),
        count(s.variant, "variant", "variants"),
        s.agree,
        s.single
    )
}

/// `factdiff conflict: length: Angaben Meer Militärs`.
pub fn title(f: &Finding) -> String {
    format!("factdiff {}: {}", f.verdict.as_str(), f.subject)
}

fn lead(f: &Finding) -> &'static str {
    match (f.verdict, f.kind) {
        (Verdict::Conflict, ClaimKind::Quote) => "The same quote is given to different speakers",
        (Verdict::Conflict, _) => "The sources disagree",
        (Verdict::Variant, _) => "The sources word this quote differently",
        (Verdict::Unclear, _) => "Check this: a possible discrepancy factdiff cannot confirm",
        (Verdict::Agree, _) => "The sources agree",
        (Verdict::Single, _) => "Only one source states this",
    }
}

/// What one mention says: `≈650 km`, `„Ich bin froh“ (Wladimir Putin)`.
pub fn said(m: &Mention) -> String {
    match m.speaker() {
        Some(who) => format!("{} ({who})", display::value(&m.value)),
        None => display::value(&m.value),
    }
}

/// `Report, 13.09.2023 (seeds/001.txt:27)`.
pub fn place(result: &CheckResult, m: &Mention) -> String {
    let source = &result.sources[m.source];
    format!("{} ({}:{})", source.label(), source.path, m.line)
}

/// The finding as one message: what it is and what every source says.
pub fn message(result: &CheckResult, f: &Finding) -> String {
    let each: Vec<String> = f.mentions.iter().map(|m| format!("{} says {}", place(result, m), said(m))).collect();
    let mut text = format!("{} ({}): {}.", lead(f), f.subject, each.join("; "));
    if let Some(reason) = &f.accepted {
        text.push_str(&format!(" Accepted: {reason}."));
    }
    text
}

/// The finding as seen from one of its mentions: what this source says and
/// what the others say instead.
pub(crate) fn mention_message(result: &CheckResult, f: &Finding, index: usize) -> String {
    let here = &f.mentions[index];
    let others: Vec<String> = f
        .mentions
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != index)
        .map(|(_, m)| format!("{} says {}", place(result, m), said(m)))
        .collect();
    format!("{} ({}): this source says {}; {}.", lead(f), f.subject, said(here), others.join("; "))
}
