//! Cues of speech: verbs (with the particle of a separable verb later in
//! the clause: `stellte … fest`), nouns (`mit den Worten`, `statement`),
//! named sources (`laut X`, `X zufolge`, `according to X`), the passive
//! `wird X zitiert`, `so X`, and the colon after a bare speaker (`X: „…“`).

use crate::lang::Speech;
use crate::text::words::Token;

/// What kind of cue was found, which decides where its speaker stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A speech verb: the subject before or after it.
    Verb,
    /// `told`: the one before speaks, the one after listens.
    Telling,
    /// `wird X zitiert`, `zitierte die Agentur den Sprecher`.
    Quoted,
    /// `„…“, so X`.
    So,
    /// A noun of speech: the subject of its clause.
    Noun,
    /// `laut X`, `according to X`: the phrase after the cue's words.
    SourceBefore,
    /// `X zufolge`: the phrase before.
    SourceAfter,
}

/// A cue at token `at` of a window; `words` as written for the evidence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cue {
    pub at: usize,
    /// The first token after the cue's words.
    pub next: usize,
    pub kind: Kind,
    pub words: String,
}

fn clause_end(t: &Token) -> bool {
    matches!(t.text, "," | ":" | ";" | "." | "!" | "?" | "(" | ")")
}

/// The most tokens between a separable verb and its particle.
const PARTICLE: usize = 20;

/// Whether the words `particle` (`fest`, `zu bedenken`) follow `toks[from..]`
/// before the clause ends; the index after them. A name in apposition
/// between commas is no end of the clause (`brachte die Sprecherin, Anna
/// Weber, zum Ausdruck`), a relative clause is.
fn particle_after(toks: &[Token], from: usize, particle: &str) -> Option<usize> {
    let parts: Vec<&str> = particle.split(' ').collect();
    let capitalized = |k: usize| toks.get(k).is_some_and(Token::is_capitalized);
    let apposition = |k: usize| {
        toks[k].text == ","
            && (capitalized(k + 1)
                || toks.get(k + 1).is_some_and(|t| t.is_lowercase() && t.text.len() <= 3) && capitalized(k + 2))
    };
    let limit = toks.len().min(from + PARTICLE);
    // the comma that opens an apposition, then the one that closes it
    let mut open = false;
    let end = (from.min(limit)..limit)
        .find(|&k| {
            if toks[k].text == "," && (open || apposition(k)) {
                open = !open;
                return false;
            }
            clause_end(&toks[k])
        })
        .unwrap_or(limit);
    (from..end.saturating_sub(parts.len() - 1)).find_map(|k| {
        parts.iter().enumerate().all(|(n, p)| toks[k + n].text.eq_ignore_ascii_case(p)).then_some(k + parts.len())
    })
}

fn regular(speech: &Speech, stem: &str, w: &str) -> bool {
    if let Some(rest) = w.strip_prefix(stem)
        && speech.endings.contains(&rest)
    {
        return true;
    }
    // the participle: `gesagt`, but `erklärt` for stems with a prefix of their own
    let prefix = speech.participle_prefix;
    !prefix.is_empty()
        && w.strip_prefix(prefix).and_then(|r| r.strip_prefix(stem)).is_some_and(|r| r == "t" || r == "et")
        && !speech.unprefixed.iter().any(|u| stem.starts_with(u))
}

/// `w` without the particle written as one word in front (`festgestellt`
/// for `fest`, `zubedenken` for `zu bedenken`), without allocating.
fn strip_joined<'w>(w: &'w str, particle: &str) -> Option<&'w str> {
    particle.split(' ').try_fold(w, |rest, part| rest.strip_prefix(part))
}

/// Whether `toks[i]` is a speech verb, and the index after its words (past
/// the particle of a separable verb).
fn verb(speech: &Speech, toks: &[Token], i: usize) -> Option<usize> {
    let t = &toks[i];
    if !t.is_lowercase() {
        return None;
    }
    let w = t.text;
    if speech.forms.contains(&w) || speech.stems.iter().any(|s| regular(speech, s, w)) {
        return Some(i + 1);
    }
    for entry in speech.separable {
        let Some((particle, stem)) = entry.rsplit_once(' ') else { continue };
        if strip_joined(w, particle).is_some_and(|r| regular(speech, stem, r)) {
            return Some(i + 1);
        }
        if regular(speech, stem, w)
            && let Some(end) = particle_after(toks, i + 1, particle)
        {
            return Some(end);
        }
    }
    for entry in speech.separable_forms {
        let Some((particle, form)) = entry.rsplit_once(' ') else { continue };
        if strip_joined(w, particle) == Some(form) {
            return Some(i + 1);
        }
        if w == form
            && let Some(end) = particle_after(toks, i + 1, particle)
        {
            return Some(end);
        }
    }
    None
}

