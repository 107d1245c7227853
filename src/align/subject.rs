//! Subject features: what a claim is about, as weighted word keys — the
//! words right after it (its role: `von der Grenze zu China entfernt`), the
//! words around it, its sentence and the one before — folded, stemmed,
//! mapped through a small thesaurus, with compound heads (`Kurzstrecken-
//! raketen` → `raket`) and the proper names near it.

use std::collections::{HashMap, HashSet};

use crate::model::claim::{Claim, ClaimValue};
use crate::prepare::document::Document;
use crate::text::words::{Token, fold, is_stopword, key, tokens};

use super::thesaurus;

/// Weight of a word in the phrase that follows the claim.
const ROLE: f64 = 1.5;
/// Weight of a word within a few words before the claim.
const NEAR: f64 = 1.0;
/// Weight of any other word of the claim's sentence.
const SENTENCE: f64 = 0.5;
/// Weight of a word of the sentence before; earlier sentences of the same
/// paragraph (up to [`PARAGRAPH_REACH`] back) weigh [`EARLIER`].
const BEFORE: f64 = 0.3;
const EARLIER: f64 = 0.15;
const PARAGRAPH_REACH: usize = 4;
/// How many tokens on either side count as right next to the claim.
const NEAR_REACH: usize = 5;

/// The subject of one claim.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Word key → weight.
    pub words: HashMap<String, f64>,
    /// The words within a few words of the claim, on either side: what it
    /// is said of most directly.
    pub near: HashMap<String, f64>,
    /// The words right next to the claim that are not names: the event a
    /// date dates (`befohlenen Invasion`), not where or who.
    pub near_events: HashMap<String, f64>,
    /// The words a quantity is attached to: the noun before it (`Umleitung
    /// von rund 15 Kilometern`) and the words right after it (`120 Meter
    /// lange Brücke`, `650 Kilometer weit geflogen`).
    pub heads: Vec<String>,
    /// For dates: whether it opens a period (`seit`), closes one (`bis`) or
    /// names a point in time.
    pub date_role: DateRole,
    /// Keys of the proper names in the phrase that follows the claim.
    pub role_names: Vec<String>,
    /// For quotes: the keys of the quoted words, in order.
    pub quote: Vec<String>,
    /// Key → a surface form, for labels.
    pub surface: HashMap<String, String>,
    /// The claim's sentence with its spacing normalised: the same sentence
    /// in several sources is wire copy.
    pub sentence: String,
    /// The keys that stand for proper names (places, people): only these
    /// may be matched by spelling.
    pub names: std::collections::HashSet<String>,
}

/// How a date relates to what it dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateRole {
    #[default]
    Point,
    Since,
    Until,
}

/// Corpus-wide facts the features need: which capitalized words are proper
/// names, and every key in use (to find compound heads).
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Key → (times after an article or adjective, times without one).
    contexts: HashMap<String, (u32, u32)>,
    pub vocabulary: HashSet<String>,
}

const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "ins", "am",
    "zum", "zur", "beim", "vom", "ans", "aufs", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren",
    "ihrem", "unser", "unsere", "kein", "keine", "jede", "jeder", "jedes", "diese", "dieser", "dieses", "the", "a",
    "an", "his", "her", "their", "its", "this", "that",
];

impl Lexicon {
    /// Learns from every sentence of every document, given as tokens (see
    /// [`sentence_tokens`]) with how many times the sentence occurs: a
    /// sentence that thousands of sources copy is tokenized once.
    pub fn build<'t>(sentences: impl IntoIterator<Item = (&'t [Token<'t>], u32)>) -> Lexicon {
        let mut lex = Lexicon::default();
        for (toks, times) in sentences {
            for (i, t) in toks.iter().enumerate() {
                if !t.is_word() {
                    continue;
                }
                let k = key(t.text);
                lex.vocabulary.insert(k.clone());
                if !t.is_capitalized() || i == 0 {
                    continue;
                }
                let prev = &toks[i - 1];
                let after_determiner = DETERMINERS.contains(&prev.text.to_lowercase().as_str())
                    || prev.text.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || prev.is_lowercase() && prev.text.len() > 3 && prev.text.ends_with(['e', 'n', 'r', 's', 'm']);
                let slot = lex.contexts.entry(k).or_default();
                if after_determiner {
                    slot.0 += times;
                } else if prev.is_word() || matches!(prev.text, "," | "(" | "–" | "-") {
                    slot.1 += times;
                }
            }
        }
        lex
    }

    /// A capitalized word that the corpus mostly writes without an article
    /// or adjective before it (`zu China`, `aus Nordkorea`): a place, a
    /// person, an organisation. German common nouns nearly always take one.
    fn is_name(&self, t: &Token) -> bool {
        if !t.is_capitalized() || !t.is_word() || t.text.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        self.contexts.get(&key(t.text)).is_some_and(|&(with, without)| without >= 1 && without >= with)
    }

    /// The head of a compound key that is itself a word of the corpus:
    /// `kurzstreckenraket` → `raket`.
    fn head(&self, k: &str) -> Option<String> {
        let chars: Vec<(usize, char)> = k.char_indices().collect();
        // a head is a word, not most of a megabyte-long token: tails of at
        // most 32 characters, so the work stays linear in the key
        (3.max(chars.len().saturating_sub(32))..chars.len().saturating_sub(3))
            .map(|i| &k[chars[i].0..])
            .find(|tail| tail.chars().count() >= 4 && self.vocabulary.contains(*tail))
            .map(str::to_string)
    }
}

