//! Quotations: the spans of [`super::marks`] told apart as speech or term,
//! each sentence of a long quotation a claim of its own, with the speaker
//! found by [`super::speaker`].

use std::ops::Range;

use crate::model::claim::{Claim, ClaimValue, Quote, QuoteKind};
use crate::model::frame::Frame;
use crate::prepare::document::Document;

use super::marks::{self, Span, Unbalanced};
use super::speaker::{self, Attribution, Context, Memory, Said};

/// The quotations of a document, with the warnings their marks gave.
pub fn find(doc: &Document, aliases: &[(String, String)]) -> (Vec<Claim>, Vec<Unbalanced>) {
    let text = &doc.source.text;
    // the words and people of the source, gathered once the first quotation needs them
    let context = std::cell::OnceCell::new();
    let context = || context.get_or_init(|| Context::new(doc, aliases));
    let mut claims: Vec<Claim> = Vec::new();
    let mut warnings = Vec::new();
    let mut memory = Memory::default();
    for block in paragraphs(doc) {
        let (spans, bad) = marks::spans(text, block.clone());
        warnings.extend(bad);
        // marks around no word at all (`„„““`) quote nothing
        let spans: Vec<Span> =
            spans.into_iter().filter(|s| text[s.inner.clone()].chars().any(char::is_alphanumeric)).collect();
        let mut found = Vec::with_capacity(spans.len());
        let mut shapes = Vec::with_capacity(spans.len());
        for (i, span) in spans.iter().enumerate() {
            let floor = if i > 0 { spans[i - 1].outer.end } else { block.start };
            let ceil = spans.get(i + 1).map_or(block.end, |s| s.outer.start);
            let words = &text[span.inner.clone()];
            let title = speaker::is_title(context(), floor, span.outer.clone(), words) || in_list(doc, &spans, i);
            let reported = !title
                && word_count(text, span) <= LONG
                && words.split_whitespace().any(|w| w.starts_with(char::is_lowercase))
                && speaker::in_reported_speech(context(), floor, ceil, span.outer.clone());
            let one_word = !words.contains(char::is_whitespace)
                && words.starts_with(char::is_uppercase)
                && !words.ends_with(['.', '!', '?']);
            let predicate = one_word && speaker::predicative(context(), floor, span.outer.start);
            let named = speaker::name_shape(words);
            let shape = Shape { title, reported, one_word, predicate, named };
            // (a name or title in marks between the quotation and its cue is
            // part of the sentence: `zitiert die „Computerwoche“ Lynch`)
            let (near_floor, near_ceil) = bridged(text, &spans, i, block.clone());
            let attribution = speaker::attribute(context(), &memory, span, near_floor, near_ceil);
            // a speech quotation without a speaker ends what the one before carried
            if is_speech(text, span, &attribution, shape) {
                let sentence = doc.sentence_at(span.outer.end.saturating_sub(1));
                memory.last = match (&attribution.speaker, attribution.kind, sentence) {
                    (Some(speaker), Some(kind), Some(sentence)) => {
                        Some(Said { sentence, speaker: speaker.clone(), kind })
                    }
                    _ => None,
                };
            }
            found.push(attribution);
            shapes.push(shape);
        }
        let attributions = sentence_cues(doc, &spans, found);
        let speech: Vec<bool> =
            spans.iter().zip(&attributions).zip(&shapes).map(|((s, a), shape)| is_speech(text, s, a, *shape)).collect();
        let (speech, attributions) = coordinated(doc, &spans, &shapes, speech, attributions);
        for ((span, attribution), speech) in spans.into_iter().zip(attributions).zip(speech) {
            let kind = if speech { QuoteKind::Speech } else { QuoteKind::Term };
            let attribution = if speech { attribution } else { Attribution::default() };
            for part in parts(text, span.inner.clone()) {
                claims.push(Claim {
                    start: part.start,
                    end: part.end,
                    value: ClaimValue::Quote(Quote {
                        words: text[part].to_string(),
                        speaker: attribution.speaker.clone(),
                        speaker_kind: attribution.speaker.as_ref().and(attribution.kind),
                        cue: attribution.cue.clone(),
                        speaker_evidence: attribution.speaker.as_ref().and(attribution.evidence.clone()),
                        kind,
                    }),
                    frame: Frame::default(),
                });
            }
        }
    }
    (claims, warnings)
}

