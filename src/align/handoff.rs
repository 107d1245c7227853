//! The hand-off from alignment to judging: for each cluster, how sure the
//! pairing is and what it rests on, its frame in words, what identifies the
//! fact (for ids), and whether its quotes go to different persons — so that
//! judging never reads alignment's features, scores or thesaurus.

use foldhash::HashMap;

use crate::model::claim::{ClaimKind, ClaimValue, SpeakerKind};
use crate::text::words::key;

use super::score::{Pair, same_person, same_value};
use super::tuning::Tuning;
use super::{Item, Vocab, frame, thesaurus};

/// What judging needs to know of one cluster.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// How sure alignment is that every mention states one fact (0–1).
    pub confidence: f64,
    /// What the pairing rests on (`measure: Tote`, `names: Aceh`).
    pub evidence: Vec<String>,
    /// The frame in words, when the claims have one.
    pub label: Option<String>,
    /// The words that best describe the subject, for a label without frame.
    pub words: Vec<String>,
    /// What identifies the fact, for a stable id: the kind and frame (or
    /// subject words, or a quote's opening words); never values or scores.
    pub identity: String,
    /// Whether the same words go to different persons.
    pub speakers: Speakers,
    /// The pairs (item indices) sure enough that different values in them
    /// are a conflict; any other disagreement is a question.
    pub decisive: Vec<(usize, usize)>,
}

/// Who the mentions of a quote cluster give its words to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Speakers {
    /// One person, or speakers that cannot be compared.
    #[default]
    Same,
    /// Different speakers, one of them maybe misread: a question.
    Unsure,
    /// Two resolved, different persons.
    Differ,
}

/// Marks the quantities whose source states another value for a fitting
/// frame of the same measure (or of no measure at all): their frame is weak
/// evidence (co-statement).
pub(crate) fn mark_co_statements(items: &mut [Item], t: &Tuning) {
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, it) in items.iter().enumerate() {
        if it.claim.kind() == ClaimKind::Quantity {
            by_doc.entry(it.doc).or_default().push(i);
        }
    }
    let mut marked = Vec::new();
    for list in by_doc.values() {
        // bounded: a pathological source cannot make this quadratic
        let list = &list[..list.len().min(400)];
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                let (x, y) = (&items[i].claim, &items[j].claim);
                // the reader's noun, or the frame's measure when it looks past
                // a modifier (`seven consecutive life sentences`)
                let same_unit = match (&x.value, &y.value) {
                    (ClaimValue::Quantity(p), ClaimValue::Quantity(q)) => {
                        p.dimension == q.dimension && p.unit == q.unit && x.frame.measure.is_some()
                    }
                    _ => false,
                };
                if (super::score::comparable_values(&x.value, &y.value) || same_unit)
                    && !same_value(&x.value, &y.value)
                    && frame::fit(&x.frame, &y.frame, t)
                        .is_ok_and(|f| f.same_measure || x.frame.measure.is_none() && y.frame.measure.is_none())
                {
                    marked.extend([i, j]);
                }
            }
        }
    }
    for i in marked {
        items[i].co_stated = true;
    }
}

/// The summary of the cluster of `members` (sorted) paired by `pairs`.
pub(crate) fn summarize(items: &[Item], vocab: &Vocab, members: &[usize], pairs: &[Pair]) -> Summary {
    let kind = items[members[0]].claim.kind();
    let confidence =
        if pairs.is_empty() { 1.0 } else { pairs.iter().map(|p| p.confidence).sum::<f64>() / pairs.len() as f64 };
    // the evidence every explained pair shares
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for p in pairs {
        for e in &p.evidence {
            *counts.entry(e.as_str()).or_default() += 1;
        }
    }
    let mut evidence: Vec<(&str, usize)> = counts.into_iter().collect();
    evidence.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut evidence: Vec<String> = evidence.into_iter().map(|(e, _)| e.to_string()).collect();
    let sentences: Vec<&str> = members.iter().map(|&m| sentence_of(&items[m])).collect();
    let mut distinct = sentences.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < sentences.len() {
        evidence.push(format!("wire copy: {} mentions in {} distinct sentences", sentences.len(), distinct.len()));
    }
    let label = if kind == ClaimKind::Quote {
        None
    } else {
        // the fullest frame among the members, ties broken by its words
        members
            .iter()
            .filter_map(|&m| frame::label(&items[m].claim.frame))
            .max_by(|a, b| a.matches(", ").count().cmp(&b.matches(", ").count()).then(b.cmp(a)))
    };
    let words = subject_words(items, vocab, members, pairs);
    let identity = match (kind, &label) {
        (ClaimKind::Quote, _) => {
            // the opening words of the quote say most about which quote it is
            let mut opening: Vec<String> = items[members[0]].features.quote.iter().take(6).cloned().collect();
            opening.sort();
            opening.join(" ")
        }
        (_, Some(l)) => l.clone(),
        (_, None) => {
            let mut keys: Vec<String> = words.iter().map(|w| key(w)).collect();
            keys.sort();
            keys.join(" ")
        }
    };
    let decisive = pairs.iter().filter(|p| p.decisive).map(|p| (p.a, p.b)).collect();
    Summary { confidence, evidence, label, words, identity, speakers: persons_differ(items, members), decisive }
}

fn sentence_of<'a>(item: &'a Item) -> &'a str {
    &item.features.sentence
}

