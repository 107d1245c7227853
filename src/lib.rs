//! factdiff: checks whether several reports of the same event agree.
//!
//! The pipeline, one module a stage: [`source`] (load & decode) →
//! [`body`] (article text) → [`segment`] (sentences) → [`extract`] (claims) →
//! [`align`] (findings) → [`judge`] (verdicts) → [`report`] (output).
//! [`check`] runs them in order.

pub mod align;
pub mod body;
pub mod check;
pub mod claim;
pub mod config;
pub mod document;
pub mod error;
pub mod extract;
pub mod finding;
pub mod judge;
pub mod lang;
pub mod report;
pub mod segment;
pub mod settings;
pub mod source;
pub mod wire;
pub mod words;

pub use check::check;
pub use error::{Error, Result};
