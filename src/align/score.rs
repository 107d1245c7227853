//! Pair scores: how surely two claims state the same fact. Quantities and
//! dates score by their subjects (rare shared words count most; different
//! names in the role phrase — `Grenze zu China` / `Grenze zu Nordkorea` —
//! count against); quotes by their words (with containment), speaker and
//! context.

use foldhash::HashMap;

use crate::model::claim::{ClaimKind, ClaimValue, Dimension};
use crate::text::words::key;

use super::Item;
use super::bag::{self, Bag, Vocab};
use super::frame;
use super::tuning::{TUNING, Tuning};

/// Two items that pair, with their score and — once [`Scorer::explain`]
/// fills them in for the pairs a report shows — the words they share.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub score: f64,
    /// How sure it is that both state one fact (0–1): the subject score
    /// and the frame evidence, capped when the frames only partly fit.
    pub confidence: f64,
    pub shared: Vec<String>,
    /// What the frames share, and the settings that decided the pair.
    pub evidence: Vec<String>,
    /// Whether the pairing is sure enough for two different values to be a
    /// conflict: confident, and for quantities frames that share two
    /// independent parts (see [`frame::Fit::parts`]).
    pub decisive: bool,
}

pub struct Scorer<'a> {
    pub vocab: &'a Vocab,
    pub tuning: &'a Tuning,
}

