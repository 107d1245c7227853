//! Alignment, the fifth stage: claims from different sources that state the
//! same fact are grouped into clusters. Pairing is by subject, never by
//! value — a changed number must still meet its counterpart — and precision
//! comes first: two claims are compared only when their subjects clearly
//! match. Candidates come from an index on subject words, so the cost grows
//! with the number of claims that share words, not with its square.

pub mod bag;
mod collapse;
pub mod frame;
pub mod handoff;
pub mod score;
pub mod subject;
pub mod thesaurus;
pub mod tuning;

use foldhash::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use crate::model::claim::{Claim, ClaimKind, ClaimValue, Dimension, QuoteKind};
use crate::prepare::document::Document;
use crate::text::words::{Token, tokens};

pub use bag::Vocab;
pub use score::Pair;
use subject::{Features, Lexicon};

/// A claim taking part in alignment. Copies of one claim share their
/// features and bags.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// Index of the document.
    pub doc: usize,
    /// Index of the sentence in its document.
    pub sentence: usize,
    pub claim: &'a Claim,
    pub features: Arc<Features>,
    /// The features interned and weighed, for scoring.
    pub bags: Arc<bag::Bags>,
    /// Whether its source states another value for the same frame: then
    /// the frame is weak evidence for pairing (co-statement).
    pub co_stated: bool,
    /// The day its source was published, when known: two sources of one
    /// day report one state of a toll, sources of two days maybe two.
    pub day: Option<jiff::civil::Date>,
}

/// Mentions of one fact: indices into the item list, and why they pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub kind: ClaimKind,
    pub members: Vec<usize>,
    pub pairs: Vec<Pair>,
    /// For a lone claim: the best candidates that scored too low to pair.
    pub near_misses: Vec<Pair>,
    /// Every member is a copy of one sentence with one value (wire copy):
    /// one piece of evidence, however many sources print it.
    pub one_sentence: bool,
    /// What judging needs to know of the cluster.
    pub summary: handoff::Summary,
}

