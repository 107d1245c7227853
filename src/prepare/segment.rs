//! Segmentation, the third stage: article lines become sentences with byte
//! spans. Ordinals (`13. September`), abbreviations (`z. B.`, `Nr.`, `ca.`)
//! and decimals do not end a sentence; a line that ends without a full stop
//! (a headline) does, unless the next line plainly continues it.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lang::Lang;

/// A sentence: its byte span in the source text, and the paragraph (article
/// line) it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

impl Sentence {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Abbreviations that a full stop does not end a sentence after: those of
/// every language, since segmentation runs before the language of a text
/// is known.
static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| Lang::ALL.iter().flat_map(|l| l.words().sentences.abbreviations.iter().copied()).collect());

/// Splits the given article lines into sentences.
pub fn sentences(text: &str, lines: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut i = 0;
    while i < lines.len() {
        // Join hard-wrapped lines: a line continues when the next one starts
        // in lower case and the two are adjacent.
        let mut span = lines[i].clone();
        while i + 1 < lines.len() && continues(text, &span, &lines[i + 1]) {
            i += 1;
            span.end = lines[i].end;
        }
        split_block(text, span, paragraph, &mut out);
        paragraph += 1;
        i += 1;
    }
    out
}

fn continues(text: &str, current: &Range<usize>, next: &Range<usize>) -> bool {
    let gap = &text[current.end..next.start];
    let adjacent = gap.chars().filter(|&c| c == '\n').count() + gap.matches('\r').count() <= 2
        && gap.trim().is_empty()
        && !gap.contains("\n\n")
        && !gap.contains("\r\n\r\n");
    let first = text[next.clone()].trim_start().chars().next();
    let ends_open = text[current.clone()].trim_end().ends_with([',', '-', ';']);
    adjacent && (matches!(first, Some(c) if c.is_lowercase() || c.is_ascii_digit()) || ends_open)
}

fn split_block(text: &str, span: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let block = &text[span.clone()];
    let mut start = 0;
    let char_at = |p: usize| block[p..].chars().next();
    let mut pos = 0;
    while let Some(c) = char_at(pos) {
        if matches!(c, '.' | '!' | '?' | '…') {
            // take any run of closing marks after the stop
            let mut end = pos + c.len_utf8();
            while let Some(d) = char_at(end)
                && matches!(d, '.' | '!' | '?' | '“' | '”' | '"' | '«' | '»' | '‘' | '’' | '\'' | ')' | ']')
            {
                end += d.len_utf8();
            }
            // `critical. " Next`: a straight mark set apart by spaces after
            // the stop closes the quotation when one is open before it
            if block[end..].starts_with(" \"")
                && block[end + 2..].chars().next().is_none_or(char::is_whitespace)
                && block[..end].matches('"').count() % 2 == 1
            {
                end += 2;
            }
            let spaced = char_at(end).is_some_and(char::is_whitespace);
            if (spaced || glued(block, pos, c, end)) && ends_sentence(block, pos, c, end) {
                push(text, span.start + start, span.start + end, paragraph, out);
                start = end;
            }
            pos = end;
            continue;
        }
        pos += c.len_utf8();
    }
    push(text, span.start + start, span.end, paragraph, out);
}

/// `sagte der Papst.Der Bruder …`: a full stop without the space after it,
/// between a word in lower case of four letters or more and a capitalised
/// word (never a domain, an initial or an abbreviation).
fn glued(block: &str, pos: usize, stop: char, end: usize) -> bool {
    if stop != '.' || end != pos + 1 {
        return false;
    }
    let mut after = block[end..].chars();
    let upper_then_lower = after.next().is_some_and(char::is_uppercase) && after.next().is_some_and(char::is_lowercase);
    let before = &block[..pos];
    let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
    upper_then_lower
        && word.chars().count() >= 4
        && word.chars().skip(1).all(char::is_lowercase)
        && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn push(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence { start: start + lead, end: end - trail, paragraph });
    }
}

