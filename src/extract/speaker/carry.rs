//! Speakers carried across sentences: a pronoun (`Er sagte: „…“`) refers
//! to the most recent person in subject position — the last speaker, or
//! the person who opens one of the sentences before; a quotation that
//! opens its sentence continues the speaker of the sentence before. A new
//! paragraph that names someone else stops the carrying.

use crate::model::claim::SpeakerKind;

use super::phrase::{self, Head};
use super::{Context, window};

/// The last speaker given to a quotation, for the quotations after it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memory {
    pub last: Option<Said>,
}

/// A speaker and where it was given.
#[derive(Debug, Clone)]
pub(crate) struct Said {
    pub sentence: usize,
    pub speaker: String,
    pub kind: SpeakerKind,
}

/// The person that opens sentence `index` as its subject, resolved, and
/// the byte where the phrase ends.
pub(crate) fn subject_of(ctx: &Context, index: usize) -> Option<(String, usize)> {
    subject_any(ctx, index).filter(|s| s.2 == SpeakerKind::Person).map(|(name, end, _)| (name, end))
}

/// As [`subject_of`], but also a role the source does not name (`Der
/// Student`, a noun for people after an article) or a body: what a
/// pronoun in the same sentence or the next may stand for.
fn subject_any(ctx: &Context, index: usize) -> Option<(String, usize, SpeakerKind)> {
    let s = &ctx.doc.sentences[index];
    let text = &ctx.doc.source.text;
    let toks = window::words(text, window::after(text, s.start, s.end, window::SENTENCE));
    // `critical. " Francesca Grifo … said`: the mark that closes the
    // quotation before, set off by a space, opens no phrase
    let closing =
        |t: &crate::text::words::Token| matches!(t.text, "\"" | "”") && text[t.end..].starts_with(char::is_whitespace);
    let mut start = usize::from(toks.first().is_some_and(closing) && toks.len() > 1);
    while toks.get(start).is_some_and(|t| ctx.speech.subordinators.contains(&t.text.to_lowercase().as_str())) {
        start += 1;
    }
    // `Da Frankfurt gewann, war Trainer Thomas Schaaf zufrieden`: after a
    // clause that opens the sentence, the subject after the main verb
    if start > 0
        && let Some(c) = toks.iter().take(MAIN_CLAUSE).position(|t| t.text == ",")
        && toks.get(c + 1).is_some_and(|t| t.is_lowercase())
        && let Some(found) = named_at(ctx, &toks, c + 2)
    {
        return Some(found);
    }
    // `Im März hatte Christian Füller …`: a name right after the verb that
    // follows an opening phrase (`Dabei wurde ein 39-jähriger Landwirt
    // getroffen`: a noun for people there too)
    if let Some(a) = toks.iter().take(MAIN_CLAUSE).position(|t| ctx.speech.auxiliaries.contains(&t.text))
        && a > 0
        && !toks[..a].iter().any(|t| t.text == ",")
        && phrase::at(ctx.speech, &ctx.lex, &toks, start, false).is_none()
    {
        if let Some(found) = named_at(ctx, &toks, a + 1) {
            return Some(found);
        }
        if let Some(p) = phrase::at(ctx.speech, &ctx.lex, &toks, a + 1, false)
            && matches!(&p.head, Head::Generic(r) if super::role::person_noun(ctx.speech, r))
        {
            return Some((p.words.clone(), toks[p.end - 1].end, SpeakerKind::Role));
        }
    }
    let p = phrase::at(ctx.speech, &ctx.lex, &toks, start, false)?;
    // `Franz Müntefering (SPD), hat`: a bracket after the name stays with it
    let reaches = toks.get(p.end).is_some_and(|t| t.is_lowercase() || matches!(t.text, "," | "("));
    let end = toks[p.end - 1].end;
    match &p.head {
        // a single word may be a place: only a full name, or one the source gives in full
        Head::Person { name, .. } if reaches => {
            let full = ctx.reg.resolve_name(name, toks[p.start].start);
            full.contains(' ').then_some((full, end, SpeakerKind::Person))
        }
        Head::Role(role) if reaches => Some(match ctx.reg.resolve_role(role, toks[p.start].start) {
            Some(n) => (n, end, SpeakerKind::Person),
            None => (p.words.clone(), end, SpeakerKind::Role),
        }),
        Head::Generic(role) if reaches && super::role::person_noun(ctx.speech, role) => {
            Some((p.words.clone(), end, SpeakerKind::Role))
        }
        Head::Organisation if reaches => Some((p.words.clone(), end, SpeakerKind::Organisation)),
        _ => None,
    }
}

