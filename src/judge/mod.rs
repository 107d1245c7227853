//! Judging, the sixth stage: each cluster becomes a [`Finding`] with a
//! verdict — values that cannot both be true conflict when alignment is
//! sure enough that they state one fact, and are `unclear` otherwise;
//! quotes in other words are variants; the rest agree — a stable id, the
//! frame in words as its subject, and the pinned and accepted marks of the
//! [`Rules`].

mod rules;

use std::collections::HashMap;

use rayon::prelude::*;

pub use rules::{Pin, Rules};

use crate::align::handoff::{self, Speakers};
use crate::align::tuning::TUNING;
use crate::align::{Aligned, Cluster, Item};
use crate::model::claim::{Claim, ClaimKind, ClaimValue, DateValue, Dimension, Hedge, Quantity};
use crate::model::finding::{Explanation, Finding, Mention, Verdict};
use crate::prepare::document::Document;
use crate::text::words::{fold, tokens};

/// The findings of all clusters, pinned and accepted marks applied,
/// ordered conflicts first; and warnings about configuration entries that
/// matched nothing.
pub fn findings(
    docs: &[Document],
    aligned: &Aligned,
    clusters: &[Cluster],
    rules: &Rules,
) -> (Vec<Finding>, Vec<String>) {
    let items = &aligned.items;
    let mut out: Vec<Finding> = clusters.par_iter().map(|c| finding(docs, items, c, rules, 0.0)).collect();
    out.extend(weekday_findings(docs, items));
    let mut warnings = Vec::new();
    for pin in &rules.pins {
        let best = clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == pin.kind)
            .map(|(i, c)| (i, handoff::pin_share(items, &aligned.vocab, &c.members, &pin.subject), c.members.len()))
            .filter(|&(_, share, _)| share >= 0.5)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)));
        match best {
            Some((i, _, _)) => {
                let mut f = finding(docs, items, &clusters[i], rules, pin.tolerance.unwrap_or(0.0));
                f.id = pin.id.clone();
                f.pinned = true;
                out[i] = f;
            }
            None => warnings.push(format!("pinned claim {}: no source states it", pin.id)),
        }
    }
    unique_ids(&mut out);
    let accepted: HashMap<&str, &str> = rules.accepted.iter().map(|(id, r)| (id.as_str(), r.as_str())).collect();
    for f in &mut out {
        if let Some(reason) = accepted.get(f.id.as_str()) {
            f.accepted = Some(reason.to_string());
        }
    }
    for (id, _) in &rules.accepted {
        if !out.iter().any(|f| &f.id == id) {
            warnings.push(format!("accepted finding {id} no longer matches anything; remove it from claims.yaml"));
        }
    }
    out.sort_by(|a, b| {
        (a.verdict, a.mentions[0].source, a.mentions[0].start, &a.id).cmp(&(
            b.verdict,
            b.mentions[0].source,
            b.mentions[0].start,
            &b.id,
        ))
    });
    (out, warnings)
}

/// Findings that hash alike (two quantities of one frame in one sentence)
/// get a suffix in the order of their mentions, which depends on the
/// contents only; a pinned id stays as the configuration gives it.
fn unique_ids(out: &mut [Finding]) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    let at = |f: &Finding| f.mentions.first().map(|m| (m.source, m.start, m.end)).unwrap_or_default();
    order.sort_by(|&a, &b| (&out[a].id, at(&out[a])).cmp(&(&out[b].id, at(&out[b]))));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for i in order {
        if out[i].pinned {
            continue;
        }
        let n = seen.entry(out[i].id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            out[i].id = format!("{}-{}", out[i].id, n);
        }
    }
}

