//! The terminal report for an editor at a desk: a summary line, then
//! conflicts, variants and agreements, each with every source's mention in
//! its sentence, the values side by side and word diffs of quotes.

use std::io::{self, Write};

use owo_colors::OwoColorize;

use super::escape::terminal as esc;
use super::{Reporter, diff, display};
use crate::model::claim::ClaimValue;
use crate::model::finding::{CheckResult, Finding, Verdict};

pub struct Terminal {
    /// Whether to write ANSI colours; without them, marks are textual.
    pub color: bool,
    /// Whether to list findings that only one source states.
    pub show_single: bool,
}

impl Terminal {
    fn paint(&self, text: &str, verdict: Verdict) -> String {
        if !self.color {
            return text.to_string();
        }
        match verdict {
            Verdict::Conflict => text.red().bold().to_string(),
            Verdict::Variant => text.yellow().bold().to_string(),
            Verdict::Unclear => text.cyan().bold().to_string(),
            Verdict::Agree => text.green().bold().to_string(),
            Verdict::Single => text.dimmed().to_string(),
        }
    }

    fn dim(&self, text: &str) -> String {
        if self.color { text.dimmed().to_string() } else { text.to_string() }
    }

    fn highlight(&self, text: &str) -> String {
        if self.color { text.bold().underline().to_string() } else { format!("[[{text}]]") }
    }

    fn finding(&self, result: &CheckResult, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
        let label = match f.verdict {
            Verdict::Conflict => "✗ conflict",
            Verdict::Variant => "~ variant ",
            Verdict::Unclear => "? unclear ",
            Verdict::Agree => "✓ agree   ",
            Verdict::Single => "· single  ",
        };
        let mut tags = Vec::new();
        if f.pinned {
            tags.push("pinned".to_string());
        }
        if let Some(reason) = &f.accepted {
            tags.push(format!("accepted: {reason}"));
        }
        let tags = if tags.is_empty() { String::new() } else { format!(" ({})", tags.join(", ")) };
        writeln!(
            out,
            "{}  {}{}  {}",
            self.paint(label, f.verdict),
            esc(&f.subject),
            esc(&tags),
            self.dim(&esc(&f.id))
        )?;
        if f.kind != crate::model::claim::ClaimKind::Quote {
            writeln!(out, "    {}", esc(&display::comparison(f)))?;
        }
        for note in &f.notes {
            writeln!(out, "    note: {}", esc(note))?;
        }
        let width = result.sources.iter().map(|s| s.label().chars().count()).max().unwrap_or(0).min(28);
        for m in &f.mentions {
            let source = &result.sources[m.source];
            let speaker = m.speaker().map(|s| format!(" — {s}")).unwrap_or_default();
            writeln!(
                out,
                "    {:<width$}  {}{}",
                esc(source.label()),
                self.dim(&esc(&display::location(&source.path, m.line, m.column))),
                esc(&speaker),
            )?;
            let (before, mid, after) = display::excerpt(&m.sentence, m.in_sentence.clone(), 150);
            writeln!(out, "      {}{}{}", esc(&before), self.highlight(&esc(&mid)), esc(&after))?;
        }
        if f.verdict == Verdict::Variant || f.verdict == Verdict::Conflict {
            self.quote_diffs(f, out)?;
        }
        writeln!(out)
    }

    /// Each other wording under the first, the words only one of them has
    /// marked: removed in the first line, added in the second.
    fn quote_diffs(&self, f: &Finding, out: &mut dyn Write) -> io::Result<()> {
        let words: Vec<&str> = f
            .mentions
            .iter()
            .filter_map(|m| match &m.value {
                ClaimValue::Quote(q) => Some(q.words.as_str()),
                _ => None,
            })
            .collect();
        let Some(first) = words.first() else { return Ok(()) };
        let mut shown = vec![*first];
        for other in &words[1..] {
            if shown.contains(other) {
                continue;
            }
            shown.push(other);
            let pieces = diff::words(first, other);
            let (mut old, mut new) = (String::new(), String::new());
            for p in pieces {
                match p {
                    diff::Piece::Same(t) => {
                        old.push_str(&esc(&t));
                        new.push_str(&esc(&t));
                    }
                    diff::Piece::Removed(t) => old.push_str(&self.mark(&esc(&t), false)),
                    diff::Piece::Added(t) => new.push_str(&self.mark(&esc(&t), true)),
                }
            }
            writeln!(out, "    {} {old}", self.dim("-"))?;
            writeln!(out, "    {} {new}", self.dim("+"))?;
        }
        Ok(())
    }

    /// A changed run of words: coloured, or `[-…-]` / `{+…+}` without colour.
    fn mark(&self, text: &str, added: bool) -> String {
        match (self.color, added) {
            (true, false) => text.red().strikethrough().to_string(),
            (true, true) => text.green().underline().to_string(),
            (false, false) => format!("[-{text}-]"),
            (false, true) => format!("{{+{text}+}}"),
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

impl Reporter for Terminal {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let s = result.summary();
        let hidden = if self.show_single || s.single == 0 { "" } else { " (hidden; --show all lists them)" };
        let unclear = if s.unclear == 0 {
            String::new()
        } else {
            format!(" · {}", self.paint(&format!("{} to check", s.unclear), Verdict::Unclear))
        };
        writeln!(
            out,
            "factdiff: {} sources · {} · {} · {} · {} single{}{}",
            s.sources,
            self.paint(&plural(s.conflict, "conflict"), Verdict::Conflict),
            self.paint(&plural(s.variant, "variant"), Verdict::Variant),
            self.paint(&format!("{} agree", s.agree), Verdict::Agree),
            s.single,
            hidden,
            unclear,
        )?;
        writeln!(out)?;
        let shown = |f: &&Finding| f.verdict != Verdict::Unclear && (self.show_single || f.verdict != Verdict::Single);
        let mut findings = result.findings.iter().filter(shown).peekable();
        // conflicts first, then the findings to check, then the rest
        while let Some(f) = findings.next_if(|f| f.verdict == Verdict::Conflict) {
            self.finding(result, f, out)?;
        }
        let mut to_check = result.findings.iter().filter(|f| f.verdict == Verdict::Unclear).peekable();
        if to_check.peek().is_some() {
            writeln!(
                out,
                "{}",
                self.paint("check these — possible discrepancies factdiff cannot confirm:", Verdict::Unclear)
            )?;
            writeln!(out)?;
            for f in to_check {
                self.finding(result, f, out)?;
            }
        }
        for f in findings {
            self.finding(result, f, out)?;
        }
        for w in &result.warnings {
            writeln!(out, "{} {}", self.paint("warning:", Verdict::Variant), esc(w))?;
        }
        Ok(())
    }
}