/// The most names in marks the look-around of a quotation passes on either side.
const BRIDGED: usize = 2;

/// The ends of the look-around of quotation `i` in `block`: the
/// quotations before and after it, passing over up to [`BRIDGED`] short
/// names or titles in marks on either side (`von der „Netzeitung“ mit den
/// Worten zitiert`, `schrieb „Die Zeit“`).
fn bridged(text: &str, spans: &[Span], i: usize, block: Range<usize>) -> (usize, usize) {
    let short_name = |s: &Span| {
        let words = &text[s.inner.clone()];
        let n = words.split_whitespace().count();
        (1..=3).contains(&n)
            && words.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
            && !words.ends_with(['.', '!', '?', ',', ':', ';'])
    };
    // (not in a list of names: `(„Hartz IV“, „Rente mit 67“)`)
    let worded = |a: &Span, b: &Span| text[a.outer.end..b.outer.start].chars().any(char::is_alphabetic);
    let mut back = i;
    while back > 0 && i - back < BRIDGED && short_name(&spans[back - 1]) && worded(&spans[back - 1], &spans[back]) {
        back -= 1;
    }
    let floor = if back > 0 { spans[back - 1].outer.end } else { block.start };
    let mut ahead = i + 1;
    while ahead < spans.len()
        && ahead - i <= BRIDGED
        && short_name(&spans[ahead])
        && worded(&spans[ahead - 1], &spans[ahead])
    {
        ahead += 1;
    }
    let ceil = spans.get(ahead).map_or(block.end, |s| s.outer.start);
    (floor, ceil)
}

/// What the place and the words of a quotation tell before any cue.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// A name or a title (`das Motto „…“`, `in der „Neuen Zeitung“`).
    title: bool,
    /// A short quotation in a sentence of reported speech (`sei „…“`).
    reported: bool,
    /// One capitalized word (`„Spiegel“`, `„Wortbruch“`).
    one_word: bool,
    /// After a word that makes it what someone calls something (`als`).
    predicate: bool,
    /// In the shape of a name or a title (`„Zur Alten Post“`).
    named: bool,
}

/// Words in quotation marks are speech when a cue gives them to someone or
/// stands right next to them, or when they stand in reported speech; short
/// ones without such a cue are a term, and names and titles always are.
/// One capitalized word is speech only as what a speaker calls something.
fn is_speech(text: &str, span: &Span, a: &Attribution, shape: Shape) -> bool {
    let cue = a.cue.as_deref().is_some_and(|c| c != speaker::REPORTED && c != speaker::SUBJECT);
    // a speaker carried from the sentence before makes speech only next to it
    let cue = cue && (a.adjacent || a.cue.as_deref() != Some("continuation"));
    // one capitalized word is a name unless a speaker's verb calls
    // something so (`nannte den Plan einen „Fehler“`)
    if shape.one_word {
        return !shape.title && shape.predicate && a.verb && a.speaker.is_some();
    }
    // words in the shape of a name are speech only with someone who says them
    if shape.named && a.speaker.is_none() {
        return false;
    }
    !shape.title && (cue && (a.adjacent || a.speaker.is_some()) || shape.reported || word_count(text, span) > LONG)
}

/// Quotations of more words than this are speech even without a cue.
const LONG: usize = 4;

fn word_count(text: &str, span: &Span) -> usize {
    text[span.inner.clone()].split_whitespace().count()
}

/// Several quotations in one sentence with one cue at its end (`Doch „…“
/// gebe es „…“, sagte Putin`): the earlier ones take the later one's
/// speaker; and later ones without a cue take an earlier one's verb.
fn sentence_cues(doc: &Document, spans: &[Span], mut found: Vec<Attribution>) -> Vec<Attribution> {
    // quotations `a` and `b` stand in one sentence
    let together = |a: &Span, b: &Span| {
        doc.sentence_at(a.outer.start).is_some() && doc.sentence_at(a.outer.start) == doc.sentence_at(b.outer.start)
    };
    // quotation `to` takes the attribution of `from`
    let take = |found: &mut Vec<Attribution>, to: usize, from: usize, which: &str| {
        let evidence =
            found[from].evidence.as_ref().map(|e| format!("the cue of {which} quotation in the sentence: {e}"));
        found[to] = Attribution { adjacent: false, evidence, ..found[from].clone() };
    };
    for i in (0..spans.len().saturating_sub(1)).rev() {
        if together(&spans[i], &spans[i + 1])
            && found[i].cue.is_none()
            && found[i + 1].speaker.is_some()
            && found[i + 1].adjacent
        {
            take(&mut found, i, i + 1, "a later");
        }
    }
    // `X sagte, A sei „…“ und B solle wissen, „…“`: a later quotation
    // without a cue of its own stands in the clause an earlier one's verb
    // of speech introduced
    for i in 1..spans.len() {
        if together(&spans[i - 1], &spans[i])
            && found[i].cue.is_none()
            && found[i - 1].speaker.is_some()
            && found[i - 1].verb
        {
            take(&mut found, i, i - 1, "an earlier");
        }
    }
    found
}

