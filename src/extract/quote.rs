//! Quotations: spans between quotation marks of every common style, told
//! apart as speech or term, each sentence of a long quotation a claim of its
//! own, with the speaker found by [`super::speaker`].

use std::ops::Range;

use crate::model::claim::{Claim, ClaimValue, Quote, QuoteKind, SpeakerKind};
use crate::model::frame::Frame;
use crate::prepare::document::Document;

use super::speaker::{self, Attribution, Registry};

/// Quotations longer than this many bytes without a closing mark are taken
/// to be an unbalanced mark, not a quotation.
const MAX_QUOTE: usize = 3000;

/// A span between quotation marks in the decoded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// From the opening mark to past the closing mark.
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
}

/// A warning about a quotation mark that was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unbalanced {
    pub offset: usize,
    pub mark: char,
}

/// The quotations of a document, with the warnings their marks gave.
pub fn find(doc: &Document, aliases: &[(String, String)]) -> (Vec<Claim>, Vec<Unbalanced>) {
    let text = &doc.source.text;
    // the people of the source, gathered once the first quotation needs them
    let registry = std::cell::OnceCell::new();
    let registry = || registry.get_or_init(|| Registry::build(doc, aliases));
    let mut claims: Vec<Claim> = Vec::new();
    let mut warnings = Vec::new();
    let mut previous: Option<(usize, Option<String>)> = None; // (sentence index, speaker)
    for block in paragraphs(doc) {
        let (spans, bad) = spans(text, block);
        warnings.extend(bad);
        // marks around no word at all (`„„““`) quote nothing
        let spans: Vec<Span> =
            spans.into_iter().filter(|s| text[s.inner.clone()].chars().any(char::is_alphanumeric)).collect();
        let mut found = Vec::with_capacity(spans.len());
        for span in &spans {
            let attribution = speaker::attribute(doc, registry(), span, previous.as_ref());
            if (attribution.adjacent || word_count(text, span) > 2)
                && let Some(sentence) = doc.sentence_at(span.outer.end.saturating_sub(1))
            {
                previous = Some((sentence, attribution.speaker.clone()));
            }
            found.push(attribution);
        }
        let attributions = sentence_cues(doc, &spans, found);
        for (span, attribution) in spans.into_iter().zip(attributions) {
            let kind =
                if word_count(text, &span) <= 2 && !attribution.adjacent { QuoteKind::Term } else { QuoteKind::Speech };
            let (speaker, cue) = match kind {
                QuoteKind::Speech => (attribution.speaker.clone(), attribution.cue.clone()),
                QuoteKind::Term => (None, None),
            };
            for part in parts(text, span.inner.clone()) {
                claims.push(Claim {
                    start: part.start,
                    end: part.end,
                    value: ClaimValue::Quote(Quote {
                        words: text[part].to_string(),
                        speaker: speaker.clone(),
                        speaker_kind: speaker.as_ref().map(|_| SpeakerKind::Person),
                        cue: cue.clone(),
                        kind,
                    }),
                    frame: Frame::default(),
                });
            }
        }
    }
    (claims, warnings)
}

fn word_count(text: &str, span: &Span) -> usize {
    text[span.inner.clone()].split_whitespace().count()
}

/// Several quotations in one sentence with one cue at its end (`Doch „…“
/// gebe es „…“, sagte Putin`): the earlier ones take the later one's speaker.
fn sentence_cues(doc: &Document, spans: &[Span], mut found: Vec<Attribution>) -> Vec<Attribution> {
    for i in (0..spans.len().saturating_sub(1)).rev() {
        let (here, next) = (&spans[i], &spans[i + 1]);
        let same_sentence = doc.sentence_at(here.outer.start).is_some()
            && doc.sentence_at(here.outer.start) == doc.sentence_at(next.outer.start);
        if same_sentence && found[i].cue.is_none() && found[i + 1].speaker.is_some() && found[i + 1].adjacent {
            found[i] = Attribution { adjacent: false, ..found[i + 1].clone() };
        }
    }
    found
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

/// How a mark may be used at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// The closing marks that end a quotation opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '"', '”'],
        '‚' => &['‘', '\'', '’'],
        '»' => &['«'],
        '«' => &['»'],
        '"' => &['"', '”', '“'],
        '“' => &['”', '"'],
        '‘' => &['’', '\''],
        '\'' => &['\'', '’'],
        _ => &[],
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '„' | '“' | '”' | '"' | '‚' | '‘' | '’' | '\'' | '»' | '«')
}

