//! Speakers named in other places than a subject's, for [`super::subject`]:
//! the source an impersonal cue names after a preposition (`heißt es in
//! der Erklärung des Verbands`), a written source there (`Auf der Homepage
//! heißt es`), whose words a possessive or a genitive gives (`nach seinen
//! Worten`, `nach Schäubles Idee`) and the agent of a verb in the passive
//! (`es wurde von X geäußert`).

use crate::lang::Speech;
use crate::text::words::Token;

use super::clause::{Found, boundary, clause_start, lower_in};
use super::cue;
use super::lexicon::Lexicon;
use super::phrase::{self, Head, Phrase};
use super::role;

/// `nach seinen Worten`, `nach Schäubles Idee`: the one whose words or
/// thoughts they are, a possessive (read as its pronoun) or a name in the
/// genitive the source also writes without its `s`.
pub(super) fn owner(speech: &Speech, lex: &Lexicon, toks: &[Token], k: usize) -> Option<Found> {
    let t = toks.get(k)?;
    if let Some(pronoun) = cue::possessive(speech, t.text).filter(|_| cue::source_noun(speech, toks, k + 1)) {
        let p = Phrase { head: Head::Pronoun(pronoun.to_string()), start: k, end: k + 1, words: t.text.to_string() };
        return Some((p, "possessive of the source"));
    }
    // (only right before the noun: `nach Schäubles Idee`, not `nach Ansicht von Niedersachsens Minister`)
    let base = t.text.strip_suffix('s').filter(|_| cue::source_noun(speech, toks, k + 1))?;
    let named = t.is_capitalized() && lex.has(base) && lex.is_name_part(speech, t);
    named.then(|| {
        let head = Head::Person { name: base.to_string(), role: None };
        (Phrase { head, start: k, end: k + 1, words: base.to_string() }, "name in the genitive of the source")
    })
}

/// `Es wurde von Demjanjuks Sohn die Mutmaßung geäußert`, `was described
/// by the minister as`: the agent of a verb of speech in the passive (an
/// auxiliary before it in its clause and no other verb between: not `wurde
/// von der Polizei festgenommen und sagte`).
pub(super) fn agent(speech: &Speech, lex: &Lexicon, toks: &[Token], c: usize) -> Option<Found> {
    let s = clause_start(toks, c);
    let w = toks[c].text;
    let aux = |t: &Token| speech.quoted_auxiliaries.contains(&t.text);
    let before = if speech.verb_second {
        let participle = w.ends_with('t') || w.starts_with("ge") && w.ends_with("en");
        let at = (s..c).find(|&k| aux(&toks[k]))?;
        let between = toks[at + 1..c].iter().any(|t| speech.conjunctions.contains(&t.text));
        (participle && !between).then_some(at)?
    } else {
        (c > s && aux(&toks[c - 1]) && !w.ends_with("ing")).then(|| c - 1)?
    };
    let end = (c + 1..toks.len().min(c + 5)).find(|&k| boundary(&toks[k])).unwrap_or(toks.len().min(c + 5));
    (before + 1..end).filter(|&k| k != c && lower_in(speech.agent_prepositions, toks[k].text)).find_map(|k| {
        let p = phrase::at(speech, lex, toks, k + 1, true)?;
        let who = match &p.head {
            Head::Person { .. } | Head::People(_) | Head::Role(_) | Head::Organisation => true,
            Head::Generic(r) => role::person_noun(speech, r),
            _ => false,
        };
        who.then_some((p, "agent of the verb in the passive"))
    })
}

/// The most tokens of its clause read on either side of an impersonal verb.
const IMPERSONAL: usize = 16;

/// `heißt es in einer Erklärung des Verbands`, `In dem Brief heißt es`,
/// `hieß es vom Sprecher Paul Brandt`: the one who speaks is named after a
/// preposition in the clause of the verb; a document gives way to whose
/// it is. Nothing when no one is named there.
pub(super) fn impersonal(speech: &Speech, lex: &Lexicon, toks: &[Token], c: usize) -> Option<Found> {
    let s = clause_start(toks, c).max(c.saturating_sub(IMPERSONAL));
    let end = (c + 1..toks.len().min(c + 1 + IMPERSONAL)).find(|&k| boundary(&toks[k])).unwrap_or(toks.len());
    (s..end)
        .filter(|&k| k != c && speech.impersonal_sources.contains(&toks[k].text.to_lowercase().as_str()))
        .find_map(|k| {
            let mut p = phrase::at(speech, lex, toks, k + 1, true)?;
            // `in dem Brief der Ministerin`: the document's owner
            if matches!(p.head, Head::Generic(_)) && toks.get(p.end).is_some_and(|t| speech.genitive.contains(&t.text))
            {
                p = phrase::at(speech, lex, toks, p.end, true)?;
            }
            // a single word there may be a place (`aus Paris`): only a name in full
            let who = match &p.head {
                Head::Person { name, .. } => name.contains(' '),
                Head::People(_) | Head::Role(_) | Head::Organisation | Head::Document => true,
                _ => false,
            };
            who.then_some((p, "source named with the impersonal cue"))
        })
        .or_else(|| (s..end).filter(|&k| k != c).find_map(|k| written_in(speech, lex, toks, k)))
}

/// `Auf der documenta-Homepage heißt es`, `heißt es in einer gestern
/// verbreiteten Erklärung`, `Im letzten Satz der Anordnung heißt es`: the
/// written source a preposition at `k` names, past attributes, or whose
/// it is when its owner can speak.
fn written_in(speech: &Speech, lex: &Lexicon, toks: &[Token], k: usize) -> Option<Found> {
    if !lower_in(speech.impersonal_sources, toks[k].text) {
        return None;
    }
    let article = |t: &Token| {
        lower_in(speech.subject_articles, t.text)
            || lower_in(speech.object_articles, t.text)
            || lower_in(speech.genitive_articles, t.text)
            || speech.possessives.iter().any(|(w, _)| t.text.eq_ignore_ascii_case(w))
    };
    let noun_at = |from: usize| {
        let mut j = from;
        j += usize::from(toks.get(j).is_some_and(article));
        let attributes = (j..toks.len().min(j + 3))
            .take_while(|&n| toks[n].is_word() && !toks[n].text.contains(char::is_uppercase))
            .count();
        j += attributes;
        let w = toks.get(j).filter(|t| t.is_word())?;
        let last = w.text.rsplit('-').next().unwrap_or(w.text);
        last.starts_with(char::is_uppercase).then_some(j)
    };
    let j = noun_at(k + 1)?;
    let document = |n: usize| role::compound_in(speech, speech.documents, toks[n].text);
    // `im letzten Satz der Anordnung`: a part of the document named after it
    let genitive = |n: usize| toks.get(n + 1).is_some_and(|t| speech.genitive.contains(&t.text));
    let j = if document(j) {
        j
    } else {
        Some(j).filter(|&n| genitive(n)).and_then(|n| noun_at(n + 1)).filter(|&n| document(n))?
    };
    // the document's owner, when it can speak (`in einer Erklärung des Verbands`)
    if genitive(j)
        && let Some(p) = phrase::at(speech, lex, toks, j + 1, true)
        && matches!(p.head, Head::Person { .. } | Head::People(_) | Head::Role(_) | Head::Organisation)
    {
        return Some((p, "owner of the written source named with the impersonal cue"));
    }
    let p = Phrase { head: Head::Document, start: k + 1, end: j + 1, words: toks[j].text.to_string() };
    Some((p, "written source named with the impersonal cue"))
}
