//! Judging, the sixth stage: each cluster becomes a [`Finding`] with a
//! verdict — values that cannot both be true conflict, quotes in other words
//! are variants, the rest agree — a stable id, a subject label, and the
//! pinned and accepted marks from `claims.yaml`.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::align::score::same_person;
use crate::align::{Cluster, Item};
use crate::config::Config;
use crate::model::claim::{Claim, ClaimKind, ClaimValue, DateValue, Quantity};
use crate::model::finding::{Explanation, Finding, Mention, Verdict};
use crate::prepare::document::Document;
use crate::text::words::{fold, key, tokens};

/// The findings of all clusters, pinned and accepted marks applied,
/// ordered conflicts first; and warnings about configuration entries that
/// matched nothing.
pub fn findings(
    docs: &[Document],
    items: &[Item],
    clusters: &[Cluster],
    config: &Config,
) -> (Vec<Finding>, Vec<String>) {
    let mut out: Vec<Finding> = clusters.par_iter().map(|c| finding(docs, items, c, config, 0.0)).collect();
    out.extend(weekday_findings(docs, items));
    let mut warnings = Vec::new();
    for pin in &config.pinned {
        let wanted: Vec<String> = pin.subject.iter().map(|w| crate::align::thesaurus::concept(&key(w))).collect();
        let best = clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| c.kind == pin.kind)
            .map(|(i, c)| {
                let hits = wanted
                    .iter()
                    .filter(|w| c.members.iter().any(|&m| items[m].features.words.contains_key(*w)))
                    .count();
                (i, hits as f64 / wanted.len() as f64, c.members.len())
            })
            .filter(|&(_, share, _)| share >= 0.5)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)));
        match best {
            Some((i, _, _)) => {
                let mut f = finding(docs, items, &clusters[i], config, pin.tolerance.unwrap_or(0.0));
                f.id = pin.id.clone();
                f.pinned = true;
                out[i] = f;
            }
            None => warnings.push(format!("pinned claim {}: no source states it", pin.id)),
        }
    }
    let accepted: HashMap<&str, &str> = config.accepted.iter().map(|a| (a.id.as_str(), a.reason.as_str())).collect();
    for f in &mut out {
        if let Some(reason) = accepted.get(f.id.as_str()) {
            f.accepted = Some(reason.to_string());
        }
    }
    for a in &config.accepted {
        if !out.iter().any(|f| f.id == a.id) {
            warnings.push(format!("accepted finding {} no longer matches anything; remove it from claims.yaml", a.id));
        }
    }
    out.sort_by(|a, b| {
        (a.verdict, a.mentions[0].source, a.mentions[0].start).cmp(&(
            b.verdict,
            b.mentions[0].source,
            b.mentions[0].start,
        ))
    });
    (out, warnings)
}