/// Whether a single-quote character at `i` can open or close a quotation,
/// rather than be an apostrophe (`geht's`, `Putin's`, `'90s`).
fn single_role(chars: &[(usize, char)], i: usize) -> Option<Role> {
    let before = i.checked_sub(1).map(|j| chars[j].1);
    let after = chars.get(i + 1).map(|p| p.1);
    let space_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '„' | '“' | '-'));
    let space_after = after.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || matches!(c, '“' | '”'));
    match (space_before, space_after) {
        (true, false) if after.is_some_and(char::is_alphanumeric) => Some(Role::Open),
        (false, true) => Some(Role::Close),
        _ => None,
    }
}

/// The quotation spans in `block`, outermost only; nested quotations stay
/// inside the outer one. Marks that never close are reported and skipped.
pub fn spans(text: &str, block: Range<usize>) -> (Vec<Span>, Vec<Unbalanced>) {
    let chars: Vec<(usize, char)> = text[block.clone()].char_indices().map(|(i, c)| (block.start + i, c)).collect();
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    let mut stack: Vec<(usize, char)> = Vec::new(); // (index into chars, mark)
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_mark(c) {
            i += 1;
            continue;
        }
        let role = match c {
            '\'' | '‘' | '’' => single_role(&chars, i),
            '„' | '‚' => Some(Role::Open),
            _ => Some(Role::Either),
        };
        let Some(role) = role else {
            i += 1;
            continue;
        };
        let closes_top = stack.last().is_some_and(|&(_, open)| closers(open).contains(&c));
        if closes_top && role != Role::Open {
            let (oi, _) = stack.pop().expect("stack has a top");
            if stack.is_empty() {
                let open_pos = chars[oi].0;
                let open_len = chars[oi].1.len_utf8();
                let inner = open_pos + open_len..pos;
                if !text[inner.clone()].trim().is_empty() {
                    out.push(Span { outer: open_pos..pos + c.len_utf8(), inner: trim(text, inner) });
                }
            }
        } else if role != Role::Close && !closers(c).is_empty() {
            // a quotation opened far back that never closed is a stray mark
            if let Some(&(oi, open)) = stack.first()
                && pos - chars[oi].0 > MAX_QUOTE
            {
                warnings.push(Unbalanced { offset: chars[oi].0, mark: open });
                stack.clear();
            }
            if stack.is_empty() && c == '”' {
                // a closing-only mark with nothing open: stray
                warnings.push(Unbalanced { offset: pos, mark: c });
            } else {
                stack.push((i, c));
            }
        }
        i += 1;
    }
    if let Some(&(oi, mark)) = stack.first() {
        warnings.push(Unbalanced { offset: chars[oi].0, mark });
    }
    (out, warnings)
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    r.start + lead..r.end - trail
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

    fn quoted(text: &str) -> Vec<&str> {
        spans(text, 0..text.len()).0.into_iter().map(|s| &text[s.inner]).collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(
            quoted("„Eins“ und \"Zwei\" und “Drei” und »Vier« und «Fünf» und ‚Sechs‘"),
            vec!["Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs"]
        );
    }

    #[test]
    fn german_opening_closed_by_ascii() {
        assert_eq!(quoted("Er sagte „Wir kommen\", dann ging er."), vec!["Wir kommen"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let text = "\"Ich würde es als 'um Hilfe betteln' bezeichnen\", sagte Miller.";
        assert_eq!(quoted(text), vec!["Ich würde es als 'um Hilfe betteln' bezeichnen"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quoted("Das geht's nicht, sagte Putin's Sprecher."), Vec::<&str>::new());
    }

    #[test]
    fn an_unbalanced_mark_is_a_warning_not_a_swallow() {
        let text = "Er sagte „Wir kommen. Dann ging er und kam nie wieder zurück. Es regnete.";
        let (spans, warnings) = spans(text, 0..text.len());
        assert_eq!(warnings, vec![Unbalanced { offset: 9, mark: '„' }]);
        assert!(spans.is_empty());
    }

    #[test]
    fn a_long_quotation_splits_into_sentences() {
        let text = "Wir haben immer unterstützt. Ich hoffe, dass wir zusammen sein werden.";
        let p = parts(text, 0..text.len());
        assert_eq!(p.len(), 2);
        assert_eq!(&text[p[1].clone()], "Ich hoffe, dass wir zusammen sein werden.");
    }
}
