//! Long text in pieces for work on all cores: each piece ends at white
//! space, so that no word is cut and tokens of the pieces are the tokens of
//! the whole.

/// `text` in pieces of about `size` bytes, each with its offset; a piece
/// ends before white space (or runs on to the next white space when a word
/// is longer than `size`).
pub fn pieces(text: &str, size: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < text.len() {
        let mut to = (from + size.max(1)).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        if to < text.len() {
            // on to the next white space
            to = text[to..].find(char::is_whitespace).map_or(text.len(), |k| to + k);
        }
        out.push((from, &text[from..to]));
        from = to;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    #[test]
    fn pieces_cut_no_word_and_cover_the_text() {
        let text = "Zwölf Schüler, fünf Lehrer — und ein Hausmeister-Team: 3,5 Stunden.";
        for size in [1, 3, 7, 16, 1000] {
            let parts = pieces(text, size);
            let joined: String = parts.iter().map(|p| p.1).collect();
            assert_eq!(joined, text, "size {size}");
            let whole: Vec<_> = tokens(text, 0).iter().map(|t| (t.start, t.text)).collect();
            let pieced: Vec<_> =
                parts.iter().flat_map(|&(base, p)| tokens(p, base)).map(|t| (t.start, t.text)).collect();
            assert_eq!(pieced, whole, "size {size}");
        }
    }
}