/// How far into a sentence its main clause's verb is looked for.
const MAIN_CLAUSE: usize = 16;

/// A person named in full (or a role resolved to one) at `toks[k]`, and
/// the byte where the phrase ends.
fn named_at(ctx: &Context, toks: &[crate::text::words::Token], k: usize) -> Option<(String, usize, SpeakerKind)> {
    let p = phrase::at(ctx.speech, &ctx.lex, toks, k, false)?;
    let end = toks[p.end - 1].end;
    let name = match &p.head {
        Head::Person { name, .. } => ctx.reg.resolve_name(name, toks[p.start].start),
        Head::Role(role) => ctx.reg.resolve_role(role, toks[p.start].start)?,
        _ => return None,
    };
    name.contains(' ').then_some((name, end, SpeakerKind::Person))
}

/// How many sentences back a pronoun or reported speech looks for its person.
pub(crate) const BACK: usize = 3;

/// The person a subject pronoun in sentence `index` stands for: the more
/// recent of the last speaker and the person in subject position in one of
/// the sentences before (the one who opens it, or who speaks in it), in
/// the same paragraph or the sentence right before.
pub(crate) fn pronoun(
    ctx: &Context,
    memory: &Memory,
    index: usize,
    at: usize,
    word: &str,
) -> Option<(String, String, SpeakerKind)> {
    let paragraph = ctx.doc.sentences[index].paragraph;
    // `er` is no woman the source names as one (`die Ministerin Anna
    // Weber`), `sie` no man
    let wanted = super::role::pronoun_sex(ctx.speech, word);
    let sex = |who: &str, kind: SpeakerKind| ctx.reg.sex_of(ctx.speech, who, kind == SpeakerKind::Person);
    let fits_kind = |who: &str, kind: SpeakerKind| match (wanted, sex(who, kind)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    let fits = |who: &str| fits_kind(who, SpeakerKind::Person);
    // `Sie sprach mit dem Anwalt Rainer Wittner. Dieser sagte`: a
    // demonstrative stands for the person named last
    if ctx.speech.demonstratives.contains(&word) {
        let floor = ctx.doc.sentences[index.saturating_sub(1)].start;
        return named_before(ctx, floor, at, true)
            .map(|name| (name, "the person named right before".to_string(), SpeakerKind::Person));
    }
    // `Sarkozy bestritt es, indem er sagte`, `Der Student schlief ein, dann
    // fragte er`: the subject of the same sentence
    if let Some((name, start, kind)) = subject_any(ctx, index)
        && start < at
        && fits_kind(&name, kind)
    {
        return Some((name, "the subject of the sentence".into(), kind));
    }
    // `According to reports Tara Reid's rep Jack Ketsoyan left a statement,
    // he said`: with no subject read, a person named before the pronoun in
    // its own sentence, in no object's place, a clause before it
    // (right after a role, not after an article: `the adjacent Crowley Maritime Corp.`)
    let start = ctx.doc.sentences[index].start;
    let text = &ctx.doc.source.text;
    let first = |name: &str| name.split(' ').next().unwrap_or(name).to_string();
    if let Some(name) = person_before(ctx, start, at).filter(|n| fits(n))
        && let Some(named) = text[start..at].rfind(&first(&name))
        && text[start + named..at].contains(',')
        && text[start..start + named]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| super::role::class(ctx.speech, w).is_some())
    {
        return Some((name, "the person named before in the sentence".into(), SpeakerKind::Person));
    }
    // a pronoun met while resolving a sentence before resolves no further
    if ctx.depth.get() > 0 {
        return None;
    }
    let recent = memory
        .last
        .as_ref()
        .filter(|s| s.sentence <= index && index - s.sentence <= BACK + 1 && s.kind == SpeakerKind::Person);
    for back in 1..=BACK.min(index) {
        let j = index - back;
        if recent.is_some_and(|r| r.sentence >= j) {
            break;
        }
        // a chain of sentences about the same `er` may cross a paragraph
        let chain = back > 1 && opens_with_pronoun(ctx, j + 1);
        if ctx.doc.sentences[j].paragraph != paragraph && back > 1 && !chain {
            break;
        }
        // a role the source does not name only from the sentence right
        // before, or through sentences that all open with a pronoun (`Dabei
        // wurde ein Landwirt getroffen. Er war … Er sagte aus:`)
        let through_pronouns = || (j + 1..index).all(|k| opens_with_pronoun(ctx, k));
        let subject = match subject_any(ctx, j) {
            Some(s) if s.2 == SpeakerKind::Person || s.2 == SpeakerKind::Role && (back == 1 || through_pronouns()) => {
                Some(s)
            }
            _ => None,
        };
        if let Some((name, _, kind)) = subject.filter(|s| fits_kind(&s.0, s.2)) {
            return Some((name, format!("the subject of the sentence {back} before"), kind));
        }
        if let Some(name) = speaker_in(ctx, memory, j).filter(|n| fits(n)) {
            return Some((name, format!("the speaker of the sentence {back} before"), SpeakerKind::Person));
        }
    }
    // the last speaker, when no paragraph lies between; otherwise the
    // person named right before
    if let Some(r) = recent
        && (ctx.doc.sentences[r.sentence].paragraph == paragraph || r.sentence + 1 == index)
        && fits(&r.speaker)
    {
        return Some((r.speaker.clone(), "the last speaker".to_string(), SpeakerKind::Person));
    }
    nearest_person(ctx, index, at)
        .filter(|n| fits(n))
        .map(|name| (name, "the person named right before".to_string(), SpeakerKind::Person))
}