impl Scorer<'_> {
    pub fn threshold(&self, kind: ClaimKind) -> f64 {
        match kind {
            ClaimKind::Quote => self.tuning.quote_threshold,
            ClaimKind::Date => self.tuning.date_threshold,
            ClaimKind::Quantity => self.tuning.quantity_threshold,
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
        let t = self.tuning;
        // quotes pair by their words; the rest first by their frames
        let fit = match x.claim.kind() {
            ClaimKind::Quote => None,
            _ => Some(frame::fit(&x.claim.frame, &y.claim.frame, t).ok()?),
        };
        // for dates the event they date is their measure
        let mut event_evidence = 0.0;
        let mut score = match x.claim.kind() {
            ClaimKind::Quote => self.quote_score(x, y)?,
            kind => {
                let all = self.dice(&x.bags.words, &y.bags.words);
                let blend = 0.5 * all + 0.5 * self.dice(&x.bags.near, &y.bags.near);
                let names = if different_names(&x.features.role_names, &y.features.role_names, t) {
                    t.other_names
                } else {
                    1.0
                };
                let s = if kind == ClaimKind::Date {
                    // a date pairs only with a date in the same role that
                    // dates the same event, not merely the same place
                    if x.features.date_role != y.features.date_role || !same_grain(&x.claim.value, &y.claim.value) {
                        return None;
                    }
                    let event = self.overlap(&x.bags.near_events, &y.bags.near_events);
                    if event >= t.event_min {
                        // the event noun is what a date measures; for two dates
                        // as written (not read from a dateline) also what happened
                        let written = |v: &ClaimValue| matches!(v, ClaimValue::Date(d) if !d.relative);
                        event_evidence = t.frame_measure;
                        if written(&x.claim.value) && written(&y.claim.value) {
                            event_evidence += t.frame_predicate;
                        }
                    }
                    blend * if event >= t.event_min { 1.0 } else { t.no_event }
                } else if bag::meet(&x.bags.heads, &y.bags.heads) {
                    // attached to the same word: `Umleitung von 15 km`
                    all.max(blend).max(t.same_head)
                } else {
                    all.max(blend)
                };
                s * names
            }
        };
        if x.doc == y.doc {
            score *= t.same_source;
        }
        let confidence = match &fit {
            None => score.min(1.0),
            Some(fit) => {
                // the same value of the same measure in two sources is
                // strong evidence, however the words around them differ
                if fit.same_measure && x.doc != y.doc && same_value(&x.claim.value, &y.claim.value) {
                    score = score.max(self.threshold(x.claim.kind()));
                }
                let subject = (score / (t.subject_full * self.threshold(x.claim.kind()))).min(1.0);
                let count = matches!(&x.claim.value, ClaimValue::Quantity(q) if q.dimension == Dimension::Count);
                let noun_only = if count && fit.same_measure { t.frame_measure - t.frame_count_measure } else { 0.0 };
                let strength = (fit.strength + event_evidence - noun_only).clamp(0.0, 1.0);
                let c = t.confidence_subject * subject + t.confidence_frame * strength;
                let cap = if x.co_stated || y.co_stated { fit.cap.min(t.weak_cap) } else { fit.cap };
                c.min(cap).min(1.0)
            }
        };
        // the frame is looked at last: only sure pairs need it
        let decisive = !x.co_stated
            && !y.co_stated
            && confidence >= t.conflict_confidence
            && fit.as_ref().is_none_or(|f| x.claim.kind() != ClaimKind::Quantity || self.decisive(x, y, f));
        Some(Pair { a, b, score, confidence, shared: Vec::new(), evidence: Vec::new(), decisive })
    }

    /// Whether two quantities' frames say enough alike for different values
    /// to be a conflict: two independent parts (see [`frame::Fit::parts`]),
    /// nothing that fits only in part. Besides the frame's own parts, a
    /// measured dimension (a length, a duration) is one, and so is an event
    /// both clauses name (`Einsturz der Brücke`) or — for a count — being
    /// published on one day. Counts of two days' reports (a toll that may
    /// have risen, a season gone on) need a participant in common.
    fn decisive(&self, x: &Item, y: &Item, f: &frame::Fit) -> bool {
        let measured = matches!(&x.claim.value, ClaimValue::Quantity(q) if q.dimension != Dimension::Count);
        let days_apart = x.day.is_some() && y.day.is_some() && x.day != y.day;
        if !measured && days_apart && !f.evidence.iter().any(|e| e.starts_with("names: ")) {
            return false;
        }
        if f.cap < 1.0 {
            return false;
        }
        // `300 houses in Aceh` against `40 houses`: whose the one figure is
        // is known, the other's not; perhaps a part of it
        let named = |c: &crate::model::frame::Frame| !c.participants.is_empty() || !c.owners.is_empty();
        if !measured && named(&x.claim.frame) != named(&y.claim.frame) {
            return false;
        }
        let same_day = x.day.is_some() && x.day == y.day;
        let parts = f.parts + usize::from(measured || same_day);
        parts >= 2
            || parts == 1
                && bag::shared(&x.bags.near_events, &y.bags.near_events)
                    .any(|(id, _, _)| !frame::frame_word(self.vocab.key(id), &x.claim.frame, &y.claim.frame))
    }

    /// The rarity-weighted weight two bags share.
    fn shared_weight(&self, x: &Bag, y: &Bag) -> f64 {
        bag::shared(x, y).map(|(id, wx, wy)| wx.min(wy) * self.vocab.idf(id)).sum()
    }

    /// Weighted overlap coefficient of two bags: the shared weight over the
    /// smaller bag's.
    fn overlap(&self, x: &Bag, y: &Bag) -> f64 {
        let smaller = x.total.min(y.total);
        if smaller > 0.0 { self.shared_weight(x, y) / smaller } else { 0.0 }
    }

    /// Weighted Dice similarity of two bags.
    fn dice(&self, x: &Bag, y: &Bag) -> f64 {
        let denom = x.total + y.total;
        if denom > 0.0 { 2.0 * self.shared_weight(x, y) / denom } else { 0.0 }
    }

    /// Fills in the subject words a pair shares, most telling first: only
    /// for the pairs a report explains, since it costs strings.
    pub fn explain(&self, items: &[Item], pair: &mut Pair) {
        let (x, y) = (&items[pair.a], &items[pair.b]);
        let mut shared: Vec<(f64, String)> = bag::shared(&x.bags.words, &y.bags.words)
            .map(|(id, wx, wy)| {
                let k = self.vocab.key(id);
                (wx.min(wy) * self.vocab.idf(id), self.vocab.label(&x.features.labels, id).unwrap_or(k).to_string())
            })
            .collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        pair.shared = shared.into_iter().map(|(_, w)| w).collect();
        let t = self.tuning;
        pair.evidence = match frame::fit(&x.claim.frame, &y.claim.frame, t) {
            Ok(fit) if x.claim.kind() != ClaimKind::Quote => {
                let mut e = fit.evidence;
                if fit.cap < 1.0 {
                    e.push(format!("weak_cap = {} (frames fit only in part)", t.weak_cap));
                }
                e
            }
            _ => Vec::new(),
        };
        if x.co_stated || y.co_stated {
            pair.evidence.push("co-statement: one source gives another value for this frame".to_string());
        }
        pair.evidence.push(format!("threshold = {}", self.threshold(x.claim.kind())));
    }

    fn quote_score(&self, x: &Item, y: &Item) -> Option<f64> {
        let mut words = word_similarity(&x.bags.quote, &y.bags.quote);
        // a short quotation whose words stand apart in a long one is no
        // excerpt of it (`ONE MORE YEAR!` / `… my senior year … one more season`)
        if scattered(&x.features.quote, &y.features.quote) {
            words = plain_dice(&x.bags.quote, &y.bags.quote);
        }
        let t = self.tuning;
        if words < t.quote_words_min {
            return None;
        }
        let speaker = match (speaker(x), speaker(y)) {
            (Some(a), Some(b)) if same_person(a, b) => t.quote_same_speaker,
            (Some(_), Some(_)) => t.quote_other_speaker,
            _ => 0.0,
        };
        // without one person named for both, a short quotation whose one
        // content word stands in a long one is no excerpt of it (`That's the
        // sister` / `… Gray, sister of the teen …`): one content word in
        // common needs most words alike (`Somebody hit me in my back`)
        if speaker <= 0.0 {
            let (qx, qy) = (&x.bags.quote, &y.bags.quote);
            let content = |b: &Bag| b.entries.iter().filter(|e| e.1 >= 1.0).count();
            let content_common = bag::shared(qx, qy).filter(|e| e.1 >= 1.0).count();
            let alike = plain_dice(qx, qy);
            if content_common < 2 && content(qx).max(content(qy)) > content_common && alike < t.quote_paraphrase_min {
                return None;
            }
        }
        // words that overlap only in part (a paraphrase, a translation) are
        // one utterance only when one person is named for both; without
        // that they are two remarks on one topic
        if words < t.quote_paraphrase_min && speaker <= 0.0 {
            return None;
        }
        // … and even then the words they share come in one order: `the youth
        // … anger` / `anger … the youth` are two remarks of one person
        if words < t.quote_paraphrase_min && !in_order(&x.features.quote, &y.features.quote) {
            return None;
        }
        // a quotation of a few words pairs with another only as its excerpt
        // or nearly word for word (`new server building block` / `allows us
        // to redefine the server building block`)
        let (fx, fy) = (&x.features.quote, &y.features.quote);
        let (short, long) = if fx.len() <= fy.len() { (fx, fy) } else { (fy, fx) };
        if short.len() <= SHORT_PHRASE
            && !short.iter().all(|k| long.contains(k))
            && plain_dice(&x.bags.quote, &y.bags.quote) < SHORT_PHRASE_ALIKE
        {
            return None;
        }
        let context = self.dice(&x.bags.words, &y.bags.words);
        Some(words + speaker + t.quote_context * context)
    }

    /// Whether the clusters `a` and `b` may become one: on average their
    /// members must pair well (judged on a sample of each, so that large
    /// clusters stay cheap), and two mentions from one source only join when
    /// they pair on their own (a source repeating itself; checked for every
    /// such pair). `scores` holds the scored candidate pairs; any other pair
    /// shares no subject word and scores 0.
    pub fn may_merge(&self, items: &[Item], a: &[usize], b: &[usize], scores: &HashMap<(usize, usize), f64>) -> bool {
        let threshold = self.threshold(items[a[0]].claim.kind());
        let score = |i: usize, j: usize| scores.get(&(i.min(j), i.max(j))).copied().unwrap_or(0.0);
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::default();
        for &i in small {
            by_doc.entry(items[i].doc).or_default().push(i);
        }
        // one source's two values are two facts (or a correction), never
        // one fact to compare
        for &j in large {
            if let Some(same) = by_doc.get(&items[j].doc)
                && same
                    .iter()
                    .any(|&i| score(i, j) < threshold || !same_value(&items[i].claim.value, &items[j].claim.value))
            {
                return false;
            }
        }
        let (mut sum, mut n) = (0.0, 0.0);
        for &i in sample(a) {
            for &j in sample(b) {
                sum += score(i, j);
                n += 1.0;
            }
        }
        n > 0.0 && sum / n >= self.tuning.merge_average * threshold
    }
}

