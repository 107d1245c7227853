//! Subject features: what a claim is about, as weighted word keys — the
//! words right after it (its role: `von der Grenze zu China entfernt`), the
//! words around it, its sentence and the one before — folded, stemmed,
//! mapped through a small thesaurus, with compound heads (`Kurzstrecken-
//! raketen` → `raket`) and the proper names near it.

use std::sync::{Arc, LazyLock};

use foldhash::{HashMap, HashSet};

use crate::lang::{Keys, Lang};
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
pub(crate) const PARAGRAPH_REACH: usize = 4;
/// How many tokens on either side count as right next to the claim.
const NEAR_REACH: usize = 5;

/// The subject of one claim.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Word key → weight.
    pub words: HashMap<Arc<str>, f64>,
    /// The words within a few words of the claim, on either side: what it
    /// is said of most directly.
    pub near: HashMap<Arc<str>, f64>,
    /// The words right next to the claim that are not names: the event a
    /// date dates (`befohlenen Invasion`), not where or who.
    pub near_events: HashMap<Arc<str>, f64>,
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
    pub surface: HashMap<Arc<str>, Arc<str>>,
    /// The surface forms interned (see [`Labels`]), once the
    /// bags are made.
    pub labels: Labels,
    /// The claim's sentence with its spacing normalised: the same sentence
    /// in several sources is wire copy.
    pub sentence: Arc<str>,
    /// The keys that stand for proper names (places, people): only these
    /// may be matched by spelling.
    pub names: foldhash::HashSet<Arc<str>>,
}

/// One item's words as written: (key id, index of the surface form in the
/// vocabulary), sorted by key id.
pub type Labels = Vec<(u32, u32)>;

impl Features {
    /// Keeps only what scoring and labels read once the bags are made
    /// (the words are in the bags, their spellings in `labels`).
    pub(crate) fn slim(&mut self, labels: Labels) {
        self.labels = labels;
        self.words = HashMap::default();
        self.surface = HashMap::default();
        self.near = HashMap::default();
        self.near_events = HashMap::default();
        self.heads = Vec::new();
        self.names = foldhash::HashSet::default();
    }
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

/// Every language's determiners: the lexicon learns from all texts at once.
static DETERMINERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| Lang::ALL.iter().flat_map(|l| l.words().keys.determiners.iter().copied()).collect());

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
                let after_determiner = DETERMINERS.contains(prev.text.to_lowercase().as_str())
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

/// The features of `claim` in `doc`; `sentences` holds the tokens of its
/// sentence and of the [`PARAGRAPH_REACH`] before it, by sentence index.
pub fn features(doc: &Document, sentences: &HashMap<usize, Sentence>, claim: &Claim, lex: &Lexicon) -> Features {
    let mut f = Features::default();
    let Some(si) = doc.sentence_at(claim.start) else { return f };
    let sentence = &doc.sentences[si];
    let keyed = &sentences[&si];
    let toks = &keyed.toks;
    f.sentence = Arc::clone(keyed.spaced(&doc.source.text[sentence.range()]));
    let is_quote = matches!(claim.value, ClaimValue::Quote(_));
    let (first, last) = span(toks, claim);
    each_word(doc, sentences, claim, lex, |w, weight, at| {
        add(&mut f, w, weight);
        if let Some(i) = at
            && !is_quote
            && (i >= last && i < last + NEAR_REACH || i < first && first - i <= NEAR_REACH)
        {
            if !w.name {
                f.near_events.insert(Arc::clone(&w.concept), 1.0);
            }
            f.near.insert(Arc::clone(&w.concept), 1.0);
        }
    });
    if matches!(claim.value, ClaimValue::Quantity(_)) {
        f.heads = heads(keyed, first, last, lex);
    }
    if matches!(claim.value, ClaimValue::Date(_)) {
        let opening = toks.get(first).map(|t| t.text.to_lowercase()).unwrap_or_default();
        let before = first.checked_sub(1).and_then(|i| toks.get(i)).map(|t| t.text.to_lowercase()).unwrap_or_default();
        let said = |words: fn(&Keys) -> &[&str]| {
            Lang::ALL.iter().any(|l| [&opening, &before].iter().any(|w| words(&l.words().keys).contains(&w.as_str())))
        };
        f.date_role = if said(|k| k.since) {
            DateRole::Since
        } else if said(|k| k.until) {
            DateRole::Until
        } else {
            DateRole::Point
        };
    }
    // the role phrase: the words after the claim up to a comma or full stop
    for t in toks.iter().skip(last).take_while(|t| !matches!(t.text, "," | "." | ";" | ":")).take(7) {
        if lex.is_name(t) {
            f.role_names.push(key(t.text));
        }
    }
    if let ClaimValue::Quote(q) = &claim.value {
        f.quote = tokens(&q.words, 0).iter().filter(|t| t.is_word()).map(|t| key(t.text)).collect();
    }
    f
}

/// The names among the words [`features`] reads for `claim`: all that the
/// spelling variants need, at a fraction of the cost.
pub(crate) fn names(doc: &Document, sentences: &HashMap<usize, Sentence>, claim: &Claim, lex: &Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    each_word(doc, sentences, claim, lex, |w, _, _| {
        if w.name {
            out.push(w.concept.to_string());
        }
    });
    out
}

/// The tokens `first..last` of a claim in its sentence.
fn span(toks: &[Token], claim: &Claim) -> (usize, usize) {
    let first = toks.iter().position(|t| t.end > claim.start).unwrap_or(toks.len());
    let last = toks.iter().rposition(|t| t.start < claim.end).map_or(first, |i| i + 1);
    (first, last)
}