/// The cue at `toks[i]`, if there is one.
/// Whether `toks[k]` is a noun of what someone says or thinks (`Angaben`,
/// `Ansicht`, `Worten`) that names its source (`nach Angaben des X`).
pub(crate) fn source_noun(speech: &Speech, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| speech.source_nouns.contains(&t.text.to_lowercase().as_str()))
}

/// The subject pronoun a possessive determiner stands for (`seiner` → `er`).
pub(crate) fn possessive(speech: &Speech, word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    speech.possessives.iter().find(|(p, _)| *p == w).map(|&(_, pronoun)| pronoun)
}

/// `die nicht näher bezeichnete „…“`: a participle with an adjective's
/// ending after an adverb or an article, right before a quotation, is an
/// attribute of it. `quoted` tells that the quotation follows `toks[i]`
/// (the last word before its opening mark).
pub(crate) fn attributive(speech: &Speech, toks: &[Token], i: usize, quoted: bool) -> bool {
    if speech.attributive_adverbs.is_empty() || i == 0 || i >= toks.len() {
        return false;
    }
    let before = toks[i - 1].text.to_lowercase();
    let opens_quote = quoted || toks.get(i + 1).is_some_and(|t| matches!(t.text, "„" | "»" | "\"" | "‚"));
    opens_quote
        && toks[i].is_lowercase()
        && toks[i].text.ends_with(['e', 'n', 'r', 's', 'm'])
        && (speech.attributive_adverbs.contains(&before.as_str())
            || speech.subject_articles.contains(&before.as_str())
            || speech.object_articles.contains(&before.as_str()))
}

pub(crate) fn at(speech: &Speech, toks: &[Token], i: usize) -> Option<Cue> {
    let t = &toks[i];
    let lower = t.text.to_lowercase();
    let cue = |kind, next: usize| {
        let words = if next > i + 1 { format!("{} … {}", t.text, toks[next - 1].text) } else { t.text.to_string() };
        Some(Cue { at: i, next, kind, words })
    };
    if speech.quoted.contains(&lower.as_str()) {
        return cue(Kind::Quoted, i + 1);
    }
    if speech.telling.contains(&lower.as_str()) {
        return cue(Kind::Telling, i + 1);
    }
    if speech.so.contains(&t.text) && (i == 0 || toks[i - 1].text == ",") {
        return cue(Kind::So, i + 1);
    }
    if speech.source_after.contains(&lower.as_str()) {
        return cue(Kind::SourceAfter, i + 1);
    }
    for s in speech.source_before {
        let parts: Vec<&str> = s.split(' ').collect();
        if toks.len() >= i + parts.len()
            && parts.iter().enumerate().all(|(n, p)| toks[i + n].text.eq_ignore_ascii_case(p))
        {
            return Some(Cue { at: i, next: i + parts.len(), kind: Kind::SourceBefore, words: s.to_string() });
        }
    }
    // `Seiner Ansicht nach`: a possessive, a noun of what one thinks, then the preposition
    let noun = |k: usize| source_noun(speech, toks, k);
    if possessive(speech, t.text).is_some()
        && noun(i + 1)
        && toks.get(i + 2).is_some_and(|t| speech.source_preposition.contains(&t.text))
    {
        let words = format!("{} {} {}", t.text, toks[i + 1].text, toks[i + 2].text);
        return Some(Cue { at: i, next: i, kind: Kind::SourceBefore, words });
    }
    // `nach Angaben von X`, `nach den Worten des X`
    if speech.source_preposition.contains(&lower.as_str()) {
        // `nach seinen Worten`, `nach Schäubles Idee`: whose they are before the noun
        let owner = toks.get(i + 1).is_some_and(|n| {
            possessive(speech, n.text).is_some()
                || n.is_capitalized() && n.text.len() > 3 && n.text.ends_with('s') && !noun(i + 1)
        });
        if owner && noun(i + 2) {
            let words = format!("{} {} {}", t.text, toks[i + 1].text, toks[i + 2].text);
            return Some(Cue { at: i, next: i + 1, kind: Kind::SourceBefore, words });
        }
        let article = toks
            .get(i + 1)
            .is_some_and(|n| speech.object_articles.contains(&n.text) || speech.subject_articles.contains(&n.text));
        let n = i + 1 + usize::from(article);
        if source_noun(speech, toks, n) && toks.get(n + 1).is_some_and(|t| speech.genitive.contains(&t.text)) {
            let words = format!("{} {} {}", t.text, toks[n].text, toks[n + 1].text);
            // the genitive article opens the phrase of the source
            let next = if speech.genitive_articles.contains(&toks[n + 1].text) { n + 1 } else { n + 2 };
            return Some(Cue { at: i, next, kind: Kind::SourceBefore, words });
        }
    }
    if attributive(speech, toks, i, false) {
        return None;
    }
    if let Some(next) = verb(speech, toks, i) {
        return cue(Kind::Verb, next);
    }
    if speech.nouns.contains(&lower.as_str()) {
        return cue(Kind::Noun, i + 1);
    }
    None
}