/// At most [`SAMPLE`] members of a cluster, for the average-linkage check.
fn sample(members: &[usize]) -> &[usize] {
    &members[..members.len().min(SAMPLE)]
}

/// How many members of each cluster the average-linkage check looks at.
const SAMPLE: usize = 16;

fn speaker<'a>(item: &'a Item) -> Option<&'a str> {
    match &item.claim.value {
        ClaimValue::Quote(q) => q.speaker.as_deref(),
        _ => None,
    }
}

/// Whether two names written in two sources are one person: every part of
/// the shorter is in the longer (`Putin` / `Wladimir Putin`, `Kim Jong Un` /
/// `Kim Jong-un`).
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    let parts = |s: &str| -> Vec<String> { s.split([' ', '-']).filter(|p| !p.is_empty()).map(key).collect() };
    let (pa, pb) = (parts(a), parts(b));
    let (short, long) = if pa.len() <= pb.len() { (&pa, &pb) } else { (&pb, &pa) };
    !short.is_empty()
        && short.iter().all(|s| long.iter().any(|l| l == s || strsim::jaro_winkler(l, s) >= TUNING.person_similarity))
}

/// Dice of two quotations' bags of words, as their own weights give it
/// (not by rarity across the sources, as [`Scorer::dice`]).
fn plain_dice(a: &Bag, b: &Bag) -> f64 {
    let common: f64 = bag::shared(a, b).map(|(_, w, _)| w).sum();
    if a.total + b.total > 0.0 { 2.0 * common / (a.total + b.total) } else { 0.0 }
}

