//! The clause around a claim, for its frame (see [`super::frame`]): where
//! the words that say what a figure is about start and end, and whose the
//! figure is — a figure in a list belongs to whoever has its first item,
//! one in a relative clause to the name before it.

use crate::lang::Frames;
use crate::text::words::Token;

/// How far a clause reaches on either side of a claim, in tokens.
const CLAUSE_REACH: usize = 12;

/// Whether a token is punctuation that ends a clause.
fn is_break(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "(" | ")" | "–" | "—" | "\"" | "“" | "”" | "„" | "«" | "»" | "?" | "!")
}

/// The clause around `first..last`: up to a punctuation mark or a clause
/// word on either side. A claim in parentheses belongs to the words right
/// before them (`Charles (226 yards)`).
pub(crate) fn clause(words: &Frames, toks: &[Token], folded: &[String], first: usize, last: usize) -> (usize, usize) {
    let stops = |i: usize| is_break(&toks[i]) || words.clause_breaks.contains(&folded[i].as_str());
    let mut lo = first;
    let mut crossed_paren = false;
    while lo > 0 && first - lo < CLAUSE_REACH {
        if toks[lo - 1].text == "(" && !crossed_paren && lo == first {
            crossed_paren = true;
            lo -= 1;
            continue;
        }
        if stops(lo - 1) {
            break;
        }
        lo -= 1;
    }
    let mut hi = last;
    while hi < toks.len() && hi - last < CLAUSE_REACH && !stops(hi) {
        hi += 1;
    }
    if crossed_paren {
        // the parenthesis ends the claim's clause on the right
        hi = hi.min(toks[last..].iter().position(|t| t.text == ")").map_or(hi, |p| last + p));
    }
    (lo, hi)
}

/// How many figures back a list of them (`16 points, six assists and
/// nine rebounds`) is followed to the one who has them all.
const LIST_REACH: usize = 3;

/// Where the words naming whose a figure is start, from the clause start
/// `lo`: a figure in a list joined by `and` or commas shares the clause of
/// the first one (`Vaughn finished with 16 points and nine rebounds`), and
/// a relative clause its antecedent (`Hansbrough, who also grabbed nine
/// rebounds`).
pub(crate) fn owner_start(words: &Frames, toks: &[Token], folded: &[String], lo: usize) -> usize {
    let figure = |i: usize| is_figure(&toks[i], &folded[i]);
    let mut lo = lo;
    for _ in 0..LIST_REACH {
        let Some(joint) = lo.checked_sub(1) else { break };
        let joins = toks[joint].text == "," || words.coordinators.contains(&folded[joint].as_str());
        // the item before the joint: a figure and at most two words of its noun
        let item = (joint.saturating_sub(3)..joint).any(figure);
        if !(joins && item) || joint == 0 {
            break;
        }
        let (before, _) = clause(words, toks, folded, joint - 1, joint);
        if before >= lo {
            break;
        }
        lo = before;
    }
    // `X, who …`: the one named right before the comma
    if lo >= 2 && toks[lo - 1].text == "," && words.relatives.contains(&folded[lo].as_str()) {
        let mut n = lo - 1;
        while n > 0 && lo - 1 - n < 3 && toks[n - 1].is_capitalized() && toks[n - 1].is_word() {
            n -= 1;
        }
        if n < lo - 1 {
            return n;
        }
    }
    lo
}

/// Whether a token is a figure: digits, or a cardinal number word of
/// either language (`folded` is its folded form).
pub(crate) fn is_figure(t: &Token, folded: &str) -> bool {
    t.text.starts_with(|c: char| c.is_ascii_digit())
        || crate::lang::numerals::en_cardinal(folded).is_some()
        || crate::lang::numerals::de_cardinal(folded).is_some()
}