/// The words the members share most, or a lone claim's most telling words.
fn subject_words(items: &[Item], vocab: &Vocab, members: &[usize], pairs: &[Pair]) -> Vec<String> {
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for p in pairs {
        for w in &p.shared {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    if !counts.is_empty() {
        let mut shared: Vec<(&str, usize)> = counts.into_iter().collect();
        shared.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        return shared.into_iter().take(4).map(|(w, _)| w.to_string()).collect();
    }
    let item = &items[members[0]];
    let mut words: Vec<(&str, f64, u32)> =
        item.bags.words.entries.iter().map(|&(id, w)| (vocab.key(id), w, id)).collect();
    words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    words
        .into_iter()
        .take(4)
        .map(|(k, _, id)| vocab.label(&item.features.labels, id).unwrap_or(k).to_string())
        .collect()
}

/// Whether two members give the same words to different persons: `Differ`
/// when both are resolved persons, at least one written with the full name
/// (and the
/// words are one quote, or one an excerpt of the other), `Unsure` when the
/// speakers differ but one of them is a lone surname, a title or a word the
/// speaker finder may have misread; joint speakers, organisations and roles
/// never count.
fn persons_differ(items: &[Item], members: &[usize]) -> Speakers {
    // copies give the same speaker, words and sentence: each once
    let mut given: Vec<(&str, &[String], &str)> = members
        .iter()
        .filter_map(|&m| match &items[m].claim.value {
            ClaimValue::Quote(q) if q.speaker_kind.is_none_or(|k| k == SpeakerKind::Person) => {
                q.speaker.as_deref().map(|s| (s, items[m].features.quote.as_slice(), &*items[m].features.sentence))
            }
            _ => None,
        })
        .collect();
    given.sort_unstable();
    given.dedup();
    let persons: Vec<(&str, &[String], Vec<String>)> =
        given.into_iter().map(|(s, quote, sentence)| (s, quote, words_of(sentence))).collect();
    // a speaker named in the quote's own sentence, not read from elsewhere
    let named_in = |name: &str, sentence: &[String]| {
        name.split_whitespace().map(crate::text::words::fold).any(|w| w.chars().count() >= 3 && sentence.contains(&w))
    };
    let mut found = Speakers::Same;
    for (i, (a, wa, sa)) in persons.iter().enumerate() {
        for (b, wb, sb) in &persons[i + 1..] {
            if same_person(a, b) || fold_joined(a).contains(&fold_joined(b)) || fold_joined(b).contains(&fold_joined(a))
            {
                continue;
            }
            let full = |s: &str| looks_like_a_name(s) && s.split_whitespace().count() >= 2;
            let one_quote = run_of(wa, wb) || run_of(wb, wa);
            // each named where it is quoted, and neither beside the other's
            // quote (`said Trend Micro researcher Paul Ferguson`)
            let own = named_in(a, sa) && named_in(b, sb) && !named_in(a, sb) && !named_in(b, sa);
            if (full(a) || full(b)) && looks_like_a_name(a) && looks_like_a_name(b) && one_quote && own {
                return Speakers::Differ;
            }
            // a misread speaker is no question for an editor: a word that is
            // no name (`told AP`), one surname (`Told Howell`, `Jacob
            // Howell`), or one named beside the other's quote
            let surname = |s: &str| s.split_whitespace().last().map(crate::text::words::fold);
            let misread = !looks_like_a_name(a)
                || !looks_like_a_name(b)
                || surname(a) == surname(b)
                || named_in(a, sb)
                || named_in(b, sa);
            if !misread {
                found = Speakers::Unsure;
            }
        }
    }
    found
}

/// The folded words of a sentence.
fn words_of(sentence: &str) -> Vec<String> {
    crate::text::words::tokens(sentence, 0)
        .iter()
        .filter(|t| t.is_word())
        .map(|t| crate::text::words::fold(t.text))
        .collect()
}

/// Whether `part` occurs as a run of words in `whole`.
fn run_of(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && part.len() <= whole.len() && whole.windows(part.len()).any(|w| w == part)
}

/// A name folded with its spaces and hyphens removed: `Del Giudice` and
/// `DelGiudice` are one name.
fn fold_joined(s: &str) -> String {
    crate::text::words::fold(&s.split_whitespace().collect::<String>())
}

/// Whether a speaker is written like a person's name: capitalized words,
/// none of them a function word, weekday, month, possessive or acronym
/// (`He`, `When`, `Tuesday`, `Flynn's`, `AMD` are not), and a lone word
/// longer than an abbreviated title (`Sgt`).
fn looks_like_a_name(s: &str) -> bool {
    use crate::read::calendar;
    let words: Vec<&str> = s.split_whitespace().collect();
    let function = |f: &str| {
        crate::text::words::is_stopword(f)
            || crate::lang::Lang::ALL.iter().any(|l| {
                let w = l.words();
                w.function_words.contains(&f) || w.frames.clause_breaks.contains(&f) || w.frames.pronouns.contains(&f)
            })
    };
    !words.is_empty()
        && words.iter().all(|w| {
            let folded = crate::text::words::fold(w);
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.contains(['\'', '’'])
                && !function(&folded)
                && calendar::weekday(&folded).is_none()
                && calendar::month(&folded).is_none()
                && (w.len() <= 1 || w.chars().any(|c| !c.is_uppercase()))
        })
        && (words.len() > 1 || words[0].chars().count() > 3)
}

/// The share of `words` (a pinned claim's subject) that the cluster's
/// members mention, folded and mapped to their concepts.
pub fn pin_share(items: &[Item], vocab: &Vocab, members: &[usize], words: &[String]) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let wanted: Vec<Option<u32>> = words.iter().map(|w| vocab.id(&thesaurus::concept(&key(w)))).collect();
    let holds = |m: usize, id: u32| items[m].bags.words.entries.binary_search_by_key(&id, |e| e.0).is_ok();
    let hits = wanted.iter().flatten().filter(|&&id| members.iter().any(|&m| holds(m, id))).count();
    hits as f64 / wanted.len() as f64
}