/// The most words of a quotation that pairs only as an excerpt or nearly
/// word for word.
const SHORT_PHRASE: usize = 4;

/// How alike a quotation of at most [`SHORT_PHRASE`] words must be to
/// another that does not hold it.
const SHORT_PHRASE_ALIKE: f64 = 0.8;

/// The most content words [`in_order`] compares.
const ORDER_WORDS: usize = 40;

/// Whether the content words two quotations share stand in the same order
/// in both (each word at its first place).
fn in_order(a: &[String], b: &[String]) -> bool {
    let content = |k: &String| !crate::text::words::is_stopword(k) && k.chars().count() > 3;
    let mut seen: Vec<&String> = Vec::new();
    let mut last = None;
    for k in a.iter().filter(|k| content(k)).take(ORDER_WORDS) {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        if let Some(at) = b.iter().position(|m| m == k) {
            if last.is_some_and(|l| at < l) {
                return false;
            }
            last = Some(at);
        }
    }
    true
}

/// The most words of a quotation checked for being an excerpt in one piece.
const SHORT_QUOTE: usize = 8;

/// Whether the words of the shorter of two quotations (at most
/// [`SHORT_QUOTE`]) that the longer holds stand apart in it: no stretch of
/// the longer of at most twice their number (and one) holds them all.
fn scattered(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() || short.len() > SHORT_QUOTE || long.len() <= 2 * short.len() + 1 {
        return false;
    }
    let wanted: Vec<&String> = {
        let mut w: Vec<&String> = short.iter().filter(|k| long.contains(k)).collect();
        w.sort();
        w.dedup();
        w
    };
    if wanted.len() < 2 {
        return false;
    }
    let reach = 2 * short.len() + 1;
    !(0..long.len()).any(|i| {
        let window = &long[i..long.len().min(i + reach)];
        wanted.iter().all(|k| window.contains(k))
    })
}

/// The overlap of two quotes' words: Dice, or containment when one is an
/// excerpt of the other. Function words weigh less than content words (see
/// [`Vocab`]), so that `im … der …` does not make two quotes alike.
pub fn word_similarity(a: &Bag, b: &Bag) -> f64 {
    if a.entries.is_empty() || b.entries.is_empty() {
        return 0.0;
    }
    let common: f64 = bag::shared(a, b).map(|(_, w, _)| w).sum();
    let dice = plain_dice(a, b);
    let containment = if a.entries.len().min(b.entries.len()) >= 3 { common / a.total.min(b.total) } else { 0.0 };
    // an excerpt is nearly all inside the longer quote: two remarks that
    // share a few words (`came out`) are two utterances
    let containment = if containment >= EXCERPT_MIN { containment } else { 0.0 };
    dice.max(0.9 * containment)
}

