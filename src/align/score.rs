//! Pair scores: how surely two claims state the same fact. Quantities and
//! dates score by their subjects (rare shared words count most; different
//! names in the role phrase — `Grenze zu China` / `Grenze zu Nordkorea` —
//! count against); quotes by their words (with containment), speaker and
//! context.

use std::collections::HashMap;

use crate::claim::{ClaimKind, ClaimValue};
use crate::words::key;

use super::Item;

/// Two items that pair, with their score and the words they share.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub shared: Vec<String>,
}

/// Two bags of words weighed against each other.
struct Weighed<'k> {
    x: f64,
    y: f64,
    shared_weight: f64,
    shared: Vec<(&'k String, f64)>,
}

pub struct Scorer<'a> {
    pub idf: &'a HashMap<String, f64>,
}

/// Subject scores below this do not pair quantities.
const SUBJECT_THRESHOLD: f64 = 0.2;
/// Dates are named in many sentences about one event; their subjects must
/// match more closely.
const DATE_THRESHOLD: f64 = 0.17;
/// Two dates must share this much of the words right next to them (names
/// left out) to date the same event; otherwise their score is cut.
const EVENT_MIN: f64 = 0.25;
const NO_EVENT: f64 = 0.3;
/// Quote scores below this do not pair quotes.
const QUOTE_THRESHOLD: f64 = 0.50;
/// Quote words must overlap at least this much (Dice or containment).
const QUOTE_WORDS_MIN: f64 = 0.35;
/// Factor on the score of two mentions in one source (a ticker repeating
/// itself): they must match more closely than mentions in two sources.
const SAME_SOURCE: f64 = 0.7;
/// The least score of two quantities attached to the same word.
const SAME_HEAD: f64 = 0.3;
/// Factor when the role phrases name different places or people.
const OTHER_NAMES: f64 = 0.25;

impl Scorer<'_> {
    pub fn threshold(&self, kind: ClaimKind) -> f64 {
        match kind {
            ClaimKind::Quote => QUOTE_THRESHOLD,
            ClaimKind::Date => DATE_THRESHOLD,
            ClaimKind::Quantity => SUBJECT_THRESHOLD,
        }
    }

    /// The pair of items `a` and `b`, if they may be compared at all.
    pub fn pair(&self, items: &[Item], a: usize, b: usize) -> Option<Pair> {
        let (x, y) = (&items[a], &items[b]);
        if x.doc == y.doc && x.sentence == y.sentence {
            return None;
        }
        if !comparable_values(&x.claim.value, &y.claim.value) {
            return None;
        }
        let (mut score, shared) = match x.claim.kind() {
            ClaimKind::Quote => self.quote_score(x, y)?,
            kind => {
                let (all, shared) = self.subject(x, y);
                let blend = 0.5 * all + 0.5 * self.dice(&x.features.near, &y.features.near);
                let names =
                    if different_names(&x.features.role_names, &y.features.role_names) { OTHER_NAMES } else { 1.0 };
                let s = if kind == ClaimKind::Date {
                    // a date pairs only with a date in the same role that
                    // dates the same event, not merely the same place
                    if x.features.date_role != y.features.date_role {
                        return None;
                    }
                    let event = self.overlap(&x.features.near_events, &y.features.near_events);
                    blend * if event >= EVENT_MIN { 1.0 } else { NO_EVENT }
                } else if x.features.heads.iter().any(|h| y.features.heads.contains(h)) {
                    // attached to the same word: `Umleitung von 15 km`
                    all.max(blend).max(SAME_HEAD)
                } else {
                    all.max(blend)
                };
                (s * names, shared)
            }
        };
        if x.doc == y.doc {
            score *= SAME_SOURCE;
        }
        Some(Pair { a, b, score, shared })
    }

    /// The rarity-weighted totals of two bags of word keys and the weight
    /// they share, with each shared key's weight.
    fn weigh<'k>(&self, x: &'k HashMap<String, f64>, y: &HashMap<String, f64>) -> Weighed<'k> {
        let idf = |k: &str| self.idf.get(k).copied().unwrap_or(1.0);
        let total = |m: &HashMap<String, f64>| m.iter().map(|(k, w)| w * idf(k)).sum::<f64>();
        let shared: Vec<(&String, f64)> =
            x.iter().filter_map(|(k, wx)| y.get(k).map(|wy| (k, wx.min(*wy) * idf(k)))).collect();
        Weighed { x: total(x), y: total(y), shared_weight: shared.iter().map(|s| s.1).sum(), shared }
    }

    /// Weighted overlap coefficient of two bags of word keys: the shared
    /// weight over the smaller bag's.
    fn overlap(&self, x: &HashMap<String, f64>, y: &HashMap<String, f64>) -> f64 {
        let w = self.weigh(x, y);
        let smaller = w.x.min(w.y);
        if smaller > 0.0 { w.shared_weight / smaller } else { 0.0 }
    }

    /// Weighted Dice similarity of two bags of word keys.
    fn dice(&self, x: &HashMap<String, f64>, y: &HashMap<String, f64>) -> f64 {
        let w = self.weigh(x, y);
        let denom = w.x + w.y;
        if denom > 0.0 { 2.0 * w.shared_weight / denom } else { 0.0 }
    }

    /// Weighted Dice similarity of two subjects, and the shared words, most
    /// telling first.
    fn subject(&self, x: &Item, y: &Item) -> (f64, Vec<String>) {
        let w = self.weigh(&x.features.words, &y.features.words);
        let mut shared: Vec<(f64, String)> = w
            .shared
            .iter()
            .map(|(k, weight)| (*weight, x.features.surface.get(*k).cloned().unwrap_or_else(|| (*k).clone())))
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let denom = w.x + w.y;
        let score = if denom > 0.0 { 2.0 * w.shared_weight / denom } else { 0.0 };
        (score, shared.into_iter().map(|(_, w)| w).collect())
    }

    fn quote_score(&self, x: &Item, y: &Item) -> Option<(f64, Vec<String>)> {
        let words = word_similarity(&x.features.quote, &y.features.quote);
        if words < QUOTE_WORDS_MIN {
            return None;
        }
        let speaker = match (speaker(x), speaker(y)) {
            (Some(a), Some(b)) if same_person(a, b) => 0.15,
            (Some(_), Some(_)) => -0.1,
            _ => 0.0,
        };
        let (context, shared) = self.subject(x, y);
        Some((words + speaker + 0.25 * context, shared))
    }

    /// Whether the clusters `a` and `b` may become one: on average their
    /// members must pair well, and two mentions from one source only join
    /// when they pair on their own (a source repeating itself).
    pub fn may_merge(&self, items: &[Item], a: &[usize], b: &[usize]) -> bool {
        let threshold = self.threshold(items[a[0]].claim.kind());
        let mut sum = 0.0;
        let mut n = 0.0;
        for &i in a {
            for &j in b {
                let score = self.pair(items, i, j).map_or(0.0, |p| p.score);
                if items[i].doc == items[j].doc && score < threshold {
                    return false;
                }
                sum += score;
                n += 1.0;
            }
        }
        n > 0.0 && sum / n >= 0.7 * threshold
    }
}