/// Every comparable claim as an item, and the copies among them collapsed
/// (see [`collapse`]): what [`cluster`] aligns.
#[derive(Debug)]
pub struct Aligned<'a> {
    pub items: Vec<Item<'a>>,
    pub vocab: Vocab,
    /// One item a representative: the first of its copies.
    reps: Vec<Item<'a>>,
    /// The items each representative stands for.
    copies: Vec<Vec<usize>>,
    /// Each item's evidence key.
    evidence: Vec<u64>,
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
/// vocabulary their features are interned in. Copies are found first, so
/// that tokens and features are made once for each distinct sentence and
/// context, on all cores.
pub fn items<'a>(docs: &[Document], claims: &'a [Vec<Claim>]) -> Aligned<'a> {
    let found: Vec<(Vec<collapse::Occurrence>, Vec<u64>)> = docs
        .par_iter()
        .zip(claims)
        .enumerate()
        .map(|(d, (doc, cs))| collapse::occurrences(d, doc, cs, comparable))
        .collect();
    // the lexicon learns from each distinct sentence once, with its count
    let mut sentences: HashMap<u64, (usize, usize, u32)> = HashMap::default();
    for (d, (_, hashes)) in found.iter().enumerate() {
        for (si, &h) in hashes.iter().enumerate() {
            sentences.entry(h).or_insert((d, si, 0)).2 += 1;
        }
    }
    let mut distinct_sentences: Vec<(usize, usize, u32)> = sentences.into_values().collect();
    distinct_sentences.sort_unstable();
    let sentence_tokens: Vec<(Vec<Token>, u32)> = distinct_sentences
        .par_iter()
        .map(|&(d, si, n)| {
            let s = &docs[d].sentences[si];
            (tokens(&docs[d].source.text[s.range()], s.start), n)
        })
        .collect();
    let lex = Lexicon::build(sentence_tokens.iter().map(|(t, n)| (t.as_slice(), *n)));
    drop(sentence_tokens);

    let occurrences: Vec<collapse::Occurrence> = found.into_iter().flat_map(|(o, _)| o).collect();
    let (contexts, context_of) = collapse::distinct(occurrences.iter().map(|o| o.context));
    let mut times = vec![0u32; contexts.len()];
    for &c in &context_of {
        times[c] += 1;
    }
    // features once a context, in runs of a document's contexts on all
    // cores, with the tokens of the sentences they look at
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for (c, &o) in contexts.iter().enumerate() {
        by_doc.entry(occurrences[o].doc).or_default().push(c);
    }
    let mut by_doc: Vec<(usize, Vec<usize>)> = by_doc.into_iter().collect();
    by_doc.sort_unstable();
    // a run ends between sentences, so that a long sentence is tokenized
    // by few runs
    let sentence_of = |c: usize| occurrences[contexts[c]].sentence;
    let mut runs: Vec<(usize, &[usize])> = Vec::new();
    for (d, cs) in &by_doc {
        let mut from = 0;
        for i in 1..=cs.len() {
            if i == cs.len() || i - from >= FEATURE_RUN && sentence_of(cs[i]) != sentence_of(cs[i - 1]) {
                runs.push((*d, &cs[from..i]));
                from = i;
            }
        }
    }
    // what `read` makes of each context of a run, with the tokens of the
    // sentences it looks at made once for the run
    fn each_of_run<T>(
        docs: &[Document],
        (d, cs): (usize, &[usize]),
        sentence_of: impl Fn(usize) -> usize,
        names_only: bool,
        mut read: impl FnMut(&Document, &HashMap<usize, subject::Sentence>, usize) -> T,
    ) -> Vec<T> {
        let doc = &docs[d];
        let mut toks: HashMap<usize, subject::Sentence> = HashMap::default();
        for &c in cs {
            let si = sentence_of(c);
            for s in si.saturating_sub(subject::PARAGRAPH_REACH)..=si {
                toks.entry(s).or_insert_with(|| {
                    let sentence = &doc.sentences[s];
                    let toks = tokens(&doc.source.text[sentence.range()], sentence.start);
                    if names_only { subject::Sentence::for_names(toks) } else { subject::Sentence::new(toks) }
                });
            }
        }
        cs.iter().map(|&c| read(doc, &toks, c)).collect()
    }
    let claim_of = |c: usize| {
        let o = occurrences[contexts[c]];
        &claims[o.doc][o.claim]
    };
    let features_of = |&(d, cs): &(usize, &[usize])| -> Vec<Features> {
        each_of_run(docs, (d, cs), sentence_of, false, |doc, toks, c| subject::features(doc, toks, claim_of(c), &lex))
    };
    // the names first, for the spelling variants; then the bags, a window
    // of runs at a time, keeping of each context's features only what
    // scoring and labels read, so that memory stays near the claims' own
    let names: std::collections::BTreeSet<String> = runs
        .par_iter()
        .flat_map_iter(|&(d, cs)| {
            each_of_run(docs, (d, cs), sentence_of, true, |doc, toks, c| subject::names(doc, toks, claim_of(c), &lex))
                .into_iter()
                .flatten()
        })
        .collect();
    let mut builder = bag::Builder::new(names.iter().map(String::as_str));
    let mut features: Vec<Features> = Vec::with_capacity(contexts.len());
    // a window's features are interned while the next window's are made
    let mut intern = |made: Vec<Features>| {
        let labels = builder.add_all(&made);
        made.into_iter()
            .zip(labels)
            .map(|(mut f, l)| {
                f.slim(l);
                f
            })
            .collect::<Vec<Features>>()
    };
    let mut pending: Option<Vec<Features>> = None;
    for window in runs.chunks(rayon::current_num_threads().max(1) * 2) {
        let (made, done) = rayon::join(
            || window.par_iter().flat_map_iter(features_of).collect::<Vec<Features>>(),
            || pending.take().map(&mut intern),
        );
        features.extend(done.into_iter().flatten());
        pending = Some(made);
    }
    features.extend(pending.map(&mut intern).into_iter().flatten());
    let (vocab, bags) = builder.finish(&times);
    let shared: Vec<(Arc<Features>, Arc<bag::Bags>)> =
        features.into_iter().zip(bags).map(|(f, b)| (Arc::new(f), Arc::new(b))).collect();

    let mut items: Vec<Item<'a>> = occurrences
        .iter()
        .zip(&context_of)
        .map(|(o, &c)| Item {
            doc: o.doc,
            sentence: o.sentence,
            claim: &claims[o.doc][o.claim],
            features: Arc::clone(&shared[c].0),
            bags: Arc::clone(&shared[c].1),
            co_stated: false,
            day: docs[o.doc].anchors.published().map(|p| p.date()),
        })
        .collect();
    handoff::mark_co_statements(&mut items, &tuning::TUNING);
    // representatives: the contexts that score alike, with their copies
    let (rep_contexts, rep_of_context) = collapse::distinct(
        contexts.iter().enumerate().map(|(c, &o)| collapse::representative(items[o].claim, &shared[c].0, &shared[c].1)),
    );
    let reps: Vec<Item<'a>> = rep_contexts.iter().map(|&c| items[contexts[c]].clone()).collect();
    let mut copies: Vec<Vec<usize>> = vec![Vec::new(); reps.len()];
    for (i, &c) in context_of.iter().enumerate() {
        copies[rep_of_context[c]].push(i);
    }
    let evidence = occurrences.iter().map(|o| o.evidence).collect();
    Aligned { items, vocab, reps, copies, evidence }
}