/// Share of a shorter quote's words the longer must hold for it to be an
/// excerpt of it.
const EXCERPT_MIN: f64 = 0.8;

/// Values that can be compared: quantities of one dimension (and for counts
/// the same thing counted), dates with dates, quotes with quotes.
pub(crate) fn comparable_values(a: &ClaimValue, b: &ClaimValue) -> bool {
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
    frame::same_measure(a, b)
}

/// Dates given to the same grain class (a day and a day, a time and a
/// time): a time of day is not the day it falls on, a year not its month.
fn same_grain(a: &ClaimValue, b: &ClaimValue) -> bool {
    use crate::model::claim::Grain;
    let class = |v: &ClaimValue| match v {
        ClaimValue::Date(d) => match d.grain {
            Grain::Second | Grain::Minute | Grain::Hour => 0,
            Grain::Day => 1,
            Grain::Week => 2,
            Grain::Month | Grain::Quarter => 3,
            Grain::Year => 4,
        },
        _ => 5,
    };
    class(a) == class(b)
}

/// Whether two values can both be true as stated (intervals overlap, an
/// open bound left open); anything but quantities counts as the same.
/// Whether two values differ by more than rounding or a converted unit
/// could explain (a tenth of the larger), or are dates that do not overlap.
pub(crate) fn clearly_differ(a: &ClaimValue, b: &ClaimValue) -> bool {
    match (a, b) {
        (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) => {
            let ((al, ah), (bl, bh)) = (x.bounds(), y.bounds());
            let slack = 0.1 * x.value.abs().max(y.value.abs());
            al > bh + slack || bl > ah + slack
        }
        (ClaimValue::Date(_), ClaimValue::Date(_)) => !same_value(a, b),
        _ => false,
    }
}

pub(crate) fn same_value(a: &ClaimValue, b: &ClaimValue) -> bool {
    match (a, b) {
        (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) => {
            let ((al, ah), (bl, bh)) = (x.bounds(), y.bounds());
            let eps = 1e-9 * x.value.abs().max(y.value.abs()).max(1.0);
            al <= bh + eps && bl <= ah + eps
        }
        (ClaimValue::Date(x), ClaimValue::Date(y)) => match (x.from, x.to, y.from, y.to) {
            (Some(af), Some(at), Some(bf), Some(bt)) => af < bt && bf < at,
            _ => false,
        },
        _ => true,
    }
}

/// True when both role phrases name someone or somewhere and no name of one
/// is (nearly) a name of the other.
fn different_names(a: &[String], b: &[String], t: &Tuning) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && !a.iter().any(|x| b.iter().any(|y| x == y || strsim::jaro_winkler(x, y) >= t.name_similarity))
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
        let quote =
            |s: &str| super::super::subject::Features { quote: s.split(' ').map(key).collect(), ..Default::default() };
        let f = [
            quote("Ich bin tief überzeugt davon dass die Armee siegen wird"),
            quote("tief überzeugt davon dass die Armee"),
            quote("Wir haben genug Zeit"),
        ];
        let (_, bags) = bag::build(&f.iter().collect::<Vec<_>>());
        assert!(word_similarity(&bags[1].quote, &bags[0].quote) > 0.8);
        assert!(word_similarity(&bags[2].quote, &bags[0].quote) < 0.2);
    }

    #[test]
    fn a_short_quote_is_an_excerpt_only_in_one_piece() {
        let keys = |s: &str| s.split(' ').map(key).collect::<Vec<_>>();
        let long = keys("I will be back at the club for my senior year and cannot wait to play one more season");
        assert!(scattered(&keys("one more year"), &long));
        assert!(!scattered(&keys("play one more season"), &long));
        assert!(!scattered(&keys("my senior year"), &long));
    }

    #[test]
    fn counted_nouns_compare_by_their_head() {
        assert!(same_noun("Kurzstreckenrakete", "Rakete"));
        assert!(!same_noun("Rakete", "Soldat"));
    }
}
