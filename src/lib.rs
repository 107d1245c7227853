//! factdiff: checks whether several reports of the same event agree.
//!
//! The pipeline, one layer a stage, each using only the layers below it:
//! [`prepare`] (load & decode, article body, sentences, datelines) →
//! [`extract`] (claims in a document, with the pure value readers of
//! [`read`]) → [`align`] (clusters of mentions of one fact) → [`judge`]
//! (verdicts) → [`report`] (one module a format). [`check`] runs them in
//! order, [`batch`] runs `check` for many stories at once; [`model`] holds
//! the types handed between them, [`lang`] the word lists of each language.

pub(crate) mod align;
pub mod batch;
pub mod check;
pub mod config;
pub mod error;
pub mod extract;
pub(crate) mod judge;
pub mod lang;
pub mod model;
pub mod output;
pub mod prepare;
pub mod progress;
pub mod read;
pub mod report;
pub mod session;
pub mod settings;
pub(crate) mod text;

pub use check::check;
pub use error::{Error, Result};
