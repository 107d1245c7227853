//! Copies collapsed, inside alignment: wire copy is mostly verbatim, so the
//! claims of ten thousand sources are a few hundred distinct ones. Three keys
//! say how alike two claims are: the same *context* (sentence, the sentences
//! before it, value and frame) gives the same features, which are computed
//! once; the same features and value make one *representative*, aligned
//! once with its multiplicity; and the same *evidence* (one sentence, claims
//! masked, with one value) is one piece of evidence however many sources
//! print it.

use foldhash::HashMap;
use std::fmt::{self, Debug, Write};
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::model::claim::{Claim, ClaimValue};
use crate::prepare::document::Document;
use crate::text::words::{fold, tokens};

use super::bag::Bags;
use super::subject::Features;

/// How many sentences before a claim's sentence its context key covers:
/// more than the subject features look back ([`super::subject`]), so that
/// two claims with one context key always get the same features.
pub(crate) const REACH: usize = 8;

/// One comparable claim of one document, with its keys.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Occurrence {
    pub doc: usize,
    pub sentence: usize,
    /// Index into the document's claims.
    pub claim: usize,
    pub context: u64,
    pub evidence: u64,
}

/// A hasher fed formatted text, so that values without `Hash` (floats)
/// hash by their `Debug` form without building a string.
struct Feed<'h>(&'h mut DefaultHasher);

impl Write for Feed<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

fn hash_debug(h: &mut DefaultHasher, v: &impl Debug) {
    let _ = write!(Feed(h), "{v:?}");
}

