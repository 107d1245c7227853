//! Clauses in a window of words, for [`super::subject`] and
//! [`super::source`]: where a clause starts and what ends one, and what a
//! search for a speaker returns.

use crate::text::words::Token;

use super::phrase::{self, Phrase};

/// The phrase found, and the rule that found it.
pub(crate) type Found = (Phrase, &'static str);

pub(crate) fn boundary(t: &Token) -> bool {
    matches!(t.text, "," | ";" | ":" | "(" | ")" | "–" | "—" | "\"" | "„" | "“" | "”" | "»" | "«" | "." | "!" | "?")
}

pub(crate) fn lower_in(list: &[&str], word: &str) -> bool {
    list.contains(&word.to_lowercase().as_str())
}

/// The start of the clause that ends at `c`; a bracket (`Merkel (CDU)
/// sagte`) stays inside it.
pub(crate) fn clause_start(toks: &[Token], c: usize) -> usize {
    let mut s = c;
    while s > 0 {
        let t = toks[s - 1].text;
        if t == ")" {
            match toks[..s - 1].iter().rposition(|t| t.text == "(") {
                Some(open) if s - 1 - open <= 8 => s = open,
                _ => break,
            }
        } else if let Some((open, _)) = matches!(t, "“" | "«" | "\"" | "”")
            .then(|| (s.saturating_sub(6)..s - 1).find_map(|o| phrase::title_at(toks, o)))
            .flatten()
            .filter(|&(_, close)| close == s - 1)
        {
            s = open; // `die Zeitschrift „Jungle World“ hatte`
        } else if boundary(&toks[s - 1]) && !(t == "." && s >= 2 && phrase::regnal(&toks[s - 2])) {
            break;
        } else {
            s -= 1;
        }
    }
    s
}