fn content(t: &Token) -> bool {
    t.is_word() && !t.text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') && !is_stopword(&fold(t.text))
}

/// How many tokens before and after a claim its sentence lends it words.
const REACH: usize = 64;

/// Every sentence of a document as tokens, tokenized once for the lexicon
/// and the features of all its claims.
pub fn sentence_tokens(doc: &Document) -> Vec<Vec<Token<'_>>> {
    doc.sentences.iter().map(|s| tokens(&doc.source.text[s.range()], s.start)).collect()
}

/// The features of `claim` in `doc`, whose sentences are `sentences` as
/// tokens.
pub fn features(doc: &Document, sentences: &[Vec<Token>], claim: &Claim, lex: &Lexicon) -> Features {
    let mut f = Features::default();
    let Some(si) = doc.sentence_at(claim.start) else { return f };
    let sentence = &doc.sentences[si];
    let toks = &sentences[si];
    f.sentence = doc.source.text[sentence.range()].split_whitespace().collect::<Vec<_>>().join(" ");
    let is_quote = matches!(claim.value, ClaimValue::Quote(_));
    let inside = |t: &Token| t.start < claim.end && claim.start < t.end;
    // the claim's own tokens, and its surrounding quotation marks for quotes
    let first = toks.iter().position(|t| t.end > claim.start).unwrap_or(toks.len());
    let last = toks.iter().rposition(|t| t.start < claim.end).map_or(first, |i| i + 1);
    // at most REACH tokens either side: the same words for a news
    // sentence, bounded work for a sentence of a megabyte
    let window = first.saturating_sub(REACH)..(last + REACH).min(toks.len());
    for (i, t) in toks.iter().enumerate().take(window.end).skip(window.start) {
        if inside(t) || !content(t) {
            continue;
        }
        let weight = if i >= last && i < last + 7 && !is_quote {
            ROLE
        } else if i < first && first - i <= 5 {
            NEAR
        } else {
            SENTENCE
        };
        add(&mut f, t, weight, lex);
        if !is_quote && (i >= last && i < last + NEAR_REACH || i < first && first - i <= NEAR_REACH) {
            let k = thesaurus::concept(&key(t.text));
            if !lex.is_name(t) {
                f.near_events.insert(k.clone(), 1.0);
            }
            f.near.insert(k, 1.0);
        }
    }
    if matches!(claim.value, ClaimValue::Quantity(_)) {
        f.heads = heads(toks, first, last);
    }
    if matches!(claim.value, ClaimValue::Date(_)) {
        let opening = toks.get(first).map(|t| t.text.to_lowercase()).unwrap_or_default();
        let before = first.checked_sub(1).and_then(|i| toks.get(i)).map(|t| t.text.to_lowercase()).unwrap_or_default();
        f.date_role = match (opening.as_str(), before.as_str()) {
            ("seit" | "since", _) | (_, "seit" | "since") => DateRole::Since,
            ("bis" | "until", _) | (_, "bis" | "until") => DateRole::Until,
            _ => DateRole::Point,
        };
    }
    // the role phrase: the words after the claim up to a comma or full stop
    for t in toks.iter().skip(last).take_while(|t| !matches!(t.text, "," | "." | ";" | ":")).take(7) {
        if lex.is_name(t) {
            f.role_names.push(key(t.text));
        }
    }
    // the sentences before: the one right before (even across a paragraph
    // break: a headline), and earlier ones of the same paragraph
    for back in 1..=PARAGRAPH_REACH.min(si) {
        let prev = &doc.sentences[si - back];
        let same_paragraph = prev.paragraph == sentence.paragraph;
        if back > 1 && !same_paragraph || back == 1 && prev.paragraph + 1 < sentence.paragraph {
            break;
        }
        let weight = if back == 1 { BEFORE } else { EARLIER };
        let prev_toks = &sentences[si - back];
        for t in prev_toks[prev_toks.len().saturating_sub(2 * REACH)..].iter().filter(|t| content(t)) {
            add(&mut f, t, weight, lex);
        }
    }
    if let ClaimValue::Quote(q) = &claim.value {
        f.quote = tokens(&q.words, 0).iter().filter(|t| t.is_word()).map(|t| key(t.text)).collect();
    }
    f
}

/// The content words a quantity at `toks[first..last]` is attached to: the
/// first one before it within three tokens, and the first two after it
/// before any punctuation.
fn heads(toks: &[Token], first: usize, last: usize) -> Vec<String> {
    let concept = |t: &Token| thesaurus::concept(&key(t.text));
    let mut out = Vec::new();
    if let Some(t) = toks[first.saturating_sub(3)..first].iter().rev().take_while(|t| t.is_word()).find(|t| content(t))
    {
        out.push(concept(t));
    }
    out.extend(toks.iter().skip(last).take_while(|t| t.is_word()).take(3).filter(|t| content(t)).take(2).map(concept));
    out
}

fn add(f: &mut Features, t: &Token, weight: f64, lex: &Lexicon) {
    let k = thesaurus::concept(&key(t.text));
    if lex.is_name(t) {
        f.names.insert(k.clone());
    }
    let slot = f.words.entry(k.clone()).or_insert(0.0);
    *slot = slot.max(weight);
    f.surface.entry(k.clone()).or_insert_with(|| t.text.to_string());
    if let Some(head) = lex.head(&k) {
        let head = thesaurus::concept(&head);
        let slot = f.words.entry(head.clone()).or_insert(0.0);
        *slot = slot.max(weight * 0.8);
        f.surface.entry(head).or_insert_with(|| t.text.to_string());
    }
}
