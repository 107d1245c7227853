//! Preparation, the first stages: load and decode a source, find its article
//! body, split it into sentences, detect its language and find its datelines.

pub mod body;
pub mod dateline;
pub mod document;
pub mod segment;
pub mod source;