fn hash_str(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The occurrences of the claims of one document that `keep` lets through
/// (those in article text only), and the hash of each of its sentences.
pub(crate) fn occurrences(
    d: usize,
    doc: &Document,
    claims: &[Claim],
    keep: impl Fn(&Claim) -> bool,
) -> (Vec<Occurrence>, Vec<u64>) {
    let text = &doc.source.text;
    let sentence_hashes: Vec<u64> = doc.sentences.iter().map(|s| hash_str(&text[s.range()])).collect();
    // every claim's span, by sentence, for the evidence key's mask; the
    // masked words of a sentence are hashed once for all its claims
    let mut spans: HashMap<usize, Vec<(usize, usize)>> = HashMap::default();
    for c in claims {
        if let Some(si) = doc.sentence_at(c.start) {
            spans.entry(si).or_default().push((c.start, c.end));
        }
    }
    let mut masked: HashMap<usize, u64> = HashMap::default();
    let mut out = Vec::new();
    for (ci, claim) in claims.iter().enumerate().filter(|(_, c)| keep(c)) {
        let Some(si) = doc.sentence_at(claim.start) else { continue };
        let sentence = &doc.sentences[si];
        let mut h = DefaultHasher::new();
        hash_debug(&mut h, &claim.value);
        claim.frame.hash(&mut h);
        doc.lang.hash(&mut h);
        (claim.start - sentence.start, claim.end - sentence.start).hash(&mut h);
        for back in 0..=REACH.min(si) {
            let s = &doc.sentences[si - back];
            (sentence_hashes[si - back], sentence.paragraph - s.paragraph).hash(&mut h);
        }
        let context = h.finish();
        let words =
            *masked.entry(si).or_insert_with(|| masked_words(&text[sentence.range()], sentence.start, &spans[&si]));
        let evidence = evidence(words, &claim.value);
        out.push(Occurrence { doc: d, sentence: si, claim: ci, context, evidence });
    }
    (out, sentence_hashes)
}

/// The evidence key: the value as the verdict sees it, and the words of the
/// sentence outside every claim (`masked`), so that `rund`/`etwa` before a
/// figure, or the style of the quotation marks, make no other sentence.
fn evidence(masked: u64, value: &ClaimValue) -> u64 {
    let mut h = DefaultHasher::new();
    masked.hash(&mut h);
    match value {
        ClaimValue::Quantity(q) => {
            (q.dimension, &q.unit, q.low.to_bits(), q.high.to_bits(), &q.noun).hash(&mut h);
        }
        ClaimValue::Date(d) => hash_debug(&mut h, &(d.from, d.to)),
        ClaimValue::Quote(q) => {
            for t in tokens(&q.words, 0).iter().filter(|t| t.is_word()) {
                fold(t.text).hash(&mut h);
            }
            q.speaker.hash(&mut h);
        }
    }
    h.finish()
}

/// The hash of a sentence's words, lower-cased, outside the claims' spans.
fn masked_words(sentence: &str, base: usize, spans: &[(usize, usize)]) -> u64 {
    let mut h = DefaultHasher::new();
    let mut gap = true;
    for (i, c) in sentence.char_indices() {
        let at = base + i;
        if !c.is_alphanumeric() || spans.iter().any(|&(s, e)| s <= at && at < e) {
            if !gap {
                h.write_u8(b' ');
                gap = true;
            }
            continue;
        }
        gap = false;
        for l in c.to_lowercase() {
            h.write_u32(l as u32);
        }
    }
    h.finish()
}

/// The representative key: everything pair scoring reads of a claim — its
/// value, frame and feature bags, the names after it and a date's role.
pub(crate) fn representative(claim: &Claim, features: &Features, bags: &Bags) -> u64 {
    let mut h = DefaultHasher::new();
    hash_debug(&mut h, &claim.value);
    claim.frame.hash(&mut h);
    bags.hash(&mut h);
    features.role_names.hash(&mut h);
    hash_debug(&mut h, &features.date_role);
    h.finish()
}

/// Indices of the first item of each distinct key, and for every item the
/// index of its key among those.
pub(crate) fn distinct(keys: impl Iterator<Item = u64>) -> (Vec<usize>, Vec<usize>) {
    let mut seen: HashMap<u64, usize> = HashMap::default();
    let mut firsts = Vec::new();
    let of = keys
        .enumerate()
        .map(|(i, k)| {
            *seen.entry(k).or_insert_with(|| {
                firsts.push(i);
                firsts.len() - 1
            })
        })
        .collect();
    (firsts, of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::document::SourceMeta;
    use crate::prepare::source::Source;
    use crate::settings::ExtractOptions;

    fn occurrences_of(text: &str) -> Vec<Occurrence> {
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let claims = crate::extract::claims(&doc, &ExtractOptions::default()).claims;
        occurrences(0, &doc, &claims, |_| true).0
    }

    #[test]
    fn hedge_words_and_quote_marks_make_no_other_evidence() {
        let a = occurrences_of("Die Raketen flogen rund 650 Kilometer weit.\n");
        let b = occurrences_of("Die Raketen flogen etwa 650 Kilometer weit.\n");
        let c = occurrences_of("Die Raketen flogen etwa 900 Kilometer weit.\n");
        assert_eq!(a[0].evidence, b[0].evidence);
        assert_ne!(a[0].context, b[0].context, "the features may see the hedge word");
        assert_ne!(b[0].evidence, c[0].evidence, "another value is another piece of evidence");
        let q = |s: &str| occurrences_of(s).into_iter().last().unwrap().evidence;
        assert_eq!(
            q("„Wir sind bereit für den Frieden“, sagte Putin.\n"),
            q("\"Wir sind bereit für den Frieden\", sagte Putin.\n")
        );
    }

    #[test]
    fn the_sentence_before_is_part_of_the_context() {
        let a = occurrences_of("Es regnete.\nDie Brücke ist 120 Meter lang.\n");
        let b = occurrences_of("Es schneite.\nDie Brücke ist 120 Meter lang.\n");
        assert_ne!(a[0].context, b[0].context);
        assert_eq!(a[0].evidence, b[0].evidence);
    }

    #[test]
    fn distinct_keys_keep_their_first_item() {
        let (firsts, of) = distinct([7, 3, 7, 9, 3].into_iter());
        assert_eq!(firsts, vec![0, 1, 3]);
        assert_eq!(of, vec![0, 1, 0, 2, 1]);
    }
}
