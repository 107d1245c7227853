//! Alignment, the fifth stage: claims from different sources that state the
//! same fact are grouped into clusters. Pairing is by subject, never by
//! value — a changed number must still meet its counterpart — and precision
//! comes first: two claims are compared only when their subjects clearly
//! match. Candidates come from an index on subject words, so the cost grows
//! with the number of claims that share words, not with its square.

pub mod bag;
pub mod frame;
pub mod handoff;
pub mod score;
pub mod subject;
pub mod thesaurus;
pub mod tuning;

use std::collections::HashMap;

use crate::model::claim::{Claim, ClaimKind, ClaimValue, Dimension, QuoteKind};
use crate::prepare::document::Document;

pub use bag::Vocab;
pub use score::Pair;
use subject::{Features, Lexicon};

/// A claim taking part in alignment.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// Index of the document.
    pub doc: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
    pub claim: &'a Claim,
    pub features: Features,
    /// The features interned and weighed, for scoring.
    pub bags: bag::Bags,
    /// Whether its source states another value for the same frame: then
    /// the frame is weak evidence for pairing (co-statement).
    pub co_stated: bool,
}

/// Mentions of one fact: indices into the item list, and why they pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub kind: ClaimKind,
    pub members: Vec<usize>,
    pub pairs: Vec<Pair>,
    /// For a lone claim: the best candidates that scored too low to pair.
    pub near_misses: Vec<Pair>,
    /// What judging needs to know of the cluster.
    pub summary: handoff::Summary,
}

/// Whether a claim is compared across sources at all: bare numbers and
/// quoted terms are not.
fn comparable(claim: &Claim) -> bool {
    match &claim.value {
        ClaimValue::Quantity(q) => q.dimension != Dimension::Number,
        // an unresolved date neither agrees nor conflicts with anything
        ClaimValue::Date(d) => d.from.is_some() && d.to.is_some(),
        ClaimValue::Quote(q) => q.kind == QuoteKind::Speech && q.words.split_whitespace().count() >= 3,
    }
}

/// Builds the alignment items of every document's claims, and the
/// vocabulary their features are interned in.
pub fn items<'a>(docs: &[Document], claims: &'a [Vec<Claim>]) -> (Vec<Item<'a>>, Vocab) {
    let tokens: Vec<_> = docs.iter().map(subject::sentence_tokens).collect();
    let lex = Lexicon::build(&tokens);
    let mut out = Vec::new();
    for (d, (doc, cs)) in docs.iter().zip(claims).enumerate() {
        for claim in cs.iter().filter(|c| comparable(c)) {
            let Some(sentence) = doc.sentence_at(claim.start) else { continue };
            let features = subject::features(doc, &tokens[d], claim, &lex);
            out.push(Item { doc: d, sentence, claim, features, bags: bag::Bags::default(), co_stated: false });
        }
    }
    handoff::mark_co_statements(&mut out, &tuning::TUNING);
    let (vocab, bags) = bag::build(&out.iter().map(|i| &i.features).collect::<Vec<_>>());
    for (item, b) in out.iter_mut().zip(bags) {
        item.bags = b;
    }
    (out, vocab)
}

/// How many pairs a cluster keeps to explain itself.
const MAX_PAIRS: usize = 64;