/// Whether the stop at `pos` ends a sentence, judging by the word before it
/// and the word after it.
fn ends_sentence(block: &str, pos: usize, stop: char, after: usize) -> bool {
    let rest = block[after..].trim_start();
    // the word after the stop, read no further than any word that matters
    let next_len = rest
        .char_indices()
        .take(64)
        .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '„' | '"' | '“' | '»' | '«' | '‚' | '(' | '-' | '–')))
        .map_or_else(|| rest.char_indices().nth(64).map_or(rest.len(), |(i, _)| i), |(i, _)| i);
    let next_word = &rest[..next_len];
    let Some(first) = next_word.chars().next() else { return true };
    if stop != '.' {
        return !first.is_lowercase();
    }
    if first.is_lowercase() {
        return false;
    }
    let before = &block[..pos];
    // words longer than any abbreviation need not be read in full
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .take(64)
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[word_start..];
    // `MAR. 14`, `May. 3`: a month before a day (in any language: the
    // language is not known yet)
    if next_word.starts_with(|c: char| c.is_ascii_digit())
        && crate::read::calendar::month(&word.to_lowercase()).is_some()
    {
        return false;
    }
    // `12:30 a. m. Tuesday`, `3 p.m. EDT`: the day or the zone of a time
    // of day continues its sentence
    if word == "m" && is_meridiem(before) {
        let next = next_word.trim_start_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let day = crate::read::calendar::weekday(&next).is_some_and(|(_, abbr)| !abbr);
        if day || crate::read::calendar::month(&next).is_some() || crate::read::clock::ZONES.contains(&next.as_str()) {
            return false;
        }
    }
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        // `13. September`, `1. FC`: an ordinal when a month or a noun follows a
        // short number; `im Jahr 2019. Danach` ends.
        let next = next_word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if next.len() <= 9 && crate::read::calendar::month(&next.to_lowercase()).is_some() {
            return false;
        }
        return word.len() > 2 || !next.is_empty() && next.bytes().all(|b| b.is_ascii_digit());
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        // an initial: `Jo C. Miller`
        return false;
    }
    // abbreviations are short; longer words end sentences
    word.len() > 6 || !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Whether `before` (the text before a stop) ends in the `a.m`/`p.m` of a
/// time of day, with or without a space inside, after a digit.
fn is_meridiem(before: &str) -> bool {
    let Some(rest) = before.strip_suffix('m') else { return false };
    let rest = rest.trim_end();
    let Some(rest) = rest.strip_suffix('.') else { return false };
    let Some(rest) = rest.strip_suffix(['a', 'p', 'A', 'P']) else { return false };
    rest.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let lines = crate::prepare::body::article_lines(text);
        sentences(text, &lines).into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn ordinals_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Am 13. September kamen ca. 20 Gäste, z. B. Dr. Muster. Danach ging es los."),
            vec!["Am 13. September kamen ca. 20 Gäste, z. B. Dr. Muster.", "Danach ging es los."]
        );
    }

    #[test]
    fn english_titles_before_a_name_do_not_end_sentences() {
        assert_eq!(
            split("\"No idea,\" the Rev. Tom Baker said. Sgt. Anna Weber agreed."),
            vec!["\"No idea,\" the Rev. Tom Baker said.", "Sgt. Anna Weber agreed."]
        );
    }

    #[test]
    fn a_stop_without_its_space_still_ends_a_sentence() {
        assert_eq!(split("Das sagte der Papst.Der Bruder schwieg."), ["Das sagte der Papst.", "Der Bruder schwieg."]);
        assert_eq!(split("Mehr auf spiegel.de und bei Prof.Weber."), ["Mehr auf spiegel.de und bei Prof.Weber."]);
    }

    #[test]
    fn headlines_and_quotes_end_sentences() {
        assert_eq!(
            split("Kim trifft Putin\n„Wir kommen.“ Beide lachten. Er sagte: „Ja!“ Dann ging er."),
            vec!["Kim trifft Putin", "„Wir kommen.“", "Beide lachten.", "Er sagte: „Ja!“", "Dann ging er."]
        );
    }

    #[test]
    fn the_day_or_zone_after_a_clock_time_continues_the_sentence() {
        assert_eq!(
            split(
                "He came at 12:30 a. m. Tuesday and left. The rally began at 3 p.m. EDT. Rain followed at 5 p.m. Then it cleared."
            ),
            vec![
                "He came at 12:30 a. m. Tuesday and left.",
                "The rally began at 3 p.m. EDT.",
                "Rain followed at 5 p.m.",
                "Then it cleared."
            ]
        );
    }

    #[test]
    fn a_closing_mark_set_apart_by_a_space_stays_with_its_sentence() {
        assert_eq!(
            split("\"Review is critical. \" Anna Berg said more was needed."),
            ["\"Review is critical. \"", "Anna Berg said more was needed."]
        );
        assert_eq!(split("He left. \"We stay,\" she said."), ["He left.", "\"We stay,\" she said."]);
        // (a mark set apart by spaces that opens a quotation stays with it)
        assert_eq!(split("\"We stay, \"Anna said. \" We stay. \""), ["\"We stay, \"Anna said.", "\" We stay. \""]);
    }

    #[test]
    fn decimals_and_years() {
        assert_eq!(
            split("Der Wert lag bei 6.5 Prozent. Seit 2019. Danach nicht mehr."),
            vec!["Der Wert lag bei 6.5 Prozent.", "Seit 2019.", "Danach nicht mehr."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        assert_eq!(
            split("Die Raketen flogen rund\n650 Kilometer weit, hieß es\nam Mittwoch. Dann nichts.\n\nNeu"),
            vec!["Die Raketen flogen rund\n650 Kilometer weit, hieß es\nam Mittwoch.", "Dann nichts.", "Neu"]
        );
    }
}
