//! Word diffs of two quotations, shared by every reporter: unicode word
//! tokens, so that quotation marks and punctuation are tokens of their own.

use similar::{ChangeTag, TextDiff};

/// One run of words that both wordings share, or that only one has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
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
    // a space that both sides share reads better outside a change
    out
}

/// The diff with textual marks: `[-removed-]{+added+}`.
pub fn marked(old: &str, new: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_marked() {
        assert_eq!(
            marked("Ich bin froh, dich zu sehen", "Ich freue mich, Sie zu sehen"),
            "Ich [-bin froh-]{+freue mich+}, [-dich-]{+Sie+} zu sehen"
        );
    }

    #[test]
    fn punctuation_is_a_token_of_its_own() {
        assert_eq!(marked("Ja, gut.", "Ja; gut."), "Ja[-,-]{+;+} gut.");
    }
}
