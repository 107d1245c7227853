//! Bags of interned word keys: each subject feature as a sorted list of
//! (id, weight) with its rarity-weighted total, so that pair scoring is a
//! merge of two short sorted lists, with no hashing of strings.

use std::sync::Arc;

use foldhash::HashMap;

use super::subject::{Features, Labels};

/// Strings interned: each once, known by its index.
#[derive(Debug, Default)]
struct Interned {
    ids: HashMap<String, u32>,
    list: Vec<String>,
}

impl Interned {
    /// The index of `s`, and whether it is new.
    fn intern(&mut self, s: &str) -> (u32, bool) {
        if let Some(&id) = self.ids.get(s) {
            return (id, false);
        }
        let id = self.list.len() as u32;
        self.ids.insert(s.to_string(), id);
        self.list.push(s.to_string());
        (id, true)
    }
}

/// The word keys of all items, interned, with how rare each is.
#[derive(Debug, Default)]
pub struct Vocab {
    keys: Interned,
    /// Inverse document frequency over the items, by id.
    idf: Vec<f64>,
    /// The weight of a quoted word: function words count less.
    quote_weight: Vec<f64>,
    /// Spelling variant → the key it is interned as.
    spelling: HashMap<String, String>,
    /// The words as written, for labels, each once: items refer to them
    /// by index (see [`Labels`]).
    surfaces: Interned,
}

impl Vocab {
    fn intern(&mut self, k: &str) -> u32 {
        let (id, new) = self.keys.intern(k);
        if new {
            let short = crate::text::words::is_stopword(k) || k.chars().count() <= 3;
            self.quote_weight.push(if short { 0.3 } else { 1.0 });
        }
        id
    }

    pub fn key(&self, id: u32) -> &str {
        &self.keys.list[id as usize]
    }

    /// The id of a key in use, spelling variants mapped as the bags map
    /// them.
    pub fn id(&self, k: &str) -> Option<u32> {
        self.keys.ids.get(self.spelling.get(k).map_or(k, String::as_str)).copied()
    }

    /// How an item wrote the key `id`, if it did.
    pub fn label<'v>(&'v self, labels: &[(u32, u32)], id: u32) -> Option<&'v str> {
        labels.binary_search_by_key(&id, |e| e.0).ok().map(|i| self.surfaces.list[labels[i].1 as usize].as_str())
    }

    fn intern_surface(&mut self, s: &str) -> u32 {
        self.surfaces.intern(s).0
    }

    pub fn idf(&self, id: u32) -> f64 {
        self.idf.get(id as usize).copied().unwrap_or(1.0)
    }
}

/// One feature as a bag: (id, weight) sorted by id, and the sum of weight ×
/// rarity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bag {
    pub entries: Vec<(u32, f64)>,
    pub total: f64,
}

/// Bags hash by the bits of their weights, so that copies with the same
/// bags are found without formatting numbers.
impl std::hash::Hash for Bag {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        for &(id, w) in &self.entries {
            (id, w.to_bits()).hash(h);
        }
        self.total.to_bits().hash(h);
    }
}

/// Every feature of one item as a bag.
#[derive(Debug, Clone, Default, Hash)]
pub struct Bags {
    pub words: Bag,
    pub near: Bag,
    pub near_events: Bag,
    /// Quoted words, each once, weighted by [`Vocab`]'s quote weight.
    pub quote: Bag,
    /// Heads of a quantity (ids, sorted).
    pub heads: Vec<u32>,
}

/// Interns the features of all items and weighs them by rarity. Keys
/// spelled nearly alike (`wostotschny`, `wostochny`) become one.
#[cfg(test)]
pub fn build(features: &[&Features]) -> (Vocab, Vec<Bags>) {
    build_weighted(features, &vec![1; features.len()])
}

/// [`build`] for items that stand for `times[i]` claims each (copies
/// collapsed into one): rarity counts every copy, so that a word is as rare
/// among ten thousand copies of five articles as among the five.
#[cfg(test)]
pub fn build_weighted(features: &[&Features], times: &[u32]) -> (Vocab, Vec<Bags>) {
    let mut builder = Builder::new(features.iter().flat_map(|f| f.names.iter().map(|n| &**n)));
    for f in features {
        builder.add(f);
    }
    builder.finish(times)
}

/// Bags made a batch of items at a time, so that the features of a large
/// input need not all be held at once: [`Builder::add_all`] each batch in
/// order, then [`Builder::finish`] weighs them all by rarity.
#[derive(Debug)]
pub(crate) struct Builder {
    /// Spelling variant → the key it is interned as.
    spelling: HashMap<String, String>,
    interning: Interning,
}

