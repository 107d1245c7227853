//! Reporting, the last stage: `--format markdown` writes a pull-request
//! comment — a summary line, the sources, a table of conflicts and variants
//! (values side by side, each source's `file:line:column`), quote word diffs
//! as `<del>`/`<ins>` (which GitHub renders), agreements folded in
//! `<details>`, singles listed only when few, and warnings at the end. Every
//! piece of source text is escaped, so that it renders as written.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::diff::Piece;
use super::escape::{code, markdown as md, marked};
use super::{Reporter, display, wordings};
use crate::model::claim::ClaimKind;
use crate::model::finding::{CheckResult, Finding, Mention, Verdict};

pub struct Markdown;

/// Singles are listed when there are at most this many, else counted.
const MAX_SINGLES: usize = 10;

fn label(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "❌ conflict",
        Verdict::Variant => "⚠️ variant",
        Verdict::Unclear => "❓ unclear",
        Verdict::Agree => "✅ agree",
        Verdict::Single => "➖ single",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `seeds/a.txt:3:92`, preceded by the source's name when it has one.
fn place(result: &CheckResult, m: &Mention) -> String {
    let source = &result.sources[m.source];
    let loc = code(&display::location(&source.path, m.line, m.column));
    match &source.name {
        Some(name) => format!("{} {loc}", md(name)),
        None => loc,
    }
}

/// What one mention says, for a table cell: its value, or for a quote
/// (whose words are shown below the table) its speaker.
fn said(m: &Mention) -> String {
    match (wordings::words(m), m.speaker()) {
        (Some(_), Some(who)) => format!("— {}", md(who)),
        (Some(_), None) => "— speaker unknown".to_string(),
        (None, _) => md(&display::value(&m.value)),
    }
}

fn subject_cell(f: &Finding) -> String {
    let mut s = format!("{}<br><sub>{}</sub>", md(&f.subject), code(&f.id));
    for note in &f.notes {
        let _ = write!(s, "<br>note: {}", md(note));
    }
    if let Some(reason) = &f.accepted {
        let _ = write!(s, "<br>**accepted:** {}", md(reason));
    }
    s
}

fn values_cell(f: &Finding) -> String {
    if f.kind == ClaimKind::Quote {
        let n = 1 + wordings::others(f).len();
        return format!("{} (see below)", plural(n, "wording", "wordings"));
    }
    md(&display::comparison(f))
}

fn where_cell(result: &CheckResult, f: &Finding) -> String {
    f.mentions.iter().map(|m| format!("{} {}", place(result, m), said(m))).collect::<Vec<_>>().join("<br>")
}

fn issues(result: &CheckResult, issues: &[&Finding], s: &mut String) {
    let _ = writeln!(s, "### Conflicts and variants\n");
    let _ = writeln!(s, "| verdict | kind | subject | values | where |");
    let _ = writeln!(s, "|---|---|---|---|---|");
    for f in issues {
        let accepted = if f.accepted.is_some() { " (accepted)" } else { "" };
        let _ = writeln!(
            s,
            "| {}{accepted} | {} | {} | {} | {} |",
            label(f.verdict),
            f.kind.as_str(),
            subject_cell(f),
            values_cell(f),
            where_cell(result, f)
        );
    }
    let _ = writeln!(s);
}

/// The quoted words with the changes against the first wording marked.
fn diff_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Same(t) => md(t),
            Piece::Removed(t) => marked(t, "<del>", "</del>"),
            Piece::Added(t) => marked(t, "<ins>**", "**</ins>"),
        })
        .collect()
}

fn quote_diffs(result: &CheckResult, quotes: &[&Finding], s: &mut String) {
    if quotes.is_empty() {
        return;
    }
    let _ = writeln!(s, "### Quote wordings\n");
    let _ = writeln!(s, "Each wording against the first: <del>removed</del>, <ins>**added**</ins>.\n");
    for f in quotes {
        let Some(first) = wordings::reference(f) else { continue };
        let _ = writeln!(s, "**{}** {} {}\n", label(f.verdict), md(&f.subject), code(&f.id));
        let same: Vec<String> = f
            .mentions
            .iter()
            .filter(|m| wordings::words(m) == Some(first))
            .map(|m| format!("{} {}", place(result, m), said(m)))
            .collect();
        let _ = writeln!(s, "- „{}“<br>{}", md(first), same.join("<br>"));
        for (idx, pieces) in wordings::others(f) {
            let by: Vec<String> =
                idx.iter().map(|&i| format!("{} {}", place(result, &f.mentions[i]), said(&f.mentions[i]))).collect();
            let _ = writeln!(s, "- „{}“<br>{}", diff_text(&pieces), by.join("<br>"));
        }
        let _ = writeln!(s);
    }
}