/// Every content word a claim's subject is made of, with its weight and,
/// for words of the claim's own sentence, its index there: the words
/// around the claim (its quotation marks excluded for quotes) and the last
/// words of the sentences before it in its paragraph.
fn each_word<'s>(
    doc: &Document,
    sentences: &'s HashMap<usize, Sentence>,
    claim: &Claim,
    lex: &Lexicon,
    mut visit: impl FnMut(&'s Word, f64, Option<usize>),
) {
    let Some(si) = doc.sentence_at(claim.start) else { return };
    let sentence = &doc.sentences[si];
    let keyed = &sentences[&si];
    let toks = &keyed.toks;
    let is_quote = matches!(claim.value, ClaimValue::Quote(_));
    let inside = |t: &Token| t.start < claim.end && claim.start < t.end;
    let (first, last) = span(toks, claim);
    // at most REACH tokens either side: the same words for a news
    // sentence, bounded work for a sentence of a megabyte
    let window = first.saturating_sub(REACH)..(last + REACH).min(toks.len());
    for (i, t) in toks.iter().enumerate().take(window.end).skip(window.start) {
        if inside(t) {
            continue;
        }
        let Some(w) = keyed.word(i, lex) else { continue };
        let weight = if i >= last && i < last + 7 && !is_quote {
            ROLE
        } else if i < first && first - i <= 5 {
            NEAR
        } else {
            SENTENCE
        };
        visit(w, weight, Some(i));
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
        let prev = &sentences[&(si - back)];
        for i in prev.toks.len().saturating_sub(2 * REACH)..prev.toks.len() {
            if let Some(w) = prev.word(i, lex) {
                visit(w, weight, None);
            }
        }
    }
}

/// The content words a quantity at `toks[first..last]` is attached to: the
/// first one before it within three tokens, and the first two after it
/// before any punctuation.
fn heads(s: &Sentence, first: usize, last: usize, lex: &Lexicon) -> Vec<String> {
    let toks = &s.toks;
    let mut out = Vec::new();
    if let Some(w) =
        (first.saturating_sub(3)..first).rev().take_while(|&i| toks[i].is_word()).find_map(|i| s.word(i, lex))
    {
        out.push(w.concept.to_string());
    }
    out.extend(
        (last..toks.len())
            .take_while(|&i| toks[i].is_word())
            .take(3)
            .filter_map(|i| s.word(i, lex))
            .take(2)
            .map(|w| w.concept.to_string()),
    );
    out
}

/// The tokens of one sentence, each content word keyed once (on first
/// use) for all the claims that look at it.
#[derive(Debug)]
pub struct Sentence<'a> {
    pub toks: Vec<Token<'a>>,
    words: Vec<std::cell::OnceCell<Option<Word>>>,
    /// Whether only proper names are keyed (see [`names`]): then other
    /// words are passed over and no compound heads are looked up.
    names_only: bool,
    /// The sentence with its spacing normalised, made once for all its
    /// claims.
    spaced: std::cell::OnceCell<Arc<str>>,
}

/// A content word's keys.
#[derive(Debug)]
struct Word {
    /// Whether it is a proper name.
    name: bool,
    /// Its key mapped to its concept.
    concept: Arc<str>,
    /// The concept of its compound head, if the corpus has the head.
    head: Option<Arc<str>>,
    /// The word as written.
    written: Arc<str>,
}

impl<'a> Sentence<'a> {
    pub fn new(toks: Vec<Token<'a>>) -> Sentence<'a> {
        let words = toks.iter().map(|_| std::cell::OnceCell::new()).collect();
        Sentence { toks, words, names_only: false, spaced: std::cell::OnceCell::new() }
    }

    /// A sentence whose words are keyed only where they are proper names:
    /// all that [`names`] reads.
    pub fn for_names(toks: Vec<Token<'a>>) -> Sentence<'a> {
        Sentence { names_only: true, ..Sentence::new(toks) }
    }

    /// `text`, this sentence as written, with its spacing normalised.
    fn spaced(&self, text: &str) -> &Arc<str> {
        self.spaced.get_or_init(|| text.split_whitespace().collect::<Vec<_>>().join(" ").into())
    }

    /// Token `i` as a content word, or `None` for punctuation, figures and
    /// function words.
    fn word(&self, i: usize, lex: &Lexicon) -> Option<&Word> {
        self.words[i]
            .get_or_init(|| {
                let t = &self.toks[i];
                // a name is capitalized: the rest need not be folded
                if self.names_only && !t.is_capitalized() || !content(t) {
                    return None;
                }
                let name = lex.is_name(t);
                if self.names_only {
                    return name.then(|| Word {
                        name,
                        concept: thesaurus::concept(&key(t.text)).into(),
                        head: None,
                        written: t.text.into(),
                    });
                }
                let concept = thesaurus::concept(&key(t.text));
                let head = lex.head(&concept).map(|h| thesaurus::concept(&h).into());
                Some(Word { name, concept: concept.into(), head, written: t.text.into() })
            })
            .as_ref()
    }
}

fn add(f: &mut Features, w: &Word, weight: f64) {
    if w.name {
        f.names.insert(Arc::clone(&w.concept));
    }
    let mut weigh = |k: &Arc<str>, weight: f64| {
        let slot = f.words.entry(Arc::clone(k)).or_insert(0.0);
        *slot = slot.max(weight);
        f.surface.entry(Arc::clone(k)).or_insert_with(|| Arc::clone(&w.written));
    };
    weigh(&w.concept, weight);
    if let Some(head) = &w.head {
        weigh(head, weight * 0.8);
    }
}
