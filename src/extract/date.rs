//! Dates and times: absolute forms and relative ones resolved against the
//! time of writing, each as an interval with a grain.

use jiff::civil::DateTime;

use super::Found;
use crate::claim::{DateValue, Lang};
use crate::settings::Prefer;

/// The dates and times named in one sentence.
pub fn find(_sentence: &str, _lang: Lang, _anchor: Option<DateTime>, _prefer: Prefer) -> Vec<Found<DateValue>> {
    Vec::new()
}