/// Whether quotation `i` is one of a list of three or more joined by
/// commas (`„A“, „B“, „C“ oder „D“`): the titles of a programme, not speech.
fn in_list(doc: &Document, spans: &[Span], i: usize) -> bool {
    let text = &doc.source.text;
    let joiners = doc.lang.words().speech.coordinators;
    let joined = |a: usize| {
        let between = text[spans[a].outer.end..spans[a + 1].outer.start].trim();
        let word = between.strip_prefix(',').unwrap_or(between).trim();
        word.is_empty() || joiners.contains(&word)
    };
    let comma = |a: usize| text[spans[a].outer.end..spans[a + 1].outer.start].trim() == ",";
    // a few neighbours each way tell a list (bounded, so a run of
    // thousands of joined quotations stays linear)
    let mut from = i;
    while from > 0 && i - from < 3 && joined(from - 1) {
        from -= 1;
    }
    let mut to = i;
    while to + 1 < spans.len() && to - i < 3 && joined(to) {
        to += 1;
    }
    to - from >= 2 && (from..to).any(comma)
}

/// Two quotations joined by `und`/`oder` (`als „aggressiv“ und
/// „herausfordernd“`) are of one kind: the second of a spoken one is
/// spoken too, by the same speaker, and so is the first of a spoken second.
fn coordinated(
    doc: &Document,
    spans: &[Span],
    shapes: &[Shape],
    mut speech: Vec<bool>,
    mut found: Vec<Attribution>,
) -> (Vec<bool>, Vec<Attribution>) {
    let text = &doc.source.text;
    let joiners = doc.lang.words().speech.coordinators;
    for i in 1..spans.len() {
        let between = text[spans[i - 1].outer.end..spans[i].outer.start].trim();
        if between.len() > 8 || !joiners.contains(&between) || speech[i - 1] == speech[i] {
            continue;
        }
        let (from, to) = if speech[i - 1] { (i - 1, i) } else { (i, i - 1) };
        if shapes[to].title || found[from].speaker.is_none() {
            continue;
        }
        let evidence = found[from].evidence.as_ref().map(|e| format!("joined by `{between}` to a quotation: {e}"));
        found[to] = Attribution { adjacent: false, evidence, ..found[from].clone() };
        speech[to] = true;
    }
    (speech, found)
}

/// The byte ranges of the document's paragraphs (joined article lines).
fn paragraphs(doc: &Document) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut last_paragraph = usize::MAX;
    for s in &doc.sentences {
        if s.paragraph == last_paragraph {
            if let Some(r) = out.last_mut() {
                r.end = s.end;
            }
        } else {
            out.push(s.range());
            last_paragraph = s.paragraph;
        }
    }
    out
}

/// The sentences of a quotation: a quotation that runs over several
/// sentences becomes one claim per sentence, so that each can be compared
/// with what other sources quote.
fn parts(text: &str, inner: Range<usize>) -> Vec<Range<usize>> {
    let lines = vec![inner.clone()];
    let sentences = crate::prepare::segment::sentences(text, &lines);
    if sentences.len() <= 1 {
        return vec![inner];
    }
    sentences.into_iter().map(|s| s.range()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_quotation_splits_into_sentences() {
        let text = "Wir haben immer unterstützt. Ich hoffe, dass wir zusammen sein werden.";
        let p = parts(text, 0..text.len());
        assert_eq!(p.len(), 2);
        assert_eq!(&text[p[1].clone()], "Ich hoffe, dass wir zusammen sein werden.");
    }
}
