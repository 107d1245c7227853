//! Extraction, the fourth stage: the claims of one prepared document —
//! quantities and dates sentence by sentence, quotations across sentences.

pub mod marks;
pub mod quote;
pub(crate) mod speaker;

use crate::model::claim::{Claim, ClaimValue, Grain};
use crate::model::frame::Frame;
use crate::prepare::document::Document;
use crate::read::{date, quantity, token};
use crate::settings::ExtractOptions;

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
    pub fn describe(&self, doc: &Document) -> String {
        let p = doc.source.position(self.offset);
        format!("{}:{}:{}: {}", doc.source.path, p.line, p.column, self.message)
    }
}

/// Every claim of a document, ordered by position.
pub fn claims(doc: &Document, opts: &ExtractOptions) -> Extraction {
    let mut out = Vec::new();
    // the last calendar day a paragraph named, for bare times after it
    let mut day: Option<(usize, jiff::civil::Date)> = None;
    for sentence in &doc.sentences {
        let text = &doc.source.text[sentence.range()];
        let anchor = doc.anchors.at(sentence.start).or(opts.reference_time);
        let known = day.filter(|(p, _)| *p == sentence.paragraph).map(|(_, d)| d);
        // one tokenisation for both readers
        let toks = token::Toks::new(text);
        let dates = date::find_after(&toks, doc.lang, anchor, opts.prefer, known);
        if let Some(d) = dates.iter().rev().find(|d| d.value.grain == Grain::Day) {
            day = d.value.from.map(|f| (sentence.paragraph, f.date()));
        }
        let quantities = quantity::find_in(&toks, doc.lang, &opts.tolerances);
        for d in &dates {
            if doc.anchors.is_stamp(&(sentence.start + d.start..sentence.start + d.end)) {
                continue; // the article's own dateline
            }
            out.push(Claim {
                start: sentence.start + d.start,
                end: sentence.start + d.end,
                value: ClaimValue::Date(d.value.clone()),
                frame: Frame::default(),
            });
        }
        for q in quantities {
            // a number that is part of a date is not a quantity of its own
            if dates.iter().any(|d| q.start < d.end && d.start < q.end) {
                continue;
            }
            out.push(Claim {
                start: sentence.start + q.start,
                end: sentence.start + q.end,
                value: ClaimValue::Quantity(q.value),
                frame: Frame::default(),
            });
        }
    }
    let (quotes, unbalanced) = quote::find(doc, &opts.aliases);
    out.extend(quotes);
    out.sort_by_key(|c| (c.start, c.end));
    let warnings = unbalanced
        .into_iter()
        .map(|u| Warning { offset: u.offset, message: format!("quotation mark {} is never closed; ignored", u.mark) })
        .collect();
    Extraction { claims: out, warnings }
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
        // Tuesday the 12th, 6.40 on that Tuesday; 8 o'clock in a new paragraph
        // is on the day of writing
        assert_eq!(from, vec!["2024-03-12T00:00:00", "2024-03-12T06:40:00", "2024-03-13T08:00:00"]);
    }

    #[test]
    fn a_text_that_is_only_a_date_states_it() {
        assert_eq!(dates("31.10.1974"), vec!["31.10.1974"]);
    }
}
