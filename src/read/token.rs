//! Tokens for the number and date readers: the fine tokens of
//! `text::token` (words, digit runs and single marks, encoded blobs left
//! out), with a lower-cased copy of the sentence whose offsets match the
//! original byte for byte.

use crate::text::token::Fine;
pub use crate::text::token::{Kind, Tok};

/// A tokenised sentence.
pub struct Toks<'a> {
    /// The sentence as written.
    pub text: &'a str,
    /// The sentence lower-cased where that keeps every byte offset.
    pub lower: String,
    pub toks: Vec<Tok>,
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str) -> Toks<'a> {
        let lower = lower_same_len(text);
        let mut toks = Vec::with_capacity((text.len() / 6).min(1 << 16));
        toks.extend(Fine::new(text, true));
        Toks { text, lower, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The lower-cased text of token `i` (empty past the end).
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// The text of token `i` as written (empty past the end).
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub(crate) fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Digits)
    }

    /// Whether token `i` is the mark `c`.
    pub(crate) fn is_mark(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Mark(c))
    }

    pub fn mark(&self, i: usize) -> Option<char> {
        match self.kind(i) {
            Some(Kind::Mark(c)) => Some(c),
            _ => None,
        }
    }

    /// Whether token `i` is the lower-case word `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.low(i) == w
    }

    /// The token after a space-separated sequence of lower-case words that
    /// starts at `i`; a mark in it stands for that mark (`ca .`, `o ' clock`).
    pub(crate) fn sequence(&self, i: usize, seq: &str) -> Option<usize> {
        let mut k = i;
        for w in seq.split(' ') {
            let fits = if self.is_word(k) { self.low(k) == w } else { self.mark(k).is_some() && self.raw(k) == w };
            if !fits {
                return None;
            }
            k += 1;
        }
        Some(k)
    }

    /// Whether token `i` is one of the lower-case words `ws`.
    pub(crate) fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.is_word(i) && ws.contains(&self.low(i))
    }

    /// Whether tokens `i` and `i + 1` touch (no space between them).
    pub(crate) fn tight(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// The text between tokens `i` and `i + 1`.
    pub(crate) fn gap(&self, i: usize) -> &str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => &self.text[a.end..b.start],
            _ => "",
        }
    }

    /// The value of a digit token (saturating at `u64::MAX`).
    pub(crate) fn int(&self, i: usize) -> Option<u64> {
        if !self.is_digits(i) {
            return None;
        }
        let s = self.raw(i);
        if s.len() > 18 {
            return None;
        }
        s.parse().ok()
    }

    /// Number of digits of a digit token.
    pub(crate) fn ndigits(&self, i: usize) -> usize {
        if self.is_digits(i) { self.toks[i].end - self.toks[i].start } else { 0 }
    }

    /// Whether word `i` starts with a capital letter as written.
    pub(crate) fn capital(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks[i].start
    }

    /// Byte end of token `i - 1`, i.e. the end of a match over `..i`.
    pub(crate) fn end_before(&self, i: usize) -> usize {
        self.toks[i - 1].end
    }
}

/// A fast hasher for the small word sets of the readers (FNV-1a).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words hashed with [`Fnv`].
pub(crate) type WordSet = std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

/// Lower-cases `s` character by character, keeping a character as it is
/// when its lower-case form would take a different number of bytes.
pub(crate) fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(lc), None) if lc.len_utf8() == c.len_utf8() => out.push(lc),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_digits_marks() {
        let t = Toks::new("Übernächste 1.500,7 km/h");
        let kinds: Vec<Kind> = t.toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Word,
                Kind::Digits,
                Kind::Mark('.'),
                Kind::Digits,
                Kind::Mark(','),
                Kind::Digits,
                Kind::Word,
                Kind::Mark('/'),
                Kind::Word
            ]
        );
        assert_eq!(t.low(0), "übernächste");
        assert_eq!(t.lower.len(), t.text.len());
    }
}