/// Whether sentence `index` has a subject pronoun among its first words
/// (`Er werde …`, `Vor Journalisten sagte er …`).
fn opens_with_pronoun(ctx: &Context, index: usize) -> bool {
    let s = &ctx.doc.sentences[index];
    let text = &ctx.doc.source.text;
    let toks = window::words(text, window::after(text, s.start, s.end, 60));
    toks.iter().take(5).any(|t| ctx.speech.pronouns.contains(&t.text.to_lowercase().as_str()))
}

/// The person named last before byte `at` in sentence `index` or the one
/// before it, not after a preposition or an object's article (`war
/// Trainer Paul Brandt zufrieden: „…“, sagte er`): only a name the source
/// gives in full.
pub(crate) fn nearest_person(ctx: &Context, index: usize, at: usize) -> Option<String> {
    person_before(ctx, ctx.doc.sentences[index.saturating_sub(1)].start, at)
}

/// The person named last between `floor` and `at`, as [`nearest_person`].
pub(crate) fn person_before(ctx: &Context, floor: usize, at: usize) -> Option<String> {
    named_before(ctx, floor, at, false)
}

/// The person named last between `floor` and `at`; with `objects` also
/// one after a preposition or an object's article (`traf den Anwalt X`).
fn named_before(ctx: &Context, floor: usize, at: usize, objects: bool) -> Option<String> {
    let text = &ctx.doc.source.text;
    let toks = window::words(text, window::before(text, floor, at, window::SENTENCE));
    let speech = ctx.speech;
    let object = |t: &crate::text::words::Token| {
        let l = t.text.to_lowercase();
        !objects && (speech.prepositions.contains(&l.as_str()) || speech.object_articles.contains(&l.as_str()))
    };
    // never inside a quotation: its words are no one's name (marks toggle,
    // read from the end, where no quotation is open)
    let mut inside = false;
    let outside: Vec<bool> = (0..toks.len())
        .rev()
        .map(|k| {
            if matches!(toks[k].text, "“" | "”" | "\"" | "«" | "»" | "„") {
                inside = !inside;
                return false;
            }
            !inside
        })
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (0..toks.len()).rev().find_map(|k| {
        // (a capitalized word after a numeral is what is counted: `8,6 Milliarden Euro`)
        let counted = k > 0 && toks[k - 1].text.starts_with(|c: char| c.is_ascii_digit());
        if !outside[k]
            || !toks[k].is_capitalized()
            || counted
            || k > 0 && (object(&toks[k - 1]) || toks[k - 1].is_capitalized())
        {
            return None;
        }
        if k > 1 && speech.subject_articles.contains(&toks[k - 1].text) && object(&toks[k - 2]) {
            return None;
        }
        let p = phrase::at(speech, &ctx.lex, &toks, k, false)?;
        let name = match &p.head {
            Head::Person { name, .. } => ctx.reg.resolve_name(name, toks[k].start),
            _ => return None,
        };
        name.contains(' ').then_some(name)
    })
}

/// The person who speaks in sentence `index` without quotation marks
/// (`Brandt kritisierte den Plan`, `sagte Brandt`), resolved without
/// following pronouns further back.
pub(crate) fn speaker_in(ctx: &Context, memory: &Memory, index: usize) -> Option<String> {
    ctx.depth.set(ctx.depth.get() + 1);
    let a = super::indirect(ctx, memory, index);
    ctx.depth.set(ctx.depth.get() - 1);
    let a = a?;
    (a.kind == Some(SpeakerKind::Person)).then_some(a.speaker).flatten()
}
