//! Reporting, the last stage: `--format html` writes one self-contained page
//! (inline CSS, no scripts, no external assets): the sources with their
//! datelines, the counts by verdict, and one row per finding with a column
//! per source that shows its mention marked in its sentence, the normalised
//! value and, for quotes, the words changed against the first wording. The
//! page is a minijinja template with HTML auto-escaping, so every piece of
//! source text is shown as text.

use std::io::{self, Write};

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::diff::Piece;
use super::{Reporter, annotation, display, wordings};
use crate::model::finding::{CheckResult, Finding, Mention, Verdict};

pub(crate) struct Html;

const TEMPLATE: &str = include_str!("html/page.html.j2");

/// How much of a mention's sentence a cell shows, in characters.
const SENTENCE_WIDTH: usize = 320;

#[derive(Serialize)]
struct Page<'a> {
    version: &'static str,
    summary_text: String,
    accepted: usize,
    counts: Vec<Count>,
    sources: Vec<SourceView<'a>>,
    findings: Vec<FindingView<'a>>,
    singles: Vec<FindingView<'a>>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct Count {
    verdict: &'static str,
    icon: &'static str,
    label: &'static str,
    n: usize,
}

#[derive(Serialize)]
struct SourceView<'a> {
    id: &'a str,
    label: &'a str,
    name: Option<&'a str>,
    path: &'a str,
    published: Option<String>,
    lang: &'static str,
}

#[derive(Serialize)]
struct FindingView<'a> {
    id: &'a str,
    kind: &'static str,
    verdict: &'static str,
    icon: &'static str,
    subject: &'a str,
    /// The values side by side; empty for quotes, whose cells show them.
    values: String,
    notes: &'a [String],
    accepted: Option<&'a str>,
    /// One list of mentions per source, in the order of the sources.
    cells: Vec<Vec<MentionView>>,
}

#[derive(Serialize)]
struct MentionView {
    before: String,
    claim: String,
    after: String,
    /// The normalised value; `None` for quotes, whose sentence shows it.
    value: Option<String>,
    speaker: Option<String>,
    location: String,
    diff: Option<Vec<PieceView>>,
}

#[derive(Serialize)]
struct PieceView {
    op: &'static str,
    text: String,
}

fn icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "✗",
        Verdict::Variant => "~",
        Verdict::Unclear => "?",
        Verdict::Agree => "✓",
        Verdict::Single => "·",
    }
}

/// A diff piece as the page shows it, with the spaces around a changed run
/// left outside its `<del>`/`<ins>`, so that the marks hug the words.
fn piece_views(piece: Piece) -> Vec<PieceView> {
    let (op, text) = match piece {
        Piece::Same(text) => return vec![PieceView { op: "same", text }],
        Piece::Removed(text) => ("del", text),
        Piece::Added(text) => ("ins", text),
    };
    let core = text.trim();
    if core.is_empty() {
        // Only spaces changed: show the new wording's spaces, not the old.
        return if op == "ins" { vec![PieceView { op: "same", text }] } else { Vec::new() };
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    [("same", lead), (op, core), ("same", trail)]
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(op, t)| PieceView { op, text: t.to_string() })
        .collect()
}

fn mention_view(result: &CheckResult, f: &Finding, m: &Mention) -> MentionView {
    let (before, claim, after) = display::excerpt(&m.sentence, m.in_sentence.clone(), SENTENCE_WIDTH);
    let source = &result.sources[m.source];
    let diff = wordings::against_reference(f, m).map(|pieces| pieces.into_iter().flat_map(piece_views).collect());
    MentionView {
        before,
        claim,
        after,
        value: if wordings::words(m).is_some() { None } else { Some(display::value(&m.value)) },
        speaker: m.speaker().map(str::to_string),
        location: display::location(&source.path, m.line, m.column),
        diff,
    }
}

fn finding_view<'a>(result: &'a CheckResult, f: &'a Finding) -> FindingView<'a> {
    let cells = (0..result.sources.len())
        .map(|s| f.mentions.iter().filter(|m| m.source == s).map(|m| mention_view(result, f, m)).collect())
        .collect();
    FindingView {
        id: &f.id,
        kind: f.kind.as_str(),
        verdict: f.verdict.as_str(),
        icon: icon(f.verdict),
        subject: &f.subject,
        values: if wordings::reference(f).is_some() { String::new() } else { display::comparison(f) },
        notes: &f.notes,
        accepted: f.accepted.as_deref(),
        cells,
    }
}

fn page(result: &CheckResult) -> Page<'_> {
    let s = result.summary();
    let count = |verdict: Verdict, label, n| Count { verdict: verdict.as_str(), icon: icon(verdict), label, n };
    Page {
        version: env!("CARGO_PKG_VERSION"),
        summary_text: annotation::summary(&s),
        accepted: result.findings.iter().filter(|f| f.accepted.is_some()).count(),
        counts: vec![
            count(Verdict::Conflict, if s.conflict == 1 { "conflict" } else { "conflicts" }, s.conflict),
            count(Verdict::Variant, if s.variant == 1 { "variant" } else { "variants" }, s.variant),
            count(Verdict::Agree, "agree", s.agree),
            count(Verdict::Single, "single", s.single),
        ],
        sources: result
            .sources
            .iter()
            .map(|src| SourceView {
                id: &src.id,
                label: src.label(),
                name: src.name.as_deref(),
                path: &src.path,
                published: src.published.map(crate::report::wire::datetime),
                lang: src.lang.code(),
            })
            .collect(),
        findings: result
            .findings
            .iter()
            .filter(|f| f.verdict != Verdict::Single)
            .map(|f| finding_view(result, f))
            .collect(),
        singles: result
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Single)
            .map(|f| finding_view(result, f))
            .collect(),
        warnings: &result.warnings,
    }
}

/// The page as a string; template errors become `io::Error`s.
fn render(result: &CheckResult) -> io::Result<String> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("page.html", TEMPLATE).map_err(io::Error::other)?;
    let template = env.get_template("page.html").map_err(io::Error::other)?;
    template.render(Serde(page(result))).map_err(io::Error::other)
}

impl Reporter for Html {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let mut html = render(result)?;
        if !html.ends_with('\n') {
            html.push('\n');
        }
        out.write_all(html.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_renders_an_empty_result() {
        let html = render(&CheckResult::default()).unwrap();
        assert!(html.contains("0 sources: 0 conflicts, 0 variants, 0 agree, 0 single"));
        assert!(!html.contains("<script"));
    }
}