/// One finding from one cluster; `widen` is an extra relative tolerance
/// (a pinned claim's), on top of the rules' for the dimension.
fn finding(docs: &[Document], items: &[Item], cluster: &Cluster, rules: &Rules, widen: f64) -> Finding {
    let members: Vec<&Item> = cluster.members.iter().map(|&m| &items[m]).collect();
    let widen = match &members[0].claim.value {
        ClaimValue::Quantity(q) => widen.max(rules.tolerance(q.dimension)),
        _ => widen,
    };
    let mentions: Vec<Mention> = members.iter().map(|it| mention(&docs[it.doc], it.doc, it.claim)).collect();
    let summary = &cluster.summary;
    let mut notes = Vec::new();
    let stated: Vec<(usize, &Claim, &str)> =
        members.iter().zip(&mentions).map(|(it, m)| (it.doc, it.claim, m.text.as_str())).collect();
    let mut verdict = match cluster.kind {
        ClaimKind::Quantity | ClaimKind::Date => match disagreement(&stated, widen) {
            Disagreement::None if only_open(&stated) => {
                notes.push(
                    "check this: the figures fit only because a bound is open (`at least 5`, `more than 200`)"
                        .to_string(),
                );
                Verdict::Unclear
            }
            Disagreement::None => Verdict::Agree,
            Disagreement::OneSource => {
                notes.push("one source gives two values: a correction or two facts".to_string());
                Verdict::Unclear
            }
            Disagreement::Anchors => {
                notes.push("check this: a date read from a dateline, or a time of day, disagrees".to_string());
                Verdict::Unclear
            }
            Disagreement::Sources if vague(&stated) => {
                notes.push(
                    "check this: a vague multitude (`dozens`, `Hunderte`) is set against a figure: often two facts"
                        .to_string(),
                );
                Verdict::Unclear
            }
            Disagreement::Sources
                if summary.confidence >= TUNING.conflict_confidence
                    && decisive_disagreement(docs, items, &summary.decisive, widen) =>
            {
                Verdict::Conflict
            }
            Disagreement::Sources if summary.confidence >= TUNING.conflict_confidence => {
                notes.push(
                    "check this: the values that differ are not surely one fact (a frame part is missing)".to_string(),
                );
                Verdict::Unclear
            }
            Disagreement::Sources => {
                notes.push(format!("check this: the pairing is weak (confidence {:.2})", summary.confidence));
                Verdict::Unclear
            }
        },
        ClaimKind::Quote => quotes(&members, summary.speakers, &mut notes),
    };
    let mut sources: Vec<usize> = members.iter().map(|it| it.doc).collect();
    sources.sort_unstable();
    sources.dedup();
    if (sources.len() == 1 || cluster.one_sentence) && verdict == Verdict::Agree {
        verdict = Verdict::Single;
    }
    let mut explanation = explanation(cluster);
    explanation.near_misses = cluster
        .near_misses
        .iter()
        .map(|p| {
            let other = &items[if cluster.members.contains(&p.a) { p.b } else { p.a }];
            let text = docs[other.doc].source.text[other.claim.start..other.claim.end].to_string();
            (other.doc, text, p.score, p.shared.clone())
        })
        .collect();
    let subject = subject(cluster, &members);
    let id = id(cluster, &members, docs);
    Finding {
        id,
        kind: cluster.kind,
        verdict,
        severity: verdict.severity(),
        subject,
        confidence: (summary.confidence * 100.0).round() / 100.0,
        evidence: summary.evidence.iter().filter(|e| !e.contains(" = ")).cloned().collect(),
        mentions,
        pinned: false,
        accepted: None,
        notes,
        explanation,
    }
}

/// Whether a vague multitude (`dozens of lives`) is among the values: it
/// may agree, but it is too weak a figure to contradict another.
fn vague(stated: &[(usize, &Claim, &str)]) -> bool {
    stated.iter().any(|(_, c, _)| matches!(&c.value, ClaimValue::Quantity(q) if q.hedge == Hedge::Vague))
}

/// Whether and where the values of a cluster disagree.
#[derive(Debug, PartialEq)]
enum Disagreement {
    None,
    /// Only mentions of one source disagree with each other.
    OneSource,
    /// Mentions of different sources disagree, one a date read from a
    /// dateline (`on Tuesday`) or a time of day: an inference.
    Anchors,
    /// Mentions of different sources disagree.
    Sources,
}

