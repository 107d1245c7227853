//! Reporting, the last stage: the wordings of a quote finding, each compared
//! word by word with the first, for the reporters that show quote diffs.

use super::diff::{self, Piece};
use crate::model::claim::ClaimValue;
use crate::model::finding::{Finding, Mention};

/// The quoted words of a mention, when it is a quote.
pub fn words(m: &Mention) -> Option<&str> {
    match &m.value {
        ClaimValue::Quote(q) => Some(q.words.as_str()),
        _ => None,
    }
}

/// The first wording of a quote finding, which the others are compared with.
pub fn reference(f: &Finding) -> Option<&str> {
    f.mentions.iter().find_map(words)
}

/// The word diff of a mention's quote against the finding's first wording;
/// `None` for the first wording itself, a wording equal to it and non-quotes.
pub(crate) fn against_reference(f: &Finding, m: &Mention) -> Option<Vec<Piece>> {
    let first = reference(f)?;
    let own = words(m)?;
    (own != first).then(|| diff::words(first, own))
}

/// Each different wording after the first, with the mentions that give it
/// (indices into `f.mentions`) and its word diff against the first.
pub fn others(f: &Finding) -> Vec<(Vec<usize>, Vec<Piece>)> {
    let Some(first) = reference(f) else { return Vec::new() };
    let mut seen: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, m) in f.mentions.iter().enumerate() {
        let Some(w) = words(m) else { continue };
        if w == first {
            continue;
        }
        match seen.iter_mut().find(|(s, _)| *s == w) {
            Some((_, idx)) => idx.push(i),
            None => seen.push((w, vec![i])),
        }
    }
    seen.into_iter().map(|(w, idx)| (idx, diff::words(first, w))).collect()
}
