//! What one source tells about its own words: which are written in lower
//! case somewhere, which stand after an article (common nouns), so that a
//! capitalized word is taken for a name only when the source never uses it
//! as an ordinary word.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use crate::lang::Speech;
use crate::text::words::{Token, fold};

use super::role;

/// The most words whose answer [`Lexicon::is_name_part`] keeps.
const MAX_KNOWN: usize = 1 << 16;

/// The words of one source, gathered in one pass.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Words written in lower case (as written).
    lower: HashSet<String>,
    /// Folded capitalized words that follow an article or a preposition.
    common: HashSet<String>,
    /// Every capitalized word as written, for genitives (`Russlands`).
    capitalized: HashSet<String>,
    /// Capitalized words written somewhere other than at a sentence's start.
    inner: HashSet<String>,
    /// Byte offsets of the first word of each sentence.
    starts: HashSet<usize>,
    /// [`Lexicon::is_name_part`] of each word asked about, once the words
    /// are all read: the lists are tested once per word, not per token.
    parts: RefCell<HashMap<String, bool>>,
}

impl Lexicon {
    /// Adds the tokens of one sentence.
    pub(crate) fn add(&mut self, speech: &Speech, toks: &[Token]) {
        self.parts.get_mut().clear();
        let determiner = |t: &Token| {
            let l = t.text.to_lowercase();
            let l = l.as_str();
            speech.subject_articles.contains(&l)
                || speech.object_articles.contains(&l)
                || speech.quantifiers.contains(&l)
                || speech.genitive_articles.contains(&l)
        };
        // an adjective, not a verb (`Diese hatte Hartmann geladen`)
        let adjective = |t: &Token| {
            t.is_lowercase()
                && t.text.len() > 4
                && t.text.ends_with(['e', 'n', 'r', 's', 'm'])
                && !speech.auxiliaries.contains(&t.text)
                && !crate::text::words::is_stopword(&fold(t.text))
        };
        if let Some(first) = toks.iter().find(|t| t.is_word()) {
            self.starts.insert(first.start);
        }
        for (i, t) in toks.iter().enumerate() {
            if t.is_lowercase() {
                self.lower.insert(t.text.to_string());
            } else if t.is_capitalized() && t.is_word() {
                self.capitalized.insert(t.text.to_string());
                if !self.starts.contains(&t.start) {
                    self.inner.insert(t.text.to_string());
                }
                // after an article or a quantifier, with up to two adjectives
                // between; not after a relative pronoun (`…, an dem Brandt teilnahm`)
                // (`…, dass der Missbrauch` is no relative clause)
                let relative = |d: usize| {
                    let preposition = |t: &Token| speech.prepositions.contains(&t.text.to_lowercase().as_str());
                    d >= 2 && preposition(&toks[d - 1]) && toks[d - 2].text == "," || d >= 1 && toks[d - 1].text == ","
                };
                let common = (1..=3).any(|n| {
                    i >= n
                        && determiner(&toks[i - n])
                        && toks[i - n + 1..i].iter().all(&adjective)
                        && !(n == 1 && relative(i - n))
                });
                if common {
                    self.common.insert(fold(t.text));
                }
            }
        }
    }

    /// Whether the source writes `word` as a capitalized word.
    pub(crate) fn has(&self, word: &str) -> bool {
        self.capitalized.contains(word)
    }

    /// Whether `t` can be part of a person's name in this source.
    pub(crate) fn is_name(&self, speech: &Speech, t: &Token) -> bool {
        // any word is capitalized at a sentence's start: a name is written so elsewhere too
        let at_start = self.starts.contains(&t.start) && !self.inner.contains(t.text);
        self.is_name_part(speech, t) && !at_start && !self.written_lower(t.text)
    }

    /// Whether the source writes `word` in lower case somewhere.
    pub(crate) fn written_lower(&self, word: &str) -> bool {
        self.lower.contains(&word.to_lowercase())
    }

    /// Whether `t` can open a name of several words (`Paul Brandt` at a
    /// sentence's start, `An Chan-il`): as [`Lexicon::is_name`], but also at
    /// a sentence's start or written in lower case elsewhere.
    pub(crate) fn is_name_part(&self, speech: &Speech, t: &Token) -> bool {
        if !t.is_word() || !t.is_capitalized() || t.text.chars().count() < 2 {
            return false;
        }
        if let Some(&known) = self.parts.borrow().get(t.text) {
            return known;
        }
        let part = self.word_is_name_part(speech, t);
        let mut parts = self.parts.borrow_mut();
        if parts.len() < MAX_KNOWN {
            parts.insert(t.text.to_string(), part);
        }
        part
    }

    fn word_is_name_part(&self, speech: &Speech, t: &Token) -> bool {
        if speech.not_names.contains(&t.text) || speech.titles.contains(&t.text) {
            return false;
        }
        let f = fold(t.text);
        let lower = t.text.to_lowercase();
        !(speech.calendar.contains(&lower.as_str())
            || speech.pronouns.contains(&lower.as_str())
            || speech.impersonal.contains(&lower.as_str())
            || self.common.contains(&f)
            || role::class(speech, t.text).is_some()
            || role::is_organisation(speech, t.text)
            || role::is_media(speech, t.text)
            || speech.noun_endings.iter().any(|e| f.ends_with(&fold(e)) && f.len() > e.len() + 2)
            || speech.adverb_endings.iter().any(|e| f.ends_with(e) && f.len() > e.len() + 3))
    }
}