/// Compares every two distinct statements: mentions `(source, claim,
/// text)` that give one value in one unit are compared once, with the
/// sources that give it, so that a thousand copies cost one comparison.
fn disagreement(stated: &[(usize, &Claim, &str)], widen: f64) -> Disagreement {
    let unit = |t: &str| t.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).map(fold);
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut distinct: Vec<(&Claim, &str, Vec<usize>)> = Vec::new();
    for &(doc, claim, text) in stated {
        let key = format!("{:?}|{:?}", claim.value, unit(text));
        let i = *index.entry(key).or_insert_with(|| {
            distinct.push((claim, text, Vec::new()));
            distinct.len() - 1
        });
        distinct[i].2.push(doc);
    }
    for d in &mut distinct {
        d.2.sort_unstable();
        d.2.dedup();
    }
    let mut found = Disagreement::None;
    for (i, (a, ta, sa)) in distinct.iter().enumerate() {
        for (b, tb, sb) in &distinct[i + 1..] {
            let agree = match (&a.value, &b.value) {
                (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) => overlap(x, y, widen + conversion(x, ta, tb)),
                (ClaimValue::Date(x), ClaimValue::Date(y)) => !dates_disjoint(x, y),
                _ => true,
            };
            if agree {
                continue;
            }
            // different sources stand behind the two values unless one
            // source alone states both
            let across = !(sa.len() == 1 && sb.len() == 1 && sa[0] == sb[0]);
            // a date read from a dateline, or a time of day, is an inference:
            // when it disagrees, that is a question, not a finding
            let inferred = |c: &Claim| matches!(&c.value, ClaimValue::Date(d) if d.relative || d.grain < crate::model::claim::Grain::Day);
            if across && (inferred(a) || inferred(b)) {
                found = Disagreement::Anchors;
            } else if across {
                return Disagreement::Sources;
            } else if found == Disagreement::None {
                found = Disagreement::OneSource;
            }
        }
    }
    found
}

/// Whether two of the mentions of different sources fit each other only
/// through an open bound while their figures lie far apart (`at least five
/// people` and `249 people`, `less than two seconds` and `less than two
/// weeks`), or are two different bounds on one side: consistent, but no
/// sign that they state one fact.
fn only_open(stated: &[(usize, &Claim, &str)]) -> bool {
    let open = |q: &Quantity| matches!(q.hedge, Hedge::Above | Hedge::AtLeast | Hedge::AtMost);
    stated.iter().enumerate().any(|(i, (da, a, _))| {
        stated[i + 1..].iter().any(|(db, b, _)| match (&a.value, &b.value) {
            (ClaimValue::Quantity(x), ClaimValue::Quantity(y)) if da != db && (open(x) || open(y)) => {
                let (lo, hi) = (x.value.abs().min(y.value.abs()), x.value.abs().max(y.value.abs()));
                // two different floors (`at least 7`, `at least 12`) never
                // confirm each other
                let floors = |q: &Quantity| matches!(q.hedge, Hedge::Above | Hedge::AtLeast);
                let same_side = floors(x) == floors(y) && open(x) && open(y);
                hi > OPEN_SPREAD * lo || same_side && hi > lo * (1.0 + 1e-9)
            }
            _ => false,
        })
    })
}

/// How far apart (a factor) two figures that fit only through an open
/// bound may lie and still be taken for one fact.
const OPEN_SPREAD: f64 = 1.5;

/// Whether two mentions of different sources that alignment paired surely
/// (`decisive`, item indices) give values that cannot both be true: a
/// cluster joined through weaker pairs is a question, not a conflict.
fn decisive_disagreement(docs: &[Document], items: &[Item], decisive: &[(usize, usize)], widen: f64) -> bool {
    decisive.iter().any(|&(a, b)| {
        let (x, y) = (&items[a], &items[b]);
        if x.doc == y.doc {
            return false;
        }
        let text = |it: &Item| &docs[it.doc].source.text[it.claim.start..it.claim.end];
        match (&x.claim.value, &y.claim.value) {
            (ClaimValue::Quantity(p), ClaimValue::Quantity(q)) => {
                !overlap(p, q, widen + conversion(p, text(x), text(y)))
            }
            (ClaimValue::Date(p), ClaimValue::Date(q)) => dates_disjoint(p, q),
            _ => false,
        }
    })
}