/// One finding from one cluster; `widen` is an extra relative tolerance
/// (a pinned claim's), on top of the configuration's for the dimension.
fn finding(docs: &[Document], items: &[Item], cluster: &Cluster, config: &Config, widen: f64) -> Finding {
    let members: Vec<&Item> = cluster.members.iter().map(|&m| &items[m]).collect();
    let widen = match &members[0].claim.value {
        ClaimValue::Quantity(q) => widen.max(config.dimension_tolerance(q.dimension)),
        _ => widen,
    };
    let mentions: Vec<Mention> = members.iter().map(|it| mention(&docs[it.doc], it.doc, it.claim)).collect();
    let values: Vec<&ClaimValue> = members.iter().map(|it| &it.claim.value).collect();
    let mut verdict = match cluster.kind {
        ClaimKind::Quantity => quantities(&values, widen),
        ClaimKind::Date => dates(&values),
        ClaimKind::Quote => quotes(&values),
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
    let subject = subject(cluster, &members, &explanation);
    let id = id(cluster.kind, &members, &explanation, docs);
    Finding {
        id,
        kind: cluster.kind,
        verdict,
        severity: verdict.severity(),
        subject,
        confidence: 1.0,
        evidence: Vec::new(),
        mentions,
        pinned: false,
        accepted: None,
        notes: Vec::new(),
        explanation,
    }
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

/// Quantities agree when every two intervals overlap.
fn quantities(values: &[&ClaimValue], widen: f64) -> Verdict {
    let mut qs: Vec<&Quantity> = values
        .iter()
        .filter_map(|v| match v {
            ClaimValue::Quantity(q) => Some(q),
            _ => None,
        })
        .collect();
    // copies state one value: each distinct interval is compared once
    let mut seen = std::collections::HashSet::new();
    qs.retain(|q| seen.insert((q.value.to_bits(), q.low.to_bits(), q.high.to_bits())));
    let all_overlap = qs.iter().enumerate().all(|(i, a)| qs[i + 1..].iter().all(|b| overlap(a, b, widen)));
    if all_overlap { Verdict::Agree } else { Verdict::Conflict }
}

/// Whether two quantities can both be true; `widen` widens both intervals
/// by that fraction of their value.
pub fn overlap(a: &Quantity, b: &Quantity, widen: f64) -> bool {
    let eps = 1e-9 * a.value.abs().max(b.value.abs()).max(1.0);
    let (al, ah) = (a.low - a.value.abs() * widen, a.high + a.value.abs() * widen);
    let (bl, bh) = (b.low - b.value.abs() * widen, b.high + b.value.abs() * widen);
    al <= bh + eps && bl <= ah + eps
}

/// Dates agree when every two resolved intervals overlap; a date that is
/// not resolved is never called a conflict.
fn dates(values: &[&ClaimValue]) -> Verdict {
    let mut ds: Vec<&DateValue> = values
        .iter()
        .filter_map(|v| match v {
            ClaimValue::Date(d) if d.from.is_some() && d.to.is_some() => Some(d),
            _ => None,
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    ds.retain(|d| seen.insert((d.from, d.to)));
    let disjoint = |a: &DateValue, b: &DateValue| a.to <= b.from || b.to <= a.from;
    let conflict = ds.iter().enumerate().any(|(i, a)| ds[i + 1..].iter().any(|b| disjoint(a, b)));
    if conflict { Verdict::Conflict } else { Verdict::Agree }
}

/// Quotes conflict when the same words go to different speakers, agree
/// when their words are equal or one is an excerpt of the other, and are
/// variants otherwise.
fn quotes(values: &[&ClaimValue]) -> Verdict {
    let qs: Vec<(Vec<String>, Option<&str>)> = values
        .iter()
        .filter_map(|v| match v {
            ClaimValue::Quote(q) => Some((normal_words(&q.words), q.speaker.as_deref())),
            _ => None,
        })
        .collect();
    // copies say the same: each distinct quote once
    let mut qs = qs;
    qs.sort_unstable();
    qs.dedup();
    let mut verdict = Verdict::Agree;
    for (i, (wa, sa)) in qs.iter().enumerate() {
        for (wb, sb) in &qs[i + 1..] {
            if let (Some(x), Some(y)) = (sa, sb)
                && !same_person(x, y)
            {
                return Verdict::Conflict;
            }
            if !(excerpt(wa, wb) || excerpt(wb, wa)) {
                verdict = Verdict::Variant;
            }
        }
    }
    verdict
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
        near_misses: Vec::new(),
    }
}

/// The words that best describe the members' subject: the words they share,
/// or for a lone claim its most telling nearby words.
fn subject_words(members: &[&Item], explanation: &Explanation) -> Vec<String> {
    if !explanation.shared.is_empty() {
        return explanation.shared.iter().take(4).cloned().collect();
    }
    let f = &members[0].features;
    let mut words: Vec<(&String, &f64)> = f.words.iter().collect();
    words.sort_by(|a, b| b.1.total_cmp(a.1).then(a.0.cmp(b.0)));
    words.into_iter().take(4).map(|(k, _)| f.surface.get(k).cloned().unwrap_or_else(|| k.clone())).collect()
}

fn subject(cluster: &Cluster, members: &[&Item], explanation: &Explanation) -> String {
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
                ClaimValue::Quantity(q) => q.noun.clone().unwrap_or_else(|| q.dimension.as_str().to_string()),
                _ => cluster.kind.as_str().to_string(),
            };
            format!("{what}: {}", subject_words(members, explanation).join(" "))
        }
    }
}

/// A stable id: the kind, a hash of the normalised subject words and the
/// sources. It does not depend on the values, so an edit of a number keeps
/// the id and an accepted finding stays accepted.
fn id(kind: ClaimKind, members: &[&Item], explanation: &Explanation, docs: &[Document]) -> String {
    let mut words: Vec<String> = subject_words(members, explanation).iter().map(|w| key(w)).collect();
    if kind == ClaimKind::Quote {
        // the opening words of the quote say most about which quote it is
        words = members[0].features.quote.iter().take(6).cloned().collect();
    }
    words.sort();
    let mut sources: Vec<&str> = members.iter().map(|m| docs[m.doc].source.id.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let text = format!("{}|{}|{}", kind.as_str(), words.join(" "), sources.join(" "));
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
