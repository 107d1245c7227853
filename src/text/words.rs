//! Words, shared by speaker finding and alignment: tokens with byte spans,
//! folding of case and umlauts, and a light stemmer (the endings of every
//! language, from the language files) that brings inflected forms (`Raketen`, `Rakete`) to one key.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::token::{Fine, Kind};
use crate::lang::Lang;

/// A word or a punctuation mark, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_lowercase(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_lowercase)
    }
}

/// Splits text into words (letters and digits, joined by inner hyphens,
/// apostrophes and dots between digits) and single punctuation marks;
/// `base` is added to every offset. A word is a run of touching fine tokens
/// of [`super::token`] that are letters or digits, with the joiners between
/// them.
pub fn tokens(text: &str, base: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut it = Fine::new(text, false);
    let mut next = it.next();
    while let Some(first) = next {
        next = it.next();
        let mut end = first.end;
        if first.is_alphanumeric() {
            let mut last = first.kind;
            while let Some(n) = next.filter(|n| n.start == end) {
                if n.is_alphanumeric() {
                    (end, last) = (n.end, n.kind);
                    next = it.next();
                    continue;
                }
                // a joiner continues the word only when a letter or digit follows
                let joined = it.clone().next().filter(|a| {
                    a.start == n.end
                        && match n.kind {
                            Kind::Mark('-' | '\'' | '’') => a.is_alphanumeric(),
                            Kind::Mark('.' | ',') => last == Kind::Digits && a.kind == Kind::Digits,
                            _ => false,
                        }
                });
                let Some(a) = joined else { break };
                (end, last) = (a.end, a.kind);
                it.next();
                next = it.next();
            }
        }
        out.push(Token { start: base + first.start, end: base + end, text: &text[first.start..end] });
    }
    out
}

/// Lower case with umlauts and ß spelled out (`Pjöngjang` → `pjoengjang`),
/// accents dropped, and hyphens removed.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // most words: no umlauts, one pass over the bytes
        return word
            .bytes()
            .filter(|b| !matches!(b, b'-' | b'\'' | b'.'))
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    fold_chars(word)
}

/// [`fold`] character by character, for words with letters beyond ASCII.
fn fold_chars(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'á' | 'à' | 'â' | 'å' | 'ã' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'õ' | 'ø' => out.push('o'),
            'ú' | 'ù' | 'û' => out.push('u'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            '-' | '\'' | '’' | '.' => {}
            c => out.push(c),
        }
    }
    out
}

/// The stemmer's endings and the stop words: every language's, joined (in
/// the order of [`Lang::ALL`]), for keys are the same in every language.
struct Joined {
    endings: Vec<(&'static str, &'static str)>,
    stop: HashSet<&'static str>,
}

static JOINED: LazyLock<Joined> = LazyLock::new(|| {
    let mut endings: Vec<(&'static str, &'static str)> = Vec::new();
    for lang in Lang::ALL {
        for e in lang.words().keys.endings {
            if !endings.contains(e) {
                endings.push(*e);
            }
        }
    }
    let stop = Lang::ALL.iter().flat_map(|l| l.words().keys.stop_words.iter().copied()).collect();
    Joined { endings, stop }
});

/// The stem of a folded word: the inflection endings of every language
/// removed, never below four letters.
pub fn stem(folded: &str) -> String {
    let endings = &JOINED.endings;
    let mut w = folded.to_string();
    for _ in 0..2 {
        let Some((e, by)) = endings.iter().find(|(e, _)| w.ends_with(e) && w.chars().count() - e.chars().count() >= 4)
        else {
            break;
        };
        w.truncate(w.len() - e.len());
        w.push_str(by);
    }
    w
}

/// Folded and stemmed: the key words are compared by.
pub fn key(word: &str) -> String {
    stem(&fold(word))
}

/// Function words of any language that say nothing about a subject.
pub fn is_stopword(folded: &str) -> bool {
    JOINED.stop.contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_hyphenated_names_and_numbers() {
        let t: Vec<&str> = tokens("Kim Jong-un, rund 1.500 km („Ja“)", 0).iter().map(|t| t.text).collect();
        assert_eq!(t, vec!["Kim", "Jong-un", ",", "rund", "1.500", "km", "(", "„", "Ja", "“", ")"]);
    }

    #[test]
    fn ascii_words_fold_as_every_other_word() {
        for w in ["Putin", "Jong-un", "U.S.", "don't", "KIM", "a1-B2.c3", "", "--"] {
            assert_eq!(fold(w), fold_chars(w), "{w}");
        }
    }

    #[test]
    fn folding_and_stems_join_inflected_forms() {
        assert_eq!(fold("Pjöngjang"), "pjoengjang");
        assert_eq!(key("Raketen"), key("Rakete"));
        assert_eq!(key("Lieferungen"), key("Lieferung"));
        assert_eq!(key("Jong-un"), key("Jongun"));
        assert_ne!(key("China"), key("Nordkorea"));
    }

    #[test]
    fn stop_words_of_every_language_are_stop_words() {
        assert!(is_stopword("zwischen") && is_stopword("which") && is_stopword("ueber"));
        assert!(!is_stopword("rakete") && !is_stopword("missile"));
        assert_eq!(key("launched"), key("launch"));
        assert_eq!(key("Freiheiten"), key("Freiheit"));
    }
}