/// How many contexts of one document make one run of feature work.
const FEATURE_RUN: usize = 512;

/// How many pairs a cluster keeps to explain itself.
const MAX_PAIRS: usize = 64;

/// Groups the items into clusters; items that pair with nothing become
/// clusters of one. The representatives are aligned, and each cluster of
/// them stands for all their copies.
pub fn cluster(aligned: &Aligned) -> Vec<Cluster> {
    let to_item = |p: &mut Pair| {
        p.a = aligned.copies[p.a][0];
        p.b = aligned.copies[p.b][0];
    };
    cluster_reps(&aligned.reps, &aligned.vocab)
        .into_par_iter()
        .map(|mut c| {
            let mut members: Vec<usize> = c.members.iter().flat_map(|&r| aligned.copies[r].iter().copied()).collect();
            members.sort_unstable();
            c.pairs.iter_mut().for_each(to_item);
            c.near_misses.iter_mut().for_each(to_item);
            if members.len() > 1 {
                c.near_misses.clear();
            }
            let first = aligned.evidence[members[0]];
            c.one_sentence = members.iter().all(|&m| aligned.evidence[m] == first);
            c.summary = handoff::summarize(&aligned.items, &aligned.vocab, &members, &c.pairs);
            c.members = members;
            c
        })
        .collect()
}

/// The clustering of [`cluster`], on representatives.
fn cluster_reps(items: &[Item], vocab: &Vocab) -> Vec<Cluster> {
    let scorer = score::Scorer { vocab, tuning: &tuning::TUNING };
    let scored: Vec<Pair> =
        candidate_pairs(items).into_par_iter().filter_map(|(a, b)| scorer.pair(items, a, b)).collect();
    let (mut pairs, misses): (Vec<Pair>, Vec<Pair>) = scored.into_iter().partition(|p| {
        let t = scorer.tuning;
        p.score >= scorer.threshold(items[p.a].claim.kind())
            && p.confidence >= t.pair_confidence
            && (p.confidence >= t.differing_pair_confidence
                || !score::clearly_differ(&items[p.a].claim.value, &items[p.b].claim.value))
    });
    pairs.sort_by(|x, y| y.score.total_cmp(&x.score).then((x.a, x.b).cmp(&(y.a, y.b))));
    let scores: HashMap<(usize, usize), f64> = pairs.iter().chain(&misses).map(|p| ((p.a, p.b), p.score)).collect();

    // greedy agglomeration, best pairs first, with average linkage
    let mut cluster_of: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    let mut kept: Vec<Vec<Pair>> = vec![Vec::new(); items.len()];
    let mut refused: HashSet<(usize, usize, usize, usize)> = HashSet::default();
    for p in pairs {
        let (ca, cb) = (cluster_of[p.a], cluster_of[p.b]);
        if ca == cb {
            if kept[ca].len() < MAX_PAIRS {
                kept[ca].push(p);
            }
            continue;
        }
        // two clusters that may not merge stay so until one of them grows:
        // asked once, not once for every pair between them
        let key = (ca.min(cb), ca.max(cb), members[ca.min(cb)].len(), members[ca.max(cb)].len());
        if refused.contains(&key) {
            continue;
        }
        if !scorer.may_merge(items, &members[ca], &members[cb], &scores) {
            refused.insert(key);
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
    let mut best_misses: HashMap<usize, Vec<Pair>> = HashMap::default();
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
            let summary = handoff::summarize(items, vocab, &m, &pairs);
            Cluster { kind: items[m[0]].claim.kind(), members: m, pairs, near_misses, one_sentence: false, summary }
        })
        .collect()
}