/// The rounding a figure converted between unit systems carries (`six
/// miles` for 10 km): when the two mentions name their units differently.
fn conversion(q: &Quantity, a: &str, b: &str) -> f64 {
    let unit = |t: &str| t.rsplit(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).map(fold);
    let converted = matches!(
        q.dimension,
        Dimension::Length
            | Dimension::Mass
            | Dimension::Volume
            | Dimension::Area
            | Dimension::Speed
            | Dimension::Temperature
    );
    if converted && unit(a) != unit(b) { 0.08 } else { 0.0 }
}

/// Whether two quantities can both be true; `widen` widens both intervals
/// by that fraction of their value. Open bounds stay open.
pub fn overlap(a: &Quantity, b: &Quantity, widen: f64) -> bool {
    let eps = 1e-9 * a.value.abs().max(b.value.abs()).max(1.0);
    let ((al, ah), (bl, bh)) = (a.bounds(), b.bounds());
    let (al, ah) = (al - a.value.abs() * widen, ah + a.value.abs() * widen);
    let (bl, bh) = (bl - b.value.abs() * widen, bh + b.value.abs() * widen);
    al <= bh + eps && bl <= ah + eps
}

/// Two resolved dates that cannot both be true; an unresolved one never is.
fn dates_disjoint(a: &DateValue, b: &DateValue) -> bool {
    match (a.from, a.to, b.from, b.to) {
        (Some(af), Some(at), Some(bf), Some(bt)) => at <= bf || bt <= af,
        _ => false,
    }
}

/// Quotes conflict when the same words go to different resolved persons,
/// agree when their words are equal or one is an excerpt of the other, and
/// are variants otherwise.
fn quotes(members: &[&Item], speakers: Speakers, notes: &mut Vec<String>) -> Verdict {
    match speakers {
        Speakers::Differ => return Verdict::Conflict,
        Speakers::Unsure => {
            notes.push("check this: the words go to different speakers, one of them not named in full".to_string());
            return Verdict::Unclear;
        }
        Speakers::Same => {}
    }
    // each distinct wording once, with the sources that give it
    let mut wordings: Vec<(Vec<String>, Vec<usize>)> = Vec::new();
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    for m in members {
        let ClaimValue::Quote(q) = &m.claim.value else { continue };
        let words = normal_words(&q.words);
        let i = *index.entry(words.clone()).or_insert_with(|| {
            wordings.push((words, Vec::new()));
            wordings.len() - 1
        });
        wordings[i].1.push(m.doc);
    }
    for w in &mut wordings {
        w.1.sort_unstable();
        w.1.dedup();
    }
    // two wordings that one source both gives are two things it quotes,
    // not one utterance reported two ways: a variant needs a source that
    // gives one wording but not the other, and one the other way round
    let apart = |a: &[usize], b: &[usize]| a.iter().any(|d| !b.contains(d)) && b.iter().any(|d| !a.contains(d));
    let variant = wordings
        .iter()
        .enumerate()
        .any(|(i, (a, sa))| wordings[i + 1..].iter().any(|(b, sb)| !(excerpt(a, b) || excerpt(b, a)) && apart(sa, sb)));
    if variant { Verdict::Variant } else { Verdict::Agree }
}

fn mention(doc: &Document, source: usize, claim: &Claim) -> Mention {
    let sentence = doc.sentence_at(claim.start).map_or(claim.start..claim.end, |i| doc.sentences[i].range());
    let sentence = sentence.start.min(claim.start)..sentence.end.max(claim.end);
    let (p, q) = (doc.source.position(claim.start), doc.source.position(claim.end));
    Mention {
        source,
        start: doc.source.file_offset(claim.start),
        end: doc.source.file_offset(claim.end),
        line: p.line,
        column: p.column,
        end_line: q.line,
        end_column: q.column,
        text: doc.source.text[claim.start..claim.end].to_string(),
        sentence: doc.source.text[sentence.clone()].to_string(),
        in_sentence: claim.start - sentence.start..claim.end - sentence.start,
        value: claim.value.clone(),
        frame: claim.frame.clone(),
    }
}

