//! The one tokenizer every stage builds on: fine tokens — runs of letters,
//! runs of ASCII digits and single other marks — with byte spans. The value
//! readers (`read::token`) read them as they are; words (`text::words`) join
//! adjacent ones.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (`Kilometer`, `größer`).
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other single non-space character.
    Mark(char),
}

/// A fine token: its kind and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Tok {
    /// Whether it is made of letters or digits (a numeric mark such as `²`
    /// or `½` is too).
    pub(crate) fn is_alphanumeric(&self) -> bool {
        match self.kind {
            Kind::Word | Kind::Digits => true,
            Kind::Mark(c) => c.is_alphanumeric(),
        }
    }
}

/// The fine tokens of a text, in order; with `skip_blobs`, none inside an
/// encoded blob (see [`is_blob`]).
#[derive(Clone)]
pub(crate) struct Fine<'a> {
    text: &'a str,
    pos: usize,
    skip_blobs: bool,
    /// The end of the run of non-space characters being read.
    run_end: usize,
}

impl<'a> Fine<'a> {
    pub(crate) fn new(text: &'a str, skip_blobs: bool) -> Fine<'a> {
        Fine { text, pos: 0, skip_blobs, run_end: 0 }
    }

    /// The end of the run of characters from `from` that all pass `keep`.
    fn run(&self, from: usize, keep: impl Fn(char) -> bool) -> usize {
        let bytes = self.text.as_bytes();
        let mut k = from;
        while let Some(&b) = bytes.get(k) {
            // ASCII, the common case, without decoding
            let (c, len) = if b < 0x80 {
                (char::from(b), 1)
            } else {
                let c = self.text[k..].chars().next().unwrap_or_default();
                (c, c.len_utf8())
            };
            if !keep(c) {
                return k;
            }
            k += len;
        }
        bytes.len()
    }
}

impl Iterator for Fine<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        loop {
            let i = self.pos;
            let c = self.text[i..].chars().next()?;
            if c.is_whitespace() {
                self.pos += c.len_utf8();
                continue;
            }
            if self.skip_blobs && i >= self.run_end {
                self.run_end = self.run(i, |c| !c.is_whitespace());
                if is_blob(&self.text[i..self.run_end]) {
                    // nothing inside an encoded blob is a word or a number
                    self.pos = self.run_end;
                    continue;
                }
            }
            let (end, kind) = if c.is_ascii_digit() {
                (self.run(i, |d| d.is_ascii_digit()), Kind::Digits)
            } else if c.is_alphabetic() {
                (self.run(i, char::is_alphabetic), Kind::Word)
            } else {
                (i + c.len_utf8(), Kind::Mark(c))
            };
            self.pos = end;
            return Some(Tok { start: i, end, kind });
        }
    }
}

/// Whether a run of characters without spaces is an encoded blob (base64,
/// a hash, a long link) rather than words: long, with letters and digits
/// mixed.
fn is_blob(run: &str) -> bool {
    run.len() > 64 && {
        let b = run.as_bytes();
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
        digits >= 4 && letters >= 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str, skip_blobs: bool) -> Vec<Kind> {
        Fine::new(s, skip_blobs).map(|t| t.kind).collect()
    }

    #[test]
    fn splits_letters_digits_and_marks() {
        assert_eq!(kinds("A9 ½", false), vec![Kind::Word, Kind::Digits, Kind::Mark('½')]);
    }

    #[test]
    fn an_encoded_blob_has_no_tokens_when_asked() {
        let blob = "aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmcgYmFzZTY0IGJsb2IgMTIzNDU2Nzg5MA1234";
        let text = format!("rund {blob} 650 km");
        assert_eq!(kinds(&text, true), vec![Kind::Word, Kind::Digits, Kind::Word]);
        assert!(kinds(&text, false).len() > 3);
    }
}