/// Pairs of items that could be compared (one kind; for quantities one
/// dimension and unit) and share at least one subject word (quote words for
/// quotes), found through an inverted index. Each item looks for partners
/// through its rarest words first and takes at most [`PARTNERS`] of them, so
/// the candidates grow linearly with the claims however often a word
/// recurs; copies are collapsed before, so a common word does not crowd out
/// a claim's counterpart in another article.
fn candidate_pairs(items: &[Item]) -> Vec<(usize, usize)> {
    // one source has nothing to be compared with
    if items.iter().all(|item| item.doc == items[0].doc) {
        return Vec::new();
    }
    let mut buckets: HashMap<(ClaimKind, Option<Dimension>, &str), u64> = HashMap::default();
    let bucket_of: Vec<u64> = items
        .iter()
        .map(|item| {
            let key = match &item.claim.value {
                ClaimValue::Quantity(q) => (ClaimKind::Quantity, Some(q.dimension), q.unit.as_str()),
                v => (item.claim.kind(), None, if matches!(v, ClaimValue::Date(_)) { "date" } else { "quote" }),
            };
            let n = buckets.len() as u64;
            *buckets.entry(key).or_insert(n)
        })
        .collect();
    let mut index: HashMap<(u64, u32), Vec<usize>> = HashMap::default();
    for (i, item) in items.iter().enumerate() {
        for &(id, _) in &bag(item).entries {
            index.entry((bucket_of[i], id)).or_default().push(i);
        }
    }
    // a claim that shares no word with a claim of another source has
    // nothing to be compared with: its source repeating it is no evidence,
    // so it takes no part in pairing (a long single source costs nothing)
    let spanning: HashSet<(u64, u32)> =
        index.iter().filter(|(_, l)| l.iter().any(|&j| items[j].doc != items[l[0]].doc)).map(|(&k, _)| k).collect();
    let reaching: Vec<bool> = items
        .iter()
        .enumerate()
        .map(|(i, item)| bag(item).entries.iter().any(|&(id, _)| spanning.contains(&(bucket_of[i], id))))
        .collect();
    let mut out = Vec::new();
    let mut partners: Vec<usize> = Vec::new();
    for (i, item) in items.iter().enumerate().filter(|&(i, _)| reaching[i]) {
        let mut lists: Vec<&Vec<usize>> = bag(item)
            .entries
            .iter()
            .filter_map(|&(id, _)| index.get(&(bucket_of[i], id)))
            .filter(|l| l.len() > 1)
            .collect();
        lists.sort_by_key(|l| l.len());
        partners.clear();
        // the rarest words only: a claim in a sentence of thousands of
        // words (a base64 image) must not walk every list
        'lists: for list in lists.into_iter().take(LISTS) {
            for &j in list {
                if j != i && reaching[j] && !partners.contains(&j) {
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

/// The most words (rarest first) one claim looks for partners through.
const LISTS: usize = 128;
/// The most candidate partners one claim is scored against.
const PARTNERS: usize = 256;