/// The words of a quote with marks, case, punctuation and spacing
/// normalised away.
pub fn normal_words(words: &str) -> Vec<String> {
    tokens(words, 0).into_iter().filter(|t| t.is_word()).map(|t| fold(t.text)).collect()
}

/// Whether `part` occurs as a run of words inside `whole`.
fn excerpt(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && (part.len() <= whole.len()) && whole.windows(part.len()).any(|w| w == part)
}

fn explanation(cluster: &Cluster) -> Explanation {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for p in &cluster.pairs {
        for w in &p.shared {
            *counts.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut shared: Vec<(&str, usize)> = counts.into_iter().collect();
    shared.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let position = |i: usize| cluster.members.iter().position(|&m| m == i).unwrap_or(0);
    Explanation {
        shared: shared.into_iter().map(|(w, _)| w.to_string()).collect(),
        pairs: cluster.pairs.iter().map(|p| (position(p.a), position(p.b), p.score, p.shared.clone())).collect(),
        decided: cluster.pairs.iter().map(|p| p.evidence.clone()).collect(),
        near_misses: Vec::new(),
    }
}

fn subject(cluster: &Cluster, members: &[&Item]) -> String {
    match &members[0].claim.value {
        ClaimValue::Quote(q) => {
            let speaker = members.iter().find_map(|m| match &m.claim.value {
                ClaimValue::Quote(q) => q.speaker.clone(),
                _ => None,
            });
            let opening: Vec<&str> = q.words.split_whitespace().take(6).collect();
            let more = if q.words.split_whitespace().count() > 6 { " …" } else { "" };
            format!("{}: „{}{more}“", speaker.as_deref().unwrap_or("unknown speaker"), opening.join(" "))
        }
        value => {
            let what = match value {
                ClaimValue::Quantity(q) => q.dimension.as_str(),
                _ => cluster.kind.as_str(),
            };
            match &cluster.summary.label {
                Some(label) => format!("{label} · {what}"),
                None => {
                    let what = match value {
                        ClaimValue::Quantity(q) => q.noun.clone().unwrap_or_else(|| what.to_string()),
                        _ => what.to_string(),
                    };
                    format!("{what}: {}", cluster.summary.words.join(" "))
                }
            }
        }
    }
}

/// A stable id: a hash of the kind, what identifies the fact (its frame,
/// subject words or a quote's opening) and the sources. It depends on no
/// value and no tuned weight, so an edit of a number or a retuning keeps
/// the id and an accepted finding stays accepted.
fn id(cluster: &Cluster, members: &[&Item], docs: &[Document]) -> String {
    let kind = cluster.kind;
    let mut sources: Vec<&str> = members.iter().map(|m| docs[m.doc].source.id.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let text = format!("{}|{}|{}", kind.as_str(), cluster.summary.identity, sources.join(" "));
    format!("{}-{:012x}", kind.as_str(), fnv1a(text.as_bytes()) & 0xffff_ffff_ffff)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// A weekday written next to a date it does not fall on is a finding of
/// its own.
fn weekday_findings(docs: &[Document], items: &[Item]) -> Vec<Finding> {
    let mut out = Vec::new();
    for item in items {
        let ClaimValue::Date(d) = &item.claim.value else { continue };
        let Some(weekday) = &d.weekday_mismatch else { continue };
        let doc = &docs[item.doc];
        let m = mention(doc, item.doc, item.claim);
        let date = d.from.map_or_else(String::new, |f| f.date().to_string());
        let text = format!("date|weekday|{}|{}", doc.source.id, m.start);
        out.push(Finding {
            id: format!("date-{:012x}", fnv1a(text.as_bytes()) & 0xffff_ffff_ffff),
            kind: ClaimKind::Date,
            verdict: Verdict::Conflict,
            severity: Verdict::Conflict.severity(),
            subject: format!("weekday: {weekday} is not the weekday of {date}"),
            confidence: 1.0,
            evidence: vec![format!("{weekday} does not fall on {date}")],
            notes: vec![format!("{weekday} does not fall on {date}")],
            mentions: vec![m],
            pinned: false,
            accepted: None,
            explanation: Explanation::default(),
        });
    }
    out
}
