//! Word diffs of two quotations, shared by every reporter: unicode word
//! tokens, so that quotation marks and punctuation are tokens of their own.

use similar::{ChangeTag, TextDiff};

/// One run of words that both wordings share, or that only one has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Same(String),
    Removed(String),
    Added(String),
}

/// The word diff from `old` to `new`, with adjacent pieces of one kind
/// joined.
pub fn words(old: &str, new: &str) -> Vec<Piece> {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let mut out: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        let piece = match change.tag() {
            ChangeTag::Equal => Piece::Same(text),
            ChangeTag::Delete => Piece::Removed(text),
            ChangeTag::Insert => Piece::Added(text),
        };
        match (out.last_mut(), &piece) {
            (Some(Piece::Same(a)), Piece::Same(b))
            | (Some(Piece::Removed(a)), Piece::Removed(b))
            | (Some(Piece::Added(a)), Piece::Added(b)) => a.push_str(b),
            _ => out.push(piece),
        }
    }
    join_across_spaces(out)
}

/// `[-bin-] [-froh-]` reads better as `[-bin froh-]`: a space between two
/// changes joins them.
fn join_across_spaces(pieces: Vec<Piece>) -> Vec<Piece> {
    // as (same, removed, added) segments
    let mut segs: Vec<(Option<String>, String, String)> = Vec::new();
    for p in pieces {
        match p {
            Piece::Same(t) => segs.push((Some(t), String::new(), String::new())),
            Piece::Removed(t) => match segs.last_mut() {
                Some((None, r, _)) => r.push_str(&t),
                _ => segs.push((None, t, String::new())),
            },
            Piece::Added(t) => match segs.last_mut() {
                Some((None, _, a)) => a.push_str(&t),
                _ => segs.push((None, String::new(), t)),
            },
        }
    }
    let mut merged: Vec<(Option<String>, String, String)> = Vec::new();
    let mut i = 0;
    while i < segs.len() {
        let is_space = matches!(&segs[i].0, Some(t) if t.trim().is_empty());
        let between = i > 0 && i + 1 < segs.len() && segs[i + 1].0.is_none();
        // join only changes of one shape, so that the space stays on both sides
        let shape = |(_, r, a): &(Option<String>, String, String)| (r.is_empty(), a.is_empty());
        let alike = between && merged.last().is_some_and(|m| m.0.is_none() && shape(m) == shape(&segs[i + 1]));
        if is_space && alike {
            let space = segs[i].0.clone().unwrap_or_default();
            let next = segs[i + 1].clone();
            if let Some((None, r, a)) = merged.last_mut() {
                for (side, more) in [(r, next.1), (a, next.2)] {
                    if !side.is_empty() && !more.is_empty() {
                        side.push_str(&space);
                    }
                    side.push_str(&more);
                }
            }
            i += 2;
            continue;
        }
        merged.push(segs[i].clone());
        i += 1;
    }
    let mut out = Vec::new();
    for (same, removed, added) in merged {
        match same {
            Some(t) => out.push(Piece::Same(t)),
            None => {
                if !removed.is_empty() {
                    out.push(Piece::Removed(removed));
                }
                if !added.is_empty() {
                    out.push(Piece::Added(added));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The diff with textual marks: `[-removed-]{+added+}`.
    fn marked(old: &str, new: &str) -> String {
        let mut s = String::new();
        for piece in words(old, new) {
            match piece {
                Piece::Same(t) => s.push_str(&t),
                Piece::Removed(t) => {
                    s.push_str("[-");
                    s.push_str(&t);
                    s.push_str("-]");
                }
                Piece::Added(t) => {
                    s.push_str("{+");
                    s.push_str(&t);
                    s.push_str("+}");
                }
            }
        }
        s
    }

    #[test]
    fn changed_words_are_marked() {
        assert_eq!(
            marked("Ich bin froh, dich zu sehen", "Ich freue mich, Sie zu sehen"),
            "Ich [-bin froh-]{+freue mich+}, [-dich-]{+Sie+} zu sehen"
        );
    }

    #[test]
    fn spaces_survive_changes_of_different_shape() {
        let marked = marked("werden die Entscheidungen", "werden weiter alle Entscheidungen");
        assert_eq!(marked, "werden [-die-]{+weiter alle+} Entscheidungen");
        let marked = marked_old_only(
            "Wir werden die Entscheidungen von Präsident Putin",
            "Wir haben immer und werden weiter alle Entscheidungen Putins",
        );
        assert!(!marked.contains("dieEntscheidungen"), "{marked}");
    }

    /// The first wording with its removed words marked, as the terminal
    /// shows it.
    fn marked_old_only(old: &str, new: &str) -> String {
        words(old, new)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Same(t) => Some(t),
                Piece::Removed(t) => Some(format!("[-{t}-]")),
                Piece::Added(_) => None,
            })
            .collect()
    }

    #[test]
    fn punctuation_is_a_token_of_its_own() {
        assert_eq!(marked("Ja, gut.", "Ja; gut."), "Ja[-,-]{+;+} gut.");
    }
}
