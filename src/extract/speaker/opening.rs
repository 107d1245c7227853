//! The subject that opens a quotation's sentence speaks when no cue
//! names anyone: `Müller sieht das gelassen: „…“`, `Die Ministerin
//! feierte die Einigung als „…“`. The phrase may carry a bracket, a name in
//! apposition or a relative clause before its verb (`Der Ermittler, der als
//! Zeuge gilt, will …: „…“`); every look-around stays inside the window of
//! the quotation's head.

use crate::model::claim::SpeakerKind;
use crate::text::words::Token;

use super::phrase::{self, Head, Phrase};
use super::{Attribution, Context, Memory};

/// The most tokens of a relative clause skipped between a subject and its verb.
const RELATIVE: usize = 14;

/// The index of the finite verb after the subject `p` in `head`: right
/// after it, or after a bracket (`X (Partei) sieht`), the comma that closes
/// a name in apposition (`Der Leiter, Paul Brandt, sieht`) or a relative
/// clause (`Der Ermittler, der als Zeuge gilt, will`). `None` unless a word
/// in lower case stands there.
fn verb_after(ctx: &Context, head: &[Token], p: &Phrase) -> Option<usize> {
    let mut k = p.end;
    if head.get(k).is_some_and(|t| t.text == "(") {
        k += head[k..].iter().take(8).position(|t| t.text == ")")? + 1;
    }
    if head.get(k).is_some_and(|t| t.text == ",") {
        let relative = head.get(k + 1).is_some_and(|t| ctx.speech.relatives.contains(&t.text));
        let apposition = k > p.start && head[k - 1].is_capitalized() && head[p.start..k].iter().any(|t| t.text == ",");
        if relative {
            k += 1 + head[k + 1..].iter().take(RELATIVE).position(|t| t.text == ",")? + 1;
        } else if apposition {
            k += 1;
        } else {
            return None;
        }
    }
    head.get(k).is_some_and(|t| t.is_lowercase()).then_some(k)
}

/// `X verb …: „…“`: the phrase that opens the sentence, when it names a
/// person, a role, several people or a body and a lower-case verb follows.
pub(super) fn colon_subject(
    ctx: &Context,
    memory: &Memory,
    sentence: usize,
    opens: bool,
    head: &[Token],
) -> Option<Attribution> {
    if !opens {
        return None;
    }
    // the main clause's subject: not one after `Wie` (`Wie die Zeitung berichtet, …`)
    let p = phrase::at(ctx.speech, &ctx.lex, head, 0, false)?;
    let verb = verb_after(ctx, head, &p).is_some();
    // a noun for people that is no known role speaks here too (`Die
    // Bewohner sehen das gelassen: „…“`): the colon gives it the words
    let speaks = match &p.head {
        Head::Person { .. } | Head::People(_) | Head::Role(_) | Head::Organisation => true,
        Head::Generic(r) => super::role::person_noun(ctx.speech, r),
        _ => false,
    };
    if verb && p.head == Head::Media {
        // `Die Nachrichtenagentur meldet: „…“`: a medium that opens the
        // sentence and introduces the words speaks for itself
        let evidence = Some(format!("cue `:`; the sentence's subject before a colon, a medium: `{}`", p.words));
        let (speaker, kind) = (Some(p.words), Some(SpeakerKind::Organisation));
        return Some(Attribution { speaker, kind, cue: Some(":".into()), adjacent: true, evidence, verb: false });
    }
    if !(verb && speaks) {
        return None;
    }
    let a =
        ctx.attribution(memory, sentence, Some((p, "the sentence's subject before a colon")), head, ":".into(), true);
    a.speaker.is_some().then_some(a)
}

/// The cue of a speaker who is the subject of the quotation's sentence
/// without a verb of speech: it gives a speaker, but does not make a term
/// speech.
pub(crate) const SUBJECT: &str = "subject";

/// The person, people, role or body that opens the sentence before the
/// quotation as its subject (a finite verb in lower case follows), when
/// no other person is named between it and the quotation.
pub(super) fn opening_subject(ctx: &Context, memory: &Memory, sentence: usize, head: &[Token]) -> Option<Attribution> {
    let speech = ctx.speech;
    let first = head.first()?;
    if speech.subordinators.contains(&first.text.to_lowercase().as_str()) {
        return None;
    }
    let p = phrase::at(speech, &ctx.lex, head, 0, false)?;
    if !matches!(p.head, Head::Person { .. } | Head::People(_) | Head::Role(_) | Head::Organisation) {
        return None;
    }
    let verb = verb_after(ctx, head, &p)?;
    // someone else named after the verb may be the one who speaks
    let other = (verb + 1..head.len()).any(|k| {
        head[k].is_capitalized()
            && ctx.lex.is_name(speech, &head[k])
            && phrase::at(speech, &ctx.lex, head, k, false).is_some_and(|q| matches!(q.head, Head::Person { .. }))
    });
    if other {
        return None;
    }
    let mut a = ctx.attribution(
        memory,
        sentence,
        Some((p, "the subject that opens the sentence")),
        head,
        SUBJECT.into(),
        false,
    );
    // a single word there may be a place: only a name the source gives in full
    let single = a.kind == Some(SpeakerKind::Person) && a.speaker.as_ref().is_some_and(|s| !s.contains(' '));
    (a.speaker.is_some() && !single).then(|| {
        a.verb = false;
        a
    })
}
