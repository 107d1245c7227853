//! Reporting, the last stage: `--format github` writes GitHub Actions
//! workflow commands — an `::error` for every mention of a conflict, a
//! `::warning` for every mention of a variant, so that each source's line is
//! annotated — then the configuration warnings and a closing `::notice` with
//! the counts. Accepted findings are not annotated; the notice counts them.

use std::io::{self, Write};

use super::Reporter;
use super::annotation;
use super::escape::{workflow_data, workflow_property};
use crate::model::finding::{CheckResult, Finding, Mention, Verdict};

pub(crate) struct Github;

/// `file=…,line=…` with columns only when the mention stays on one line,
/// as GitHub ignores columns on annotations that span lines.
fn properties(path: &str, m: &Mention, title: &str) -> String {
    let mut p = format!("file={},line={}", workflow_property(path), m.line);
    if m.end_line == m.line {
        p.push_str(&format!(",col={},endColumn={}", m.column, m.end_column));
    } else {
        p.push_str(&format!(",endLine={}", m.end_line));
    }
    p.push_str(&format!(",title={}", workflow_property(title)));
    p
}

fn annotate(result: &CheckResult, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
    let command = match f.verdict {
        Verdict::Conflict => "error",
        Verdict::Variant => "warning",
        Verdict::Unclear => "notice",
        Verdict::Agree | Verdict::Single => return Ok(()),
    };
    let title = format!("{} [{}]", annotation::title(f), f.id);
    for (i, m) in f.mentions.iter().enumerate() {
        let path = &result.sources[m.source].path;
        let message = annotation::mention_message(result, f, i);
        writeln!(out, "::{command} {}::{}", properties(path, m, &title), workflow_data(&message))?;
    }
    Ok(())
}

impl Reporter for Github {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let mut accepted = 0;
        for f in &result.findings {
            if f.accepted.is_some() && matches!(f.verdict, Verdict::Conflict | Verdict::Variant) {
                accepted += 1;
                continue;
            }
            annotate(result, f, out)?;
        }
        for w in &result.warnings {
            writeln!(out, "::warning title=factdiff::{}", workflow_data(w))?;
        }
        let mut summary = format!("factdiff: {}", annotation::summary(&result.summary()));
        if accepted > 0 {
            summary.push_str(&format!(" ({accepted} accepted, not annotated)"));
        }
        writeln!(out, "::notice title=factdiff::{}", workflow_data(&summary))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::claim::{ClaimValue, Dimension, Hedge, Quantity};
    use crate::model::finding::{Explanation, SourceInfo};

    fn mention(source: usize, value: f64, line: usize) -> Mention {
        Mention {
            source,
            start: 0,
            end: 18,
            line,
            column: 5,
            end_line: line,
            end_column: 23,
            text: "rund 650 Kilometer".into(),
            sentence: "rund 650 Kilometer".into(),
            in_sentence: 0..18,
            value: ClaimValue::Quantity(Quantity {
                dimension: Dimension::Length,
                unit: "m".into(),
                value,
                low: value,
                high: value,
                hedge: Hedge::Exact,
                noun: None,
            }),
            frame: Default::default(),
        }
    }

    fn source(id: &str, path: &str) -> SourceInfo {
        SourceInfo { id: id.into(), path: path.into(), name: None, published: None, lang: Default::default() }
    }

    #[test]
    fn conflicts_annotate_every_mention_with_escaped_properties() {
        let result = CheckResult {
            sources: vec![source("a", "dir,1/a:b.txt"), source("b", "b.txt")],
            findings: vec![Finding {
                id: "quantity-1".into(),
                kind: crate::model::claim::ClaimKind::Quantity,
                verdict: Verdict::Conflict,
                severity: Verdict::Conflict.severity(),
                subject: "length: 100%, Meer".into(),
                confidence: 1.0,
                evidence: Vec::new(),
                mentions: vec![mention(0, 650000.0, 3), mention(1, 300000.0, 4)],
                pinned: false,
                accepted: None,
                notes: Vec::new(),
                explanation: Explanation::default(),
            }],
            warnings: vec!["a.txt:1:1: quotation mark \" is never closed\nignored".into()],
        };
        let mut out = Vec::new();
        Github.report(&result, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines[0].starts_with("::error file=dir%2C1/a%3Ab.txt,line=3,col=5,endColumn=23,title=factdiff conflict%3A length%3A 100%25%2C Meer [quantity-1]::"), "{}", lines[0]);
        assert!(lines[0].contains("this source says 650 km; b (b.txt:4) says 300 km."), "{}", lines[0]);
        assert!(lines[2].ends_with("never closed%0Aignored"));
        assert_eq!(lines[3], "::notice title=factdiff::factdiff: 2 sources: 1 conflict, 0 variants, 0 agree, 0 single");
    }
}