fn folded(result: &CheckResult, title: &str, findings: &[&Finding], s: &mut String) {
    if findings.is_empty() {
        return;
    }
    let _ = writeln!(s, "<details><summary>{title}</summary>\n");
    let _ = writeln!(s, "| kind | subject | value | where |");
    let _ = writeln!(s, "|---|---|---|---|");
    for f in findings {
        let value = if f.kind == ClaimKind::Quote {
            let speaker = f.mentions.iter().find_map(|m| m.speaker()).map(|w| format!(" — {w}")).unwrap_or_default();
            md(&format!("„{}“{speaker}", wordings::reference(f).unwrap_or_default()))
        } else {
            md(&display::comparison(f))
        };
        let places = f.mentions.iter().map(|m| place(result, m)).collect::<Vec<_>>().join("<br>");
        let _ = writeln!(s, "| {} | {} | {value} | {places} |", f.kind.as_str(), subject_cell(f));
    }
    let _ = writeln!(s, "\n</details>\n");
}

fn sources(result: &CheckResult, s: &mut String) {
    let _ = writeln!(s, "<details><summary>{}</summary>\n", plural(result.sources.len(), "source", "sources"));
    let _ = writeln!(s, "| id | name | path | dateline |");
    let _ = writeln!(s, "|---|---|---|---|");
    for src in &result.sources {
        let published = src.published.map(crate::report::wire::datetime).unwrap_or_else(|| "unknown".into());
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            code(&src.id),
            src.name.as_deref().map(md).unwrap_or_default(),
            code(&src.path),
            published
        );
    }
    let _ = writeln!(s, "\n</details>\n");
}

fn render(result: &CheckResult) -> String {
    let sum = result.summary();
    let mut s = String::new();
    // an icon only where there is something to look at
    let flag = |n: usize, icon: &str, text: String| if n > 0 { format!("{icon} {text}") } else { text };
    let _ = writeln!(
        s,
        "## factdiff: {} · {} · {} agree · {} single\n",
        flag(sum.conflict, "❌", plural(sum.conflict, "conflict", "conflicts")),
        flag(sum.variant, "⚠️", plural(sum.variant, "variant", "variants")),
        sum.agree,
        sum.single,
    );
    let accepted = result.findings.iter().filter(|f| f.accepted.is_some()).count();
    let accepted = if accepted > 0 { format!(" {accepted} accepted in claims.yaml.") } else { String::new() };
    let _ = writeln!(s, "Checked {}.{accepted}\n", plural(sum.sources, "source", "sources"));
    sources(result, &mut s);

    let by = |v: Verdict| result.findings.iter().filter(move |f| f.verdict == v);
    let issue_list: Vec<&Finding> = by(Verdict::Conflict).chain(by(Verdict::Variant)).collect();
    if issue_list.is_empty() {
        let _ = writeln!(s, "No conflicts or variants.\n");
    } else {
        issues(result, &issue_list, &mut s);
        let quotes: Vec<&Finding> = issue_list.iter().copied().filter(|f| f.kind == ClaimKind::Quote).collect();
        quote_diffs(result, &quotes, &mut s);
    }
    let agree: Vec<&Finding> = by(Verdict::Agree).collect();
    folded(result, &format!("✅ {}", plural(agree.len(), "agreement", "agreements")), &agree, &mut s);
    let singles: Vec<&Finding> = by(Verdict::Single).collect();
    if singles.len() > MAX_SINGLES {
        let _ = writeln!(
            s,
            "{} stated by only one source are not listed (`factdiff check --show all` lists them).\n",
            plural(singles.len(), "claim", "claims")
        );
    } else {
        folded(
            result,
            &format!("➖ {} stated by one source", plural(singles.len(), "claim", "claims")),
            &singles,
            &mut s,
        );
    }
    if !result.warnings.is_empty() {
        let _ = writeln!(s, "### Warnings\n");
        for w in &result.warnings {
            let _ = writeln!(s, "- {}", md(w));
        }
        let _ = writeln!(s);
    }
    let _ = writeln!(s, "<sub>factdiff {}</sub>", env!("CARGO_PKG_VERSION"));
    s
}

impl Reporter for Markdown {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render(result).as_bytes())
    }
}
