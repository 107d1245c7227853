//! Reporting, the last stage: reporters turn a [`CheckResult`] into text
//! for people or machines, writing to the writer they are handed. Colour is
//! decided by the caller and passed in; the library never prints.

mod annotation;
mod diff;
mod display;
mod escape;
pub mod explain;
mod format;
mod github;
mod html;
mod json;
mod markdown;
mod sarif;
mod terminal;
pub mod wire;
mod wordings;

use std::io::{self, Write};

use crate::model::finding::CheckResult;

pub use escape::terminal as terminal_text;
pub use format::{Format, Style, reporter};

/// Something that can write a check's result in one format.
pub trait Reporter {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()>;
}
