//! The hand-off from alignment and judging to reporting: findings with
//! their verdicts and mentions, and the whole result of a check.

use jiff::civil::DateTime;

use crate::model::claim::{ClaimKind, ClaimValue, Lang};
use crate::model::frame::Frame;

/// What factdiff concludes about one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Conflict,
    Variant,
    /// A possible discrepancy that cannot be confirmed: "check this".
    Unclear,
    Agree,
    Single,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Variant => "variant",
            Verdict::Unclear => "unclear",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }

    /// The default severity of the verdict.
    pub fn severity(self) -> Severity {
        match self {
            Verdict::Conflict => Severity::Error,
            Verdict::Variant => Severity::Warning,
            Verdict::Unclear | Verdict::Agree | Verdict::Single => Severity::Note,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A source as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceInfo {
    pub id: String,
    pub path: String,
    pub name: Option<String>,
    pub published: Option<DateTime>,
    pub lang: Lang,
}

impl SourceInfo {
    /// The display name, or the id when the configuration gives none.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

/// Where one source states the fact, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index into [`CheckResult::sources`].
    pub source: usize,
    /// Byte offsets into the file as read.
    pub start: usize,
    pub end: usize,
    /// 1-based line and column (in characters) of `start`.
    pub line: usize,
    pub column: usize,
    /// 1-based line and column of `end`.
    pub end_line: usize,
    pub end_column: usize,
    /// The claim as written.
    pub text: String,
    /// The sentence that holds it.
    pub sentence: String,
    /// Byte range of the claim inside `sentence`.
    pub in_sentence: std::ops::Range<usize>,
    pub value: ClaimValue,
    /// What the claim is about, as extraction read it.
    pub frame: Frame,
}

impl Mention {
    pub fn speaker(&self) -> Option<&str> {
        match &self.value {
            ClaimValue::Quote(q) => q.speaker.as_deref(),
            _ => None,
        }
    }
}

/// Why mentions were paired: the subject words they share and the score of
/// each pair.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Explanation {
    pub shared: Vec<String>,
    /// (mention index, mention index, score, words shared by the pair).
    pub pairs: Vec<(usize, usize, f64, Vec<String>)>,
    /// For each pair: the frame evidence and the settings that decided it.
    pub decided: Vec<Vec<String>>,
    /// For a finding of one mention: the closest claims that did not pair,
    /// as (source index, claim text, score, shared words).
    pub near_misses: Vec<(usize, String, f64, Vec<String>)>,
}

/// One fact, every source's mention of it, and the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub id: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub severity: Severity,
    pub subject: String,
    /// How sure alignment is that every mention is about one fact (0–1).
    pub confidence: f64,
    /// What the pairing rests on (`measure: Tote`, `names: Nordkorea`).
    pub evidence: Vec<String>,
    pub mentions: Vec<Mention>,
    /// Set when `claims.yaml` pins this fact under an id.
    pub pinned: bool,
    /// The reason given in `claims.yaml` when the finding is accepted.
    pub accepted: Option<String>,
    /// Short remarks for the reader (a weekday that misses its date).
    pub notes: Vec<String>,
    pub explanation: Explanation,
}

impl Finding {
    /// Whether this finding fails a run with `--fail-on` at `threshold`.
    pub fn fails(&self, threshold: Option<Verdict>) -> bool {
        match threshold {
            None => false,
            Some(t) => self.accepted.is_none() && self.verdict <= t,
        }
    }
}

/// Counts of findings by verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub sources: usize,
    pub agree: usize,
    pub variant: usize,
    pub conflict: usize,
    pub unclear: usize,
    pub single: usize,
}

/// Everything a check found, ready for any reporter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckResult {
    pub sources: Vec<SourceInfo>,
    /// Conflicts first, then variants, agreements and singles.
    pub findings: Vec<Finding>,
    /// Things the user should know that are not findings: stray quotation
    /// marks, an accepted id that matches nothing, a pinned claim not found.
    pub warnings: Vec<String>,
}

impl CheckResult {
    pub fn summary(&self) -> Summary {
        let mut s = Summary { sources: self.sources.len(), ..Summary::default() };
        for f in &self.findings {
            match f.verdict {
                Verdict::Agree => s.agree += 1,
                Verdict::Variant => s.variant += 1,
                Verdict::Conflict => s.conflict += 1,
                Verdict::Unclear => s.unclear += 1,
                Verdict::Single => s.single += 1,
            }
        }
        s
    }

    /// Whether any finding reaches the `--fail-on` threshold.
    pub fn fails(&self, threshold: Option<Verdict>) -> bool {
        self.findings.iter().any(|f| f.fails(threshold))
    }
}
