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
    let s = &ctx.doc.sentences[index];
    let text = &ctx.doc.source.text;
    let toks = window::words(text, window::after(text, s.start, s.end, window::SENTENCE));
    let mut start = 0;
    while toks.get(start).is_some_and(|t| ctx.speech.subordinators.contains(&t.text.to_lowercase().as_str())) {
        start += 1;
    }
    let p = phrase::at(ctx.speech, &ctx.lex, &toks, start, false)?;
    let reaches = toks.get(p.end).is_some_and(|t| t.is_lowercase() || t.text == ",");
    let end = toks[p.end - 1].end;
    match &p.head {
        // a single word may be a place: only a full name, or one the source gives in full
        Head::Person { name, .. } if reaches => {
            let full = ctx.reg.resolve_name(name, toks[p.start].start);
            full.contains(' ').then_some((full, end))
        }
        Head::Role(role) if reaches => ctx.reg.resolve_role(role, toks[p.start].start).map(|n| (n, end)),
        _ => None,
    }
}

/// The person a subject pronoun in sentence `index` stands for: the more
/// recent of the last speaker and the person opening one of the two
/// sentences before (in the same paragraph).
pub(crate) fn pronoun(ctx: &Context, memory: &Memory, index: usize, at: usize) -> Option<(String, String)> {
    let paragraph = ctx.doc.sentences[index].paragraph;
    // `Sarkozy bestritt es, indem er sagte`: the subject of the same sentence
    if let Some((name, start)) = subject_of(ctx, index)
        && start < at
    {
        return Some((name, "the subject of the sentence".into()));
    }
    let recent = memory
        .last
        .as_ref()
        .filter(|s| s.sentence <= index && index - s.sentence <= 3 && s.kind == SpeakerKind::Person);
    for back in 1..=2.min(index) {
        let j = index - back;
        if recent.is_some_and(|r| r.sentence >= j) {
            break;
        }
        if ctx.doc.sentences[j].paragraph != paragraph && back > 1 {
            break;
        }
        if let Some((name, _)) = subject_of(ctx, j) {
            return Some((name, format!("the subject of the sentence {back} before")));
        }
    }
    let r = recent?;
    let same_paragraph = ctx.doc.sentences[r.sentence].paragraph == paragraph || r.sentence + 1 == index;
    same_paragraph.then(|| (r.speaker.clone(), "the last speaker".to_string()))
}
