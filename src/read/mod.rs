//! Pure value readers (`&str` → value): numbers, number words, units, hedges,
//! calendar and clock, dates. They know nothing of documents.

pub(crate) mod calendar;
pub(crate) mod clock;
pub mod date;
pub(crate) mod hedge;
pub(crate) mod noun;
pub mod number;
pub mod quantity;
mod shape;
pub mod token;
pub(crate) mod units;
pub(crate) mod when;

/// A value found in a piece of text, with its byte span in that text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<T> {
    pub start: usize,
    pub end: usize,
    pub value: T,
}
