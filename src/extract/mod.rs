//! Extraction, the fourth stage: the claims of one prepared document —
//! quantities and dates sentence by sentence, quotations across sentences.

mod clause;
pub(crate) mod frame;
pub(crate) mod marks;
pub mod quote;
pub(crate) mod speaker;

use crate::model::claim::{Claim, ClaimValue, DateValue, Grain};
use crate::prepare::document::Document;
use crate::prepare::segment::Sentence;
use crate::read::{Found, date, quantity, token};
use crate::settings::ExtractOptions;
use rayon::prelude::*;

/// The claims of a document, ordered by position, and warnings about what
/// could not be read.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub claims: Vec<Claim>,
    pub warnings: Vec<Warning>,
}

/// Something in a source that extraction passed over, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub offset: usize,
    pub message: String,
}

impl Warning {
    /// The warning as `path:line:column: message`.
    pub(crate) fn describe(&self, doc: &Document) -> String {
        let p = doc.source.position(self.offset);
        format!("{}:{}:{}: {}", doc.source.path, p.line, p.column, self.message)
    }
}

/// The warnings of one document for people: each message once, at its first
/// place, with how many more times it was given and where the next few are,
/// so that a file with hundreds of stray quote marks gives one line, not
/// hundreds.
pub(crate) fn describe_warnings(doc: &Document, warnings: &[Warning]) -> Vec<String> {
    const SHOWN: usize = 3;
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for w in warnings {
        let i = *index.entry(w.message.as_str()).or_insert_with(|| {
            groups.push((w.message.as_str(), Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(w.offset);
    }
    groups
        .into_iter()
        .map(|(message, offsets)| {
            let first = Warning { offset: offsets[0], message: message.to_string() }.describe(doc);
            if offsets.len() == 1 {
                return first;
            }
            let at = |&o: &usize| {
                let p = doc.source.position(o);
                format!("{}:{}", p.line, p.column)
            };
            let next: Vec<String> = offsets[1..].iter().take(SHOWN).map(at).collect();
            let dots = if offsets.len() > SHOWN + 1 { " …" } else { "" };
            format!("{first} (and {} more like it, at {}{dots})", offsets.len() - 1, next.join(", "))
        })
        .collect()
}

/// Every claim of a document, ordered by position: the sentences' figures
/// and dates on all cores, the quotations beside them.
pub fn claims(doc: &Document, opts: &ExtractOptions) -> Extraction {
    let (mut out, (quotes, unbalanced)) =
        rayon::join(|| sentence_claims(doc, opts), || quote::find(doc, &opts.aliases));
    speakers_days(doc, &mut out, &quotes);
    out.extend(quotes);
    out.sort_by_key(|c| (c.start, c.end));
    let warnings = unbalanced
        .into_iter()
        .map(|u| Warning { offset: u.offset, message: format!("quotation mark {} is never closed; ignored", u.mark) })
        .collect();
    Extraction { claims: out, warnings }
}

/// A day named from the day it is said on (`today`, `tonight`, `gestern`)
/// inside a quotation is the speaker's, which need not be the day of
/// writing: it stays unresolved, so that it never agrees or conflicts.
fn speakers_days(doc: &Document, claims: &mut [Claim], quotes: &[Claim]) {
    if quotes.is_empty() {
        return;
    }
    for c in claims.iter_mut() {
        let ClaimValue::Date(d) = &mut c.value else { continue };
        if d.from.is_none() || !date::deictic(&doc.source.text[c.start..c.end], doc.lang) {
            continue;
        }
        // the quotations come in the order of the text and do not overlap:
        // only the last one that starts before the date can hold it
        let before = quotes.partition_point(|q| q.start <= c.start);
        let quoted = before > 0 && c.end <= quotes[before - 1].end;
        if quoted {
            d.from = None;
            d.to = None;
            d.relative = true;
            d.weekday_mismatch = None;
        }
    }
}

/// What one sentence states: its claims, and its dates as read (spans in
/// the sentence), to tell whether a day named before changes them.
struct Read {
    claims: Vec<Claim>,
    dates: Vec<Found<DateValue>>,
}

/// The quantities and dates of every sentence. Sentences are read on all
/// cores, each as if no earlier sentence had named a day; then, in order,
/// the dates of a sentence after one that did are read again with that
/// day, and the sentence is read again only if the day changed them (`am
/// Dienstagmorgen … gegen 6.40 Uhr`).
fn sentence_claims(doc: &Document, opts: &ExtractOptions) -> Vec<Claim> {
    let names = frame::Names::learn(&doc.source.text);
    let reads: Vec<Read> = doc
        .sentences
        .par_iter()
        .with_min_len(SENTENCES_A_TASK)
        .map(|s| read_sentence(doc, opts, &names, s, None))
        .collect();
    // the last calendar day a paragraph named, for bare times in the few
    // sentences after it: (paragraph, sentence, day)
    let mut day: Option<(usize, usize, jiff::civil::Date)> = None;
    let mut out = Vec::new();
    for (n, (sentence, mut read)) in doc.sentences.iter().zip(reads).enumerate() {
        let known = day.filter(|(p, k, _)| *p == sentence.paragraph && n - k <= DAY_REACH).map(|(_, _, d)| d);
        if known.is_some() && !read.dates.is_empty() {
            let toks = token::Toks::new(&doc.source.text[sentence.range()]);
            if dates_of(doc, opts, sentence, &toks, known) != read.dates {
                read = read_sentence(doc, opts, &names, sentence, known);
            }
        }
        // a day, or a part of one (`am Dienstagmorgen`)
        let names_day = |d: &DateValue| {
            d.grain == Grain::Day
                || (d.grain == Grain::Hour && d.from.zip(d.to).is_some_and(|(f, t)| t.duration_since(f).as_hours() > 1))
        };
        if let Some(d) = read.dates.iter().rev().find(|d| names_day(&d.value)) {
            day = d.value.from.map(|f| (sentence.paragraph, n, f.date()));
        }
        out.append(&mut read.claims);
    }
    out
}

/// How many sentences after one that named a day a bare time is on that
/// day: a paragraph of a whole article (one line of text) goes on to other
/// days.
const DAY_REACH: usize = 2;

/// How many sentences one task of [`sentence_claims`] reads at least.
const SENTENCES_A_TASK: usize = 64;

/// The dates of one sentence's tokens, bare times on `known` if it is given.
fn dates_of(
    doc: &Document,
    opts: &ExtractOptions,
    sentence: &Sentence,
    toks: &token::Toks,
    known: Option<jiff::civil::Date>,
) -> Vec<Found<DateValue>> {
    let anchor = doc.anchors.at(sentence.start).or(opts.reference_time);
    date::find_after(toks, doc.lang, anchor, opts.prefer, known)
}

/// The claims of one sentence, bare times on `known` if it is given.
fn read_sentence(
    doc: &Document,
    opts: &ExtractOptions,
    names: &frame::Names,
    sentence: &Sentence,
    known: Option<jiff::civil::Date>,
) -> Read {
    let text = &doc.source.text[sentence.range()];
    // one tokenisation for both readers
    let toks = token::Toks::new(text);
    let dates = dates_of(doc, opts, sentence, &toks, known);
    let quantities = quantity::find_in(&toks, doc.lang, &opts.tolerances);
    let mut claims = Vec::new();
    if dates.is_empty() && quantities.is_empty() {
        return Read { claims, dates };
    }
    let words = &doc.lang.words().frames;
    let frames = frame::Sentence::new(text, sentence.start);
    let frame_of =
        |start: usize, end: usize, value: &ClaimValue| frame::frame(words, names, &frames, start, end, value);
    for d in &dates {
        if doc.anchors.is_stamp(&(sentence.start + d.start..sentence.start + d.end)) {
            continue; // the article's own dateline
        }
        let (start, end, value) = (sentence.start + d.start, sentence.start + d.end, ClaimValue::Date(d.value.clone()));
        claims.push(Claim { start, end, frame: frame_of(start, end, &value), value });
    }
    let mut previous: Option<(usize, crate::model::claim::Dimension)> = None;
    for q in quantities {
        // a number that is part of a date is not a quantity of its own
        if dates.iter().any(|d| q.start < d.end && d.start < q.end) {
            continue;
        }
        // the same figure in another unit: `10 kilometres (6.2 miles)`
        let converted = previous
            .is_some_and(|(e, dim)| dim == q.value.dimension && text.get(e..q.start).is_some_and(|t| t.trim() == "("));
        previous = Some((q.end, q.value.dimension));
        if converted {
            continue;
        }
        let (start, end, value) = (sentence.start + q.start, sentence.start + q.end, ClaimValue::Quantity(q.value));
        claims.push(Claim { start, end, frame: frame_of(start, end, &value), value });
    }
    Read { claims, dates }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::document::SourceMeta;
    use crate::prepare::source::Source;

    fn dates(text: &str) -> Vec<String> {
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let found = claims(&doc, &ExtractOptions::default());
        found
            .claims
            .iter()
            .filter(|c| matches!(c.value, ClaimValue::Date(_)))
            .map(|c| text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn a_dateline_dates_the_article_but_is_no_claim_of_it() {
        let got = dates("Stand: 12.09.2023 07:43 Uhr\nKim ist am Montag in Russland eingetroffen.\n");
        assert_eq!(got, vec!["am Montag"]);
    }

    #[test]
    fn a_bare_time_is_on_the_day_its_paragraph_named() {
        let text = "Stand: 13.03.2024 09:15 Uhr\nDie Brücke stürzte am Dienstagmorgen ein. Sie brach gegen 6.40 Uhr.\n\
                    Um 8 Uhr begann die Bergung.\n";
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let found = claims(&doc, &ExtractOptions::default());
        let from: Vec<String> = found
            .claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Date(d) => d.from.map(|f| f.to_string()),
                _ => None,
            })
            .collect();
        // Tuesday morning the 12th, 6.40 on that Tuesday; 8 o'clock in a new
        // paragraph is on the day of writing
        assert_eq!(from, vec!["2024-03-12T04:00:00", "2024-03-12T06:40:00", "2024-03-13T08:00:00"]);
    }

    /// Each date's text and its `from` (empty when unresolved).
    fn resolved(text: &str) -> Vec<(String, String)> {
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        claims(&doc, &ExtractOptions::default())
            .claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Date(d) => {
                    Some((text[c.start..c.end].to_string(), d.from.map(|f| f.to_string()).unwrap_or_default()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_speakers_today_in_a_quotation_stays_unresolved() {
        let text = "Published: March 12, 2013 14:00\n\
                    The marchers chanted, \"how many kids will you kill today\", witnesses said. The vigil began today.\n";
        assert_eq!(
            resolved(text),
            vec![("today".to_string(), String::new()), ("today".to_string(), "2013-03-12T00:00:00".to_string())]
        );
    }

    #[test]
    fn a_bare_time_far_after_the_day_named_is_on_the_day_of_writing() {
        let text = "Stand: 13.03.2024 09:15 Uhr\nDie Brücke stürzte am Dienstag ein. Es regnete. Es stürmte. \
                    Um 8 Uhr begann die Bergung.\n";
        let got = resolved(text);
        assert_eq!(got.last().map(|g| g.1.as_str()), Some("2024-03-13T08:00:00"), "{got:?}");
    }

    #[test]
    fn a_text_that_is_only_a_date_states_it() {
        assert_eq!(dates("31.10.1974"), vec!["31.10.1974"]);
    }

    #[test]
    fn repeated_warnings_are_grouped_with_a_count() {
        let text = "Er sagte „eins. Sie sagte „zwei. Dann „drei. Und „vier. Es kamen 20 Gäste.";
        let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).unwrap();
        let doc = Document::prepare(source, &SourceMeta::default(), None, None);
        let warnings: Vec<Warning> = text
            .match_indices('„')
            .map(|(o, _)| Warning { offset: o, message: "quotation mark „ is never closed; ignored".into() })
            .chain([Warning { offset: 0, message: "something else".into() }])
            .collect();
        let lines = describe_warnings(&doc, &warnings);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].starts_with("t.txt:1:10: quotation mark „"), "{lines:?}");
        assert!(lines[0].ends_with("(and 3 more like it, at 1:27, 1:39, 1:50)"), "{lines:?}");
        assert_eq!(lines[1], "t.txt:1:1: something else");
    }
}
