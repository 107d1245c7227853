//! The shape of a quotation and its place in the sentence, which tell a
//! name or a title (`das Motto „…“`, `in der „Neuen Zeitung“`) from words
//! someone said, and a short quotation inside reported speech (`Er halte
//! das für „völlig falsch“`, `Das sei „ein Fehler“`) from a scare quote.
//! Read by [`crate::extract::quote`]; every look-around is bounded.

use crate::text::words::Token;

use super::{Context, role, window};

/// How far before a quotation its slot is read.
const SLOT: usize = 80;

/// The words of a quotation and the word right before its opening mark.
fn before_mark<'t>(text: &'t str, floor: usize, at: usize) -> Option<Token<'t>> {
    let toks = window::words(text, window::before(text, floor, at, SLOT));
    toks.into_iter().rev().find(|t| !matches!(t.text, "„" | "“" | "”" | "\"" | "»" | "«" | "‚" | "‘" | "'"))
}

/// Whether the words look like a name or a title: two words or more, the
/// first capitalized, no closing punctuation, most words capitalized.
pub(crate) fn name_shape(words: &str) -> bool {
    let w: Vec<&str> = words.split_whitespace().collect();
    if w.len() < 2 || !words.starts_with(char::is_uppercase) || words.ends_with(['.', '!', '?', ',', ':', ';']) {
        return false;
    }
    let capitals = w.iter().filter(|x| x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())).count();
    capitals * 2 >= w.len()
}

/// Whether the quotation from `open` (its opening mark) with the words
/// `words` is a name or a title: right after a word that names
/// (`Motto`, `genannt`), after a body or a medium (`der Partei „…“`), or in
/// name shape in the place of a noun (`in der „…“`, `laut „…“`).
pub(crate) fn is_title(ctx: &Context, floor: usize, outer: std::ops::Range<usize>, words: &str) -> bool {
    let text = &ctx.doc.source.text;
    let Some(prev) = before_mark(text, floor, outer.start) else { return false };
    let speech = ctx.speech;
    let lower = prev.text.to_lowercase();
    if speech.naming.contains(&lower.as_str()) {
        return true;
    }
    if prev.is_capitalized() && (role::is_media(speech, prev.text) || role::is_organisation(speech, prev.text)) {
        return true;
    }
    // `(„Bewegung für ein besseres Ungarn“)`: a translation or another name
    if prev.text == "(" && text[outer.end..].starts_with(')') {
        return true;
    }
    // `die Schlankheitspille „Reduce Weight“`: a name after the noun it names
    let noun = prev.is_capitalized() && prev.is_word() && !ctx.lex.is_name(speech, &prev);
    let slot = speech.name_slots.contains(&lower.as_str()) || prev.text == "(" || noun;
    let one_word = !words.contains(char::is_whitespace);
    slot && name_shape(words) || speech.source_before.contains(&lower.as_str()) && one_word
}

/// Whether the word before the opening mark makes the quotation a
/// predicate (`nannte den Plan einen „Fehler“`, `als „Wortbruch“`).
pub(crate) fn predicative(ctx: &Context, floor: usize, open: usize) -> bool {
    let text = &ctx.doc.source.text;
    before_mark(text, floor, open).is_some_and(|t| ctx.speech.predicative.contains(&t.text.to_lowercase().as_str()))
}

/// Whether the sentence around a quotation reports speech in its verb
/// form (`sei`, `habe`): a short quotation there quotes a speaker.
pub(crate) fn in_reported_speech(ctx: &Context, floor: usize, ceil: usize, outer: std::ops::Range<usize>) -> bool {
    let doc = ctx.doc;
    let text = &doc.source.text;
    let (Some(first), Some(last)) = (doc.sentence_at(outer.start), doc.sentence_at(outer.end.saturating_sub(1))) else {
        return false;
    };
    let head = window::before(text, doc.sentences[first].start.max(floor), outer.start, window::HEAD);
    let tail = window::after(text, outer.end, doc.sentences[last].end.min(ceil), window::TAIL);
    let reported = |t: &Token| ctx.speech.reported.contains(&t.text);
    window::words(text, head).iter().any(reported) || window::words(text, tail).iter().any(reported)
}

/// Whether sentence `index` is reported speech (`Es gebe keinen Plan`).
pub(crate) fn sentence_reported(ctx: &Context, index: usize) -> bool {
    let s = &ctx.doc.sentences[index];
    let text = &ctx.doc.source.text;
    window::words(text, window::after(text, s.start, s.end, window::SENTENCE))
        .iter()
        .any(|t| ctx.speech.reported.contains(&t.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_titles_have_their_shape() {
        assert!(name_shape("Neue Zeitung"));
        assert!(name_shape("Linke Gewalt in Berlin 2009"));
        assert!(!name_shape("Wir kommen."));
        assert!(!name_shape("völlig falsch"));
        assert!(!name_shape("Krieg"));
    }
}
