//! Bounded look-around: every rule that reads the words around a quotation
//! reads them through a window of at most a fixed number of bytes, so that
//! finding speakers stays linear in the size of the input however long a
//! sentence or however many quotations it holds.

use std::ops::Range;

use crate::text::words::{Token, tokens};

/// The most bytes read before a quotation, back to its sentence's start.
pub(crate) const HEAD: usize = 400;
/// The most bytes read after a quotation, up to its sentence's end.
pub(crate) const TAIL: usize = 300;
/// The most bytes read of a neighbouring sentence.
pub(crate) const SENTENCE: usize = 400;

/// `floor..at`, cut to its last `max` bytes on a character boundary.
pub(crate) fn before(text: &str, floor: usize, at: usize, max: usize) -> Range<usize> {
    let mut start = floor.max(at.saturating_sub(max)).min(at);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start..at
}

/// `at..ceil`, cut to its first `max` bytes on a character boundary.
pub(crate) fn after(text: &str, at: usize, ceil: usize, max: usize) -> Range<usize> {
    let mut end = ceil.min(at + max).max(at);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    at..end
}

/// The tokens of `range` of `text`, with their offsets in `text`.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get() + range.len()));
    tokens(&text[range.clone()], range.start)
}

#[cfg(test)]
thread_local! {
    /// Bytes tokenized through [`words`] on this thread, to catch rules
    /// whose work grows faster than the input.
    pub(crate) static WORK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_bounded_and_on_char_boundaries() {
        let text = "ä".repeat(1000);
        let r = before(&text, 0, 1000, HEAD);
        assert!(r.len() <= HEAD && text.is_char_boundary(r.start));
        let r = after(&text, 1000, text.len(), TAIL);
        assert!(r.len() <= TAIL && text.is_char_boundary(r.end));
        assert_eq!(before(&text, 600, 1000, HEAD), 600..1000);
    }
}