fn speaker<'a>(item: &'a Item) -> Option<&'a str> {
    match &item.claim.value {
        ClaimValue::Quote(q) => q.speaker.as_deref(),
        _ => None,
    }
}

/// Whether two names written in two sources are one person: every part of
/// the shorter is in the longer (`Putin` / `Wladimir Putin`, `Kim Jong Un` /
/// `Kim Jong-un`).
pub fn same_person(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<String> { s.split([' ', '-']).filter(|p| !p.is_empty()).map(key).collect() };
    let (pa, pb) = (parts(a), parts(b));
    let (short, long) = if pa.len() <= pb.len() { (&pa, &pb) } else { (&pb, &pa) };
    !short.is_empty() && short.iter().all(|s| long.iter().any(|l| l == s || strsim::jaro_winkler(l, s) >= 0.9))
}

/// The overlap of two quotes' words: Dice, or containment when one is an
/// excerpt of the other. Function words weigh less than content words, so
/// that `im … der …` does not make two quotes alike.
pub fn word_similarity(a: &[String], b: &[String]) -> f64 {
    use std::collections::HashSet;
    let sa: HashSet<&String> = a.iter().collect();
    let sb: HashSet<&String> = b.iter().collect();
    if sa.is_empty() || sb.is_empty() {
        return 0.0;
    }
    let weight = |k: &String| if crate::words::is_stopword(k) || k.chars().count() <= 3 { 0.3 } else { 1.0 };
    let total = |s: &HashSet<&String>| s.iter().map(|k| weight(k)).sum::<f64>();
    let common: f64 = sa.intersection(&sb).map(|k| weight(k)).sum();
    let (ta, tb) = (total(&sa), total(&sb));
    let dice = 2.0 * common / (ta + tb);
    let containment = if sa.len().min(sb.len()) >= 3 { common / ta.min(tb) } else { 0.0 };
    dice.max(0.9 * containment)
}

/// Values that can be compared: quantities of one dimension (and for counts
/// the same thing counted), dates with dates, quotes with quotes.
fn comparable_values(a: &ClaimValue, b: &ClaimValue) -> bool {
    match (a, b) {
        (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) => {
            x.dimension == y.dimension
                && x.unit == y.unit
                && match (&x.noun, &y.noun) {
                    (Some(n), Some(m)) => same_noun(n, m),
                    (None, None) => true,
                    _ => false,
                }
        }
        (ClaimValue::Date(_), ClaimValue::Date(_)) => true,
        (ClaimValue::Quote(_), ClaimValue::Quote(_)) => true,
        _ => false,
    }
}

/// `Kurzstreckenrakete` and `Rakete` count the same kind of thing.
fn same_noun(a: &str, b: &str) -> bool {
    let (ka, kb) = (key(a), key(b));
    let (ca, cb) = (super::thesaurus::concept(&ka), super::thesaurus::concept(&kb));
    ca == cb || ka.ends_with(&kb) && kb.len() >= 4 || kb.ends_with(&ka) && ka.len() >= 4
}

/// True when both role phrases name someone or somewhere and no name of one
/// is (nearly) a name of the other.
fn different_names(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.iter().any(|y| x == y || strsim::jaro_winkler(x, y) >= 0.88))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_match_by_their_name_parts() {
        assert!(same_person("Kim Jong Un", "Kim Jong-un"));
        assert!(same_person("Putin", "Wladimir Putin"));
        assert!(!same_person("Wladimir Putin", "Matthew Miller"));
    }

    #[test]
    fn excerpts_score_by_containment() {
        let w = |s: &str| s.split(' ').map(key).collect::<Vec<_>>();
        let long = w("Ich bin tief überzeugt davon dass die Armee siegen wird");
        assert!(word_similarity(&w("tief überzeugt davon dass die Armee"), &long) > 0.8);
        assert!(word_similarity(&w("Wir haben genug Zeit"), &long) < 0.2);
    }

    #[test]
    fn counted_nouns_compare_by_their_head() {
        assert!(same_noun("Kurzstreckenrakete", "Rakete"));
        assert!(!same_noun("Rakete", "Soldat"));
    }
}