/// What [`Builder::add_all`] changes: the vocabulary and the raw bags.
#[derive(Debug)]
struct Interning {
    vocab: Vocab,
    raw: Vec<[Vec<(u32, f64)>; 4]>,
    heads: Vec<Vec<u32>>,
}

/// One item's features with every key mapped to its spelling and in the
/// order it is interned: the work of interning that needs no ids.
struct Prepared<'f> {
    /// Every key in the order it is interned: the words, near words and
    /// near event words (each sorted as written), the quoted words, the
    /// heads, the keys of the surface forms.
    keys: Vec<&'f str>,
    /// Where each part of `keys` ends.
    ends: [usize; 6],
    /// The weights of the first three parts.
    weights: Vec<f64>,
    /// For each surface key: whether it is a spelling variant, and the
    /// surface form.
    surfaces: Vec<(bool, &'f str)>,
}

/// The ids of a prepared item's keys and surface forms; `None` for those
/// not yet interned.
struct Ids {
    keys: Vec<Option<u32>>,
    surfaces: Vec<Option<u32>>,
}

impl Builder {
    /// A builder that merges the spelling variants among `names`, the name
    /// keys of every item's features.
    pub(crate) fn new<'n>(names: impl IntoIterator<Item = &'n str>) -> Builder {
        let mut keys: Vec<&str> = names.into_iter().collect();
        keys.sort_unstable();
        keys.dedup();
        let interning = Interning { vocab: Vocab::default(), raw: Vec::new(), heads: Vec::new() };
        Builder { spelling: spellings(keys), interning }
    }

    /// Interns one item's features, and returns its words as written.
    #[cfg(test)]
    pub(crate) fn add(&mut self, f: &Features) -> Labels {
        self.add_all(std::slice::from_ref(f)).pop().expect("one item")
    }

    /// The features of many items interned in order, and each item's words
    /// as written. Only the keys not seen before are interned one by one;
    /// the rest of the work runs on all cores.
    pub(crate) fn add_all(&mut self, features: &[Features]) -> Vec<Labels> {
        use rayon::prelude::*;
        let Builder { spelling, interning } = self;
        let prepared: Vec<Prepared> = features.par_iter().map(|f| prepare(spelling, f)).collect();
        let vocab = &mut interning.vocab;
        let known = |p: &Prepared, v: &Vocab| Ids {
            keys: p.keys.iter().map(|k| v.keys.ids.get(*k).copied()).collect(),
            surfaces: p.surfaces.iter().map(|(_, s)| v.surfaces.ids.get(*s).copied()).collect(),
        };
        let mut ids: Vec<Ids> = prepared.par_iter().map(|p| known(p, vocab)).collect();
        // new keys get the next ids in the order they are met
        for (p, id) in prepared.iter().zip(&mut ids) {
            for (k, slot) in p.keys.iter().zip(&mut id.keys) {
                if slot.is_none() {
                    *slot = Some(vocab.intern(k));
                }
            }
            for ((_, s), slot) in p.surfaces.iter().zip(&mut id.surfaces) {
                if slot.is_none() {
                    *slot = Some(vocab.intern_surface(s));
                }
            }
        }
        let made: Vec<(Bagged, Labels)> = prepared.par_iter().zip(ids).map(|(p, id)| bagged(p, &id)).collect();
        made.into_iter()
            .map(|(b, labels)| {
                interning.raw.push(b.raw);
                interning.heads.push(b.heads);
                labels
            })
            .collect()
    }

    /// The vocabulary with each key's rarity, and every item's bags;
    /// `times[i]` is how many claims item `i` stands for.
    pub(crate) fn finish(self, times: &[u32]) -> (Vocab, Vec<Bags>) {
        let Builder { spelling, interning: Interning { mut vocab, raw, heads } } = self;
        vocab.spelling = spelling;
        // rarity: how many items' subjects hold each key
        let mut df = vec![0usize; vocab.keys.list.len()];
        for (r, &t) in raw.iter().zip(times) {
            for &(id, _) in &r[0] {
                df[id as usize] += t as usize;
            }
        }
        let n = times.iter().map(|&t| t as usize).sum::<usize>().max(1) as f64;
        vocab.idf = df.iter().map(|&c| ((n + 1.0) / (c as f64 + 0.5)).ln().max(0.1)).collect();
        let bags = raw
            .into_iter()
            .zip(heads)
            .map(|([words, near, near_events, quote], heads)| {
                let weigh = |entries: Vec<(u32, f64)>| {
                    let total = entries.iter().map(|&(id, w)| w * vocab.idf(id)).sum();
                    Bag { entries, total }
                };
                let quote: Vec<(u32, f64)> =
                    quote.into_iter().map(|(id, _)| (id, vocab.quote_weight[id as usize])).collect();
                let quote_total = quote.iter().map(|e| e.1).sum();
                Bags {
                    words: weigh(words),
                    near: weigh(near),
                    near_events: weigh(near_events),
                    quote: Bag { entries: quote, total: quote_total },
                    heads,
                }
            })
            .collect();
        (vocab, bags)
    }
}

