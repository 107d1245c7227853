//! The report formats and the factory that builds a reporter for one: the
//! list lives here, in the library, so every front end offers the same.

use super::Reporter;
use super::{github::Github, html::Html, json::Json, markdown::Markdown, sarif::Sarif, terminal::Terminal};

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Terminal,
    Json,
    Markdown,
    Html,
    Sarif,
    Github,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 6] =
        [Format::Terminal, Format::Json, Format::Markdown, Format::Html, Format::Sarif, Format::Github];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Terminal => "terminal",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Sarif => "sarif",
            Format::Github => "github",
        }
    }

    /// One line on what the format is for.
    pub fn about(self) -> &'static str {
        match self {
            Format::Terminal => "A readable report for a person at a terminal, coloured when it goes to one",
            Format::Json => "The documented JSON report (schema_version 2; docs/schema/check.schema.json)",
            Format::Markdown => "A pull-request comment: summary, table of conflicts and variants, details folded",
            Format::Html => "One self-contained HTML page with a column per source",
            Format::Sarif => "SARIF 2.1.0 for code-scanning tools",
            Format::Github => "GitHub Actions workflow commands (::error / ::warning annotations)",
        }
    }

    /// The format of a name, if there is one.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// What a reporter may be told beyond the result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    /// Write ANSI colours (only the terminal format ever colours).
    pub color: bool,
    /// List findings that only one source states (terminal).
    pub show_single: bool,
}

/// The reporter for `format`.
pub fn reporter(format: Format, style: Style) -> Box<dyn Reporter> {
    match format {
        Format::Terminal => Box::new(Terminal { color: style.color, show_single: style.show_single }),
        Format::Json => Box::new(Json),
        Format::Markdown => Box::new(Markdown),
        Format::Html => Box::new(Html),
        Format::Sarif => Box::new(Sarif),
        Format::Github => Box::new(Github),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_reads_back_from_its_name() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Some(f));
        }
        assert_eq!(Format::parse("xml"), None);
    }
}
