//! Extraction, the fourth stage: the claims of one prepared document —
//! quantities and dates sentence by sentence, quotations across sentences.

pub mod calendar;
pub mod clock;
pub mod date;
pub mod dateline;
pub mod hedge;
pub mod noun;
pub mod number;
pub mod quantity;
pub mod quote;
pub mod speaker;
pub mod token;
pub mod units;
pub mod when;
pub mod words;

use crate::claim::{Claim, ClaimValue};
use crate::document::Document;
use crate::settings::ExtractOptions;

/// A value found in a piece of text, with its byte span in that text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<T> {
    pub start: usize,
    pub end: usize,
    pub value: T,
}

/// Every claim of a document, ordered by position.
pub fn claims(doc: &Document, opts: &ExtractOptions) -> Vec<Claim> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let text = &doc.source.text[sentence.range()];
        let anchor = doc.anchors.at(sentence.start).or(opts.reference_time);
        let dates = date::find(text, doc.lang, anchor, opts.prefer);
        let quantities = quantity::find(text, doc.lang, &opts.tolerances);
        for d in &dates {
            out.push(Claim {
                start: sentence.start + d.start,
                end: sentence.start + d.end,
                value: ClaimValue::Date(d.value.clone()),
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
            });
        }
    }
    out.extend(quote::find(doc));
    out.sort_by_key(|c| (c.start, c.end));
    out
}
