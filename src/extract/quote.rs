//! Quotations: spans between quotation marks, told apart as speech or term,
//! with the speaker found by [`super::speaker`].

use crate::claim::Claim;
use crate::document::Document;

/// The quotations of a document.
pub fn find(_doc: &Document) -> Vec<Claim> {
    Vec::new()
}
