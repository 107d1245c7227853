//! Words, shared by speaker finding and alignment: tokens with byte spans,
//! folding of case and umlauts, and a light German/English stemmer that
//! brings inflected forms (`Raketen`, `Rakete`) to one key.

use super::token::{Fine, Kind};

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

/// The stem of a folded word: common German and English inflection endings
/// removed, never below four letters.
pub fn stem(folded: &str) -> String {
    const ENDINGS: &[&str] =
        &["ungen", "heiten", "keiten", "ern", "em", "en", "er", "es", "e", "n", "s", "ing", "ed", "ies"];
    let mut w = folded.to_string();
    for _ in 0..2 {
        let Some(e) = ENDINGS.iter().find(|e| w.ends_with(*e) && w.chars().count() - e.chars().count() >= 4) else {
            break;
        };
        match *e {
            "ungen" => w.truncate(w.len() - 2), // Lieferungen → Lieferung
            "heiten" | "keiten" => w.truncate(w.len() - 2),
            "ies" => {
                w.truncate(w.len() - 3);
                w.push('y');
            }
            _ => w.truncate(w.len() - e.len()),
        }
    }
    w
}

/// Folded and stemmed: the key words are compared by.
pub fn key(word: &str) -> String {
    stem(&fold(word))
}

/// German and English function words that say nothing about a subject.
pub fn is_stopword(folded: &str) -> bool {
    const STOP: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
        "aber", "auch", "als", "am", "an", "auf", "aus", "bei", "bis", "dass", "da", "damit", "dann", "doch", "durch",
        "er", "es", "sie", "wir", "ihr", "ich", "du", "im", "in", "ins", "ist", "sind", "war", "waren", "sei", "seien",
        "wird", "werden", "wurde", "wurden", "worden", "hat", "haben", "hatte", "hatten", "habe", "mit", "nach",
        "nicht", "noch", "nur", "ob", "ohne", "sich", "so", "um", "unter", "vom", "von", "vor", "wie", "zu", "zum",
        "zur", "ueber", "fuer", "gegen", "seit", "sein", "seine", "seinen", "seinem", "seiner", "ihre", "ihren",
        "ihrem", "ihrer", "man", "mehr", "sehr", "schon", "wenn", "weil", "was", "wer", "wo", "zwischen", "dies",
        "diese", "dieser", "dieses", "diesen", "jedoch", "zuvor", "zudem", "sowie", "etwa", "rund", "bereits", "heute",
        "hier", "dort", "immer", "wieder", "denn", "kann", "koennte", "soll", "sollen", "will", "wollen", "muss",
        "bin", "bist", "mich", "dich", "uns", "euch", "ihn", "ihm", "mir", "dir", "mein", "dein", "unser", "unsere",
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "he", "she", "they", "we", "i", "you", "that",
        "this", "these", "those", "as", "not", "no", "about", "than", "then", "there", "their", "his", "her", "which",
        "who", "will", "would", "could", "should", "said", "says", "sagte", "sagt", "laut", "demnach", "zufolge",
    ];
    STOP.contains(&folded)
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
}