/// Groups the items into clusters; items that pair with nothing become
/// clusters of one.
pub fn cluster(items: &[Item], vocab: &Vocab) -> Vec<Cluster> {
    let scorer = score::Scorer { vocab, tuning: &tuning::TUNING };
    let mut candidates = candidate_pairs(items);
    let (mut pairs, misses): (Vec<Pair>, Vec<Pair>) =
        candidates.drain(..).filter_map(|(a, b)| scorer.pair(items, a, b)).partition(|p| {
            p.score >= scorer.threshold(items[p.a].claim.kind()) && p.confidence >= scorer.tuning.pair_confidence
        });
    pairs.sort_by(|x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    let scores: HashMap<(usize, usize), f64> = pairs.iter().chain(&misses).map(|p| ((p.a, p.b), p.score)).collect();

    // greedy agglomeration, best pairs first, with average linkage
    let mut cluster_of: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    let mut kept: Vec<Vec<Pair>> = vec![Vec::new(); items.len()];
    for p in pairs {
        let (ca, cb) = (cluster_of[p.a], cluster_of[p.b]);
        if ca == cb {
            if kept[ca].len() < MAX_PAIRS {
                kept[ca].push(p);
            }
            continue;
        }
        if !scorer.may_merge(items, &members[ca], &members[cb], &scores) {
            continue;
        }
        // the smaller cluster moves into the larger
        let (into, from) = if members[ca].len() >= members[cb].len() { (ca, cb) } else { (cb, ca) };
        let moved = std::mem::take(&mut members[from]);
        for &m in &moved {
            cluster_of[m] = into;
        }
        members[into].extend(moved);
        let moved_pairs = std::mem::take(&mut kept[from]);
        kept[into].extend(moved_pairs);
        kept[into].push(p);
        // the explanation needs the best pairs, not all of a large cluster's
        if kept[into].len() > MAX_PAIRS {
            kept[into].sort_by(|x, y| y.score.total_cmp(&x.score));
            kept[into].truncate(MAX_PAIRS / 2);
        }
    }
    let mut best_misses: HashMap<usize, Vec<Pair>> = HashMap::new();
    for p in misses.into_iter().filter(|p| p.score > scorer.tuning.near_miss_min) {
        for i in [p.a, p.b] {
            let list = best_misses.entry(i).or_default();
            list.push(p.clone());
            list.sort_by(|x, y| y.score.total_cmp(&x.score));
            list.truncate(3);
        }
    }
    members
        .into_iter()
        .zip(kept)
        .filter(|(m, _)| !m.is_empty())
        .map(|(mut m, mut pairs)| {
            m.sort_unstable();
            let mut near_misses = if m.len() == 1 { best_misses.remove(&m[0]).unwrap_or_default() } else { Vec::new() };
            for p in pairs.iter_mut().chain(near_misses.iter_mut()) {
                scorer.explain(items, p);
            }
            let summary = handoff::summarize(items, &m, &pairs);
            Cluster { kind: items[m[0]].claim.kind(), members: m, pairs, near_misses, summary }
        })
        .collect()
}

/// Pairs of items of the same kind that share at least one subject word
/// (quote words for quotes), found through an inverted index. Each item
/// looks for partners through its rarest words first and takes at most
/// [`PARTNERS`] of them, so the candidates grow linearly with the claims
/// however often a word recurs; words in more than [`COMMON`] claims say
/// too little to pair by at all.
fn candidate_pairs(items: &[Item]) -> Vec<(usize, usize)> {
    let mut index: HashMap<(ClaimKind, u32), Vec<usize>> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        for &(id, _) in &bag(item).entries {
            index.entry((item.claim.kind(), id)).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    let mut partners: Vec<usize> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let kind = item.claim.kind();
        let mut lists: Vec<&Vec<usize>> = bag(item)
            .entries
            .iter()
            .filter_map(|&(id, _)| index.get(&(kind, id)))
            .filter(|l| l.len() > 1 && l.len() <= COMMON)
            .collect();
        lists.sort_by_key(|l| l.len());
        partners.clear();
        'lists: for list in lists {
            for &j in list {
                if j != i && !partners.contains(&j) {
                    partners.push(j);
                    if partners.len() >= PARTNERS {
                        break 'lists;
                    }
                }
            }
        }
        out.extend(partners.iter().map(|&j| (i.min(j), i.max(j))));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The bag of words an item is indexed by: its quoted words for quotes, its
/// subject for the rest.
fn bag<'i>(item: &'i Item) -> &'i bag::Bag {
    if item.claim.kind() == ClaimKind::Quote { &item.bags.quote } else { &item.bags.words }
}

/// The most candidate partners one claim is scored against.
const PARTNERS: usize = 256;
/// Words in more claims than this are not used to find partners.
const COMMON: usize = 2048;