/// The keys of `f` mapped to their spellings and ordered as they are
/// interned, so that ids (and with them which candidates a claim meets
/// first) are the same on every run.
fn prepare<'f>(spelling: &'f HashMap<String, String>, f: &'f Features) -> Prepared<'f> {
    let canonical = |k: &'f str| -> &'f str { spelling.get(k).map_or(k, String::as_str) };
    let mut keys: Vec<&'f str> = Vec::new();
    let mut weights: Vec<f64> = Vec::new();
    let mut ends = [0; 6];
    for (part, m) in [&f.words, &f.near, &f.near_events].into_iter().enumerate() {
        let mut entries: Vec<(&'f str, f64)> = m.iter().map(|(k, w)| (&**k, *w)).collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (k, w) in entries {
            keys.push(canonical(k));
            weights.push(w);
        }
        ends[part] = keys.len();
    }
    keys.extend(f.quote.iter().map(String::as_str));
    ends[3] = keys.len();
    keys.extend(f.heads.iter().map(String::as_str));
    ends[4] = keys.len();
    // each key as this item wrote it (of spellings that share a key, the
    // one that is the key itself, else the first)
    let mut written: Vec<(&'f Arc<str>, &'f Arc<str>)> = f.surface.iter().collect();
    written.sort_unstable();
    let mut surfaces = Vec::with_capacity(written.len());
    for (k, s) in written {
        let key = canonical(k);
        keys.push(key);
        surfaces.push((key != &**k as &str, &**s));
    }
    ends[5] = keys.len();
    Prepared { keys, ends, weights, surfaces }
}

/// One item's raw bags and heads, by id.
struct Bagged {
    raw: [Vec<(u32, f64)>; 4],
    heads: Vec<u32>,
}

/// The bags and labels of a prepared item whose keys all have ids.
fn bagged(p: &Prepared, ids: &Ids) -> (Bagged, Labels) {
    let id = |i: usize| ids.keys[i].expect("interned");
    let part = |n: usize| (if n == 0 { 0 } else { p.ends[n - 1] })..p.ends[n];
    let bag = |n: usize| -> Vec<(u32, f64)> {
        let mut v: Vec<(u32, f64)> = part(n).map(|i| (id(i), p.weights[i])).collect();
        // spellings that share an id keep their highest weight (sorted and
        // merged: linear, however many words a sentence has)
        v.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        v.dedup_by_key(|e| e.0);
        v
    };
    let mut quote: Vec<(u32, f64)> = part(3).map(|i| (id(i), 1.0)).collect();
    quote.sort_unstable_by_key(|e| e.0);
    quote.dedup_by_key(|e| e.0);
    let mut heads: Vec<u32> = part(4).map(id).collect();
    heads.sort_unstable();
    heads.dedup();
    let mut labels: Vec<(u32, bool, u32)> = part(5)
        .zip(&p.surfaces)
        .zip(&ids.surfaces)
        .map(|((i, &(variant, _)), s)| (id(i), variant, s.expect("interned")))
        .collect();
    labels.sort_unstable();
    labels.dedup_by_key(|e| e.0);
    let labels = labels.into_iter().map(|(id, _, s)| (id, s)).collect();
    (Bagged { raw: [bag(0), bag(1), bag(2), quote], heads }, labels)
}

/// Spelling variants among the names in the subject keys: each long name
/// key that is nearly
/// another (Jaro–Winkler ≥ 0.94, lengths within two, same first two
/// letters) maps to the first of its group. Transliterated names vary so
/// (`Wostotschny`/`Wostochny`), and the cost stays low because only keys
/// with the same opening letters are compared.
fn spellings(keys: Vec<&str>) -> HashMap<String, String> {
    let mut out = HashMap::default();
    let mut groups: HashMap<(char, char), Vec<&str>> = HashMap::default();
    for k in keys.into_iter().filter(|k| k.chars().count() >= 6 && !k.starts_with('~')) {
        let mut c = k.chars();
        let (Some(a), Some(b)) = (c.next(), c.next()) else { continue };
        groups.entry((a, b)).or_default().push(k);
    }
    for group in groups.values() {
        for (i, k) in group.iter().enumerate() {
            if out.contains_key(*k) {
                continue;
            }
            // the nearest keys in sorted order only: a news story has a
            // few dozen names to a group, an input of a million names must
            // not compare each with all
            for other in group[i + 1..].iter().take(SPELLING_NEIGHBOURS) {
                let near = k.len().abs_diff(other.len()) <= 2 && strsim::jaro_winkler(k, other) >= 0.94;
                if near && !out.contains_key(*other) {
                    out.insert(other.to_string(), k.to_string());
                }
            }
        }
    }
    out
}

