//! Frame compatibility, part of alignment: whether two claims' frames may
//! state one fact (a contradicting measure, predicate, participant, scope
//! or time frame forbids it), how strong the evidence is that they do, and
//! the frame in words for a finding's subject.

use crate::extract::frame::UNNAMED;
use crate::lang::Lang;
use crate::model::frame::Frame;
use crate::text::words::{fold, key};

use super::thesaurus;
use super::tuning::Tuning;

/// How well two frames fit: the evidence they share, and the most
/// confidence a pairing of them may get.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Sum of the frame weights of the parts both state alike (0–1).
    pub strength: f64,
    /// Most confidence the pair may get (1 when nothing is amiss).
    pub cap: f64,
    /// Whether both state the same explicit, specific measure.
    pub same_measure: bool,
    /// What the fit rests on, in words (`measure: Verletzte`).
    pub evidence: Vec<String>,
    /// How many independent parts both frames state alike: a specific
    /// measure, a predicate the counted noun does not itself name, a
    /// participant, a scope, a time frame. Two are needed for different
    /// values to conflict: a counted noun alone (`24 dead`, `39 passes`)
    /// may be another night's, season's or person's figure.
    pub parts: usize,
}

/// Why two frames may not pair, or how well they fit.
pub fn fit(a: &Frame, b: &Frame, t: &Tuning) -> Result<Fit, &'static str> {
    let mut fit = Fit { strength: 0.0, cap: 1.0, same_measure: false, evidence: Vec::new(), parts: 0 };
    if let (Some(x), Some(y)) = (&a.measure, &b.measure) {
        let (xn, xq) = split_qualifier(x);
        let (yn, yq) = split_qualifier(y);
        if !same_measure(xn, yn) {
            return Err("different measures");
        }
        match (xq, yq) {
            (Some(p), Some(q)) if p != q => return Err("different kinds of the measure"),
            (Some(_), None) | (None, Some(_)) => fit.cap = fit.cap.min(t.weak_cap),
            _ => {}
        }
        if generic(xn) && (a.predicate.is_none() || b.predicate.is_none()) {
            fit.cap = fit.cap.min(t.weak_cap);
        } else {
            fit.same_measure = true;
            fit.strength += t.frame_measure;
            fit.evidence.push(format!("measure: {x}"));
            // `people` says nothing of whom until its predicate does
            if !generic(xn) {
                fit.parts += 1;
            }
        }
    }
    // an age is never the length of something that happened
    if (a.measure.as_deref() == Some("age")) != (b.measure.as_deref() == Some("age")) {
        return Err("an age and another measure");
    }
    match (&a.predicate, &b.predicate) {
        (Some(x), Some(y)) if x != y => return Err("different predicates"),
        (Some(x), Some(_)) => {
            fit.strength += t.frame_predicate;
            fit.evidence.push(format!("predicate: {x}"));
            // `dead` or `passes` name their predicate: one part, not two
            if !names_predicate(a, x) && !names_predicate(b, x) {
                fit.parts += 1;
            }
        }
        _ => {}
    }
    let unnamed = |f: &Frame| f.participants.iter().any(|p| p == UNNAMED);
    // whose each figure is, with the names of its list: none in common
    // means two people's figures
    let named =
        |f: &Frame| f.participants.iter().chain(&f.owners).filter(|p| *p != UNNAMED).cloned().collect::<Vec<_>>();
    let (na, nb) = (named(a), named(b));
    if !na.is_empty() && !nb.is_empty() && !na.iter().any(|x| nb.iter().any(|y| same_name(x, y, t))) {
        return Err("different participants");
    }
    let (vague, other) = if unnamed(a) { (&na, &nb) } else { (&nb, &na) };
    if unnamed(a) != unnamed(b) && vague.is_empty() && !other.is_empty() {
        // `he made two free throws` against `Artino made two free throws`:
        // nothing says the one is the other
        return Err("an unnamed and a named participant");
    }
    if unnamed(a) || unnamed(b) {
        // someone the clause calls `he`: who it is, is not known
        fit.cap = fit.cap.min(t.weak_cap);
    } else if !a.participants.is_empty() && !b.participants.is_empty() {
        let shared: Vec<&String> =
            a.participants.iter().filter(|x| b.participants.iter().any(|y| same_name(x, y, t))).collect();
        if shared.is_empty() {
            return Err("different participants");
        }
        fit.strength += t.frame_participants;
        fit.parts += 1;
        fit.evidence.push(format!("names: {}", shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")));
    }
    match (a.scope.as_deref(), b.scope.as_deref()) {
        // two increments (`another four`, `weitere zwei`) may be two updates
        (Some("more"), Some("more")) => fit.cap = fit.cap.min(t.weak_cap),
        (Some(x), Some(y)) if x == y => {
            fit.strength += t.frame_scope;
            fit.parts += 1;
            fit.evidence.push(format!("scope: {x}"));
        }
        // a total and a part, more of the same, a rate: different figures
        (Some(_), Some(_)) => return Err("different scopes"),
        (Some("more" | "per" | "needed"), None) | (None, Some("more" | "per" | "needed")) => {
            return Err("different scopes");
        }
        // `since Week 11` against a figure without scope: maybe the season's
        (Some("part" | "remaining" | "total" | "so_far"), None)
        | (None, Some("part" | "remaining" | "total" | "so_far")) => fit.cap = fit.cap.min(t.weak_cap),
        _ => {}
    }
    match (a.time_frame.as_deref(), b.time_frame.as_deref()) {
        (Some(x), Some(y)) if x == y => {
            fit.strength += t.frame_scope;
            fit.parts += 1;
            fit.evidence.push(format!("time: {x}"));
        }
        (Some(x), Some(y)) if x.starts_with("in ") && y.starts_with("in ") => return Err("different years"),
        (Some("earlier"), None) | (None, Some("earlier")) => return Err("another time"),
        (Some(_), _) | (_, Some(_)) => fit.cap = fit.cap.min(t.weak_cap),
        _ => {}
    }
    fit.strength = fit.strength.min(1.0);
    Ok(fit)
}

/// Whether the frame's counted noun itself names the predicate `p`
/// (`Tote` → killed, `passes` → passed).
fn names_predicate(f: &Frame, p: &str) -> bool {
    f.measure.as_deref().is_some_and(|m| {
        let noun = split_qualifier(m).0;
        let n = key(noun);
        thesaurus::concept(&n) == thesaurus::concept(&key(p))
            || [n, fold(noun)].iter().any(|w| predicate_of(w).as_deref() == Some(p))
    })
}

/// The predicate class a counted noun names, in any language.
fn predicate_of(noun: &str) -> Option<String> {
    Lang::ALL.iter().find_map(|l| {
        l.words().frames.predicates.iter().find(|(_, es)| es.iter().any(|e| says(e, noun))).map(|(c, _)| c.to_string())
    })
}

fn says(entry: &str, w: &str) -> bool {
    match entry.strip_suffix('*') {
        Some(prefix) => w.starts_with(prefix),
        None => entry == w,
    }
}

/// `Verletzte, schwer` → (`Verletzte`, `schwer`).
fn split_qualifier(m: &str) -> (&str, Option<&str>) {
    match m.split_once(", ") {
        Some((n, q)) => (n, Some(q)),
        None => (m, None),
    }
}

/// Whether the folded or keyed word `w` (a concept of a subject bag) is one
/// of the words a frame is made of — a predicate, either measure, a
/// generic noun — or a word of reporting: what is left of two clauses'
/// shared words names the event they are about (`Einsturz`, `Unfall`).
pub(crate) fn frame_word(w: &str, a: &Frame, b: &Frame) -> bool {
    let measure = |f: &Frame| {
        f.measure.as_deref().is_some_and(|m| {
            let n = split_qualifier(m).0;
            thesaurus::concept(&key(n)) == w || same_measure(n, w)
        })
    };
    w.chars().all(|c| c.is_ascii_digit())
        || predicate_of(w).is_some()
        || measure(a)
        || measure(b)
        || Lang::ALL.iter().any(|l| {
            let f = &l.words().frames;
            f.generic.iter().any(|g| thesaurus::concept(&key(g)) == w)
                || f.reporting.iter().any(|r| says(r, w) || key(r) == w)
        })
}

/// Whether a counted noun names people without saying what happened to
/// them (`Menschen`, `people`), in any language.
fn generic(noun: &str) -> bool {
    let f = fold(noun);
    Lang::ALL.iter().any(|l| l.words().frames.generic.contains(&f.as_str()))
}

/// `Kurzstreckenrakete` and `Rakete` count the same kind of thing; `Tote`
/// and `dead` too (a shared concept).
pub fn same_measure(a: &str, b: &str) -> bool {
    let (ka, kb) = (key(a), key(b));
    let (ca, cb) = (thesaurus::concept(&ka), thesaurus::concept(&kb));
    ca == cb || ka.ends_with(&kb) && kb.len() >= 4 || kb.ends_with(&ka) && ka.len() >= 4
}

fn same_name(a: &str, b: &str, t: &Tuning) -> bool {
    a == b || strsim::jaro_winkler(a, b) >= t.name_similarity
}

/// The frame in words, for a finding's subject: `Verletzte, leicht ·
/// injured (Aceh)`; `None` when the frame says nothing.
pub fn label(frame: &Frame) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(m) = &frame.measure {
        parts.push(m.clone());
    }
    if let Some(p) = &frame.predicate
        && frame
            .measure
            .as_deref()
            .is_none_or(|m| thesaurus::concept(&key(split_qualifier(m).0)) != thesaurus::concept(&key(p)))
    {
        parts.push(p.clone());
    }
    if let Some(s) = &frame.scope {
        parts.push(s.replace('_', " "));
    }
    if let Some(t) = &frame.time_frame {
        parts.push(t.clone());
    }
    if parts.is_empty() {
        return None;
    }
    let names =
        if frame.participants.is_empty() { String::new() } else { format!(" ({})", frame.participants.join(", ")) };
    Some(format!("{}{names}", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::tuning::TUNING;

    fn frame(measure: &str, predicate: Option<&str>, scope: Option<&str>) -> Frame {
        Frame {
            measure: Some(measure.to_string()),
            predicate: predicate.map(str::to_string),
            scope: scope.map(str::to_string),
            ..Frame::default()
        }
    }

    #[test]
    fn killed_never_pairs_with_injured() {
        let a = frame("Menschen", Some("killed"), None);
        let b = frame("people", Some("injured"), None);
        assert!(fit(&a, &b, &TUNING).is_err());
        assert!(fit(&a, &frame("people", Some("killed"), None), &TUNING).is_ok());
    }

    #[test]
    fn a_part_is_weak_against_a_figure_and_excluded_against_a_total() {
        let part = frame("Verletzte", Some("injured"), Some("part"));
        let plain = frame("Verletzte", Some("injured"), None);
        let total = frame("Verletzte", Some("injured"), Some("total"));
        assert!(fit(&part, &total, &TUNING).is_err());
        assert!(fit(&part, &plain, &TUNING).unwrap().cap < TUNING.conflict_confidence);
    }

    #[test]
    fn qualified_kinds_of_one_measure_do_not_pair() {
        let light = frame("Verletzte, leicht", Some("injured"), None);
        let heavy = frame("Verletzte, schwer", Some("injured"), None);
        assert!(fit(&light, &heavy, &TUNING).is_err());
        assert_eq!(label(&light).as_deref(), Some("Verletzte, leicht"));
    }
}