/// How many keys after it (in sorted order) a name is compared with.
const SPELLING_NEIGHBOURS: usize = 64;

/// The entries two bags share, as (id, weight of x, weight of y), by merging
/// their sorted lists.
pub fn shared(x: &Bag, y: &Bag) -> impl Iterator<Item = (u32, f64, f64)> {
    let (mut i, mut j) = (0, 0);
    let (a, b) = (&x.entries, &y.entries);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let out = (a[i].0, a[i].1, b[j].1);
                    i += 1;
                    j += 1;
                    return Some(out);
                }
            }
        }
        None
    })
}

/// Whether two sorted id lists share an id.
pub fn meet(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_share_a_key() {
        let f = |w: &str| Features {
            words: [(crate::text::words::key(w).into(), 1.0)].into_iter().collect(),
            names: [crate::text::words::key(w).into()].into_iter().collect(),
            ..Default::default()
        };
        let (a, b, c) = (f("Wostotschny"), f("Wostochny"), f("Wladiwostok"));
        let (_, bags) = build(&[&a, &b, &c]);
        assert_eq!(bags[0].words.entries[0].0, bags[1].words.entries[0].0);
        assert_ne!(bags[0].words.entries[0].0, bags[2].words.entries[0].0);
        // common words that look alike stay apart
        let verb = |w: &str| Features {
            words: [(crate::text::words::key(w).into(), 1.0)].into_iter().collect(),
            ..Default::default()
        };
        let (d, e) = (verb("angenommen"), verb("angekommen"));
        let (_, bags) = build(&[&d, &e]);
        assert_ne!(bags[0].words.entries[0].0, bags[1].words.entries[0].0);
    }

    #[test]
    fn a_batch_interns_as_its_items_one_by_one() {
        // ids are taken in the order keys are first met, within a batch as
        // across batches, so batching changes no id
        let item = |words: &[&str], quote: &[&str]| Features {
            words: words.iter().enumerate().map(|(i, w)| (Arc::from(*w), i as f64)).collect(),
            quote: quote.iter().map(|q| q.to_string()).collect(),
            surface: words.iter().map(|w| (Arc::from(*w), Arc::from(w.to_uppercase()))).collect(),
            ..Default::default()
        };
        let items = [item(&["rakete", "start"], &["wir", "fliegen"]), item(&["start", "grenze"], &["wir", "bleiben"])];
        let mut one_by_one = Builder::new(std::iter::empty());
        let single: Vec<Labels> = items.iter().map(|f| one_by_one.add(f)).collect();
        let mut batched = Builder::new(std::iter::empty());
        assert_eq!(batched.add_all(&items), single);
        let (v1, b1) = one_by_one.finish(&[1, 1]);
        let (v2, b2) = batched.finish(&[1, 1]);
        assert_eq!(b1.iter().map(|b| &b.words).collect::<Vec<_>>(), b2.iter().map(|b| &b.words).collect::<Vec<_>>());
        assert_eq!(b1.iter().map(|b| &b.quote).collect::<Vec<_>>(), b2.iter().map(|b| &b.quote).collect::<Vec<_>>());
        let keys = |v: &Vocab| (0..v.keys.list.len() as u32).map(|i| v.key(i).to_string()).collect::<Vec<_>>();
        assert_eq!(keys(&v1), keys(&v2));
        assert_eq!(keys(&v2), ["rakete", "start", "wir", "fliegen", "grenze", "bleiben"].map(String::from));
    }

    #[test]
    fn ids_do_not_depend_on_hash_order() {
        // each map iterates in its own random order; the ids must not follow it
        let words = || Features {
            words: (0..40).map(|i| (format!("wort{i}").into(), f64::from(i))).collect(),
            ..Default::default()
        };
        let (a, b) = (words(), words());
        let (_, first) = build(&[&a]);
        let (_, second) = build(&[&b]);
        assert_eq!(first[0].words, second[0].words);
    }

    #[test]
    fn shared_entries_merge_sorted_lists() {
        let x = Bag { entries: vec![(1, 1.0), (3, 0.5), (7, 2.0)], total: 0.0 };
        let y = Bag { entries: vec![(3, 1.0), (4, 1.0), (7, 1.0)], total: 0.0 };
        let s: Vec<(u32, f64, f64)> = shared(&x, &y).collect();
        assert_eq!(s, vec![(3, 0.5, 1.0), (7, 2.0, 1.0)]);
        assert!(meet(&[1, 5, 9], &[2, 9]));
        assert!(!meet(&[1, 5], &[2, 6]));
    }
}
