//! Preparation, the first stages: load and decode a source (a text file, a
//! saved web page, a news-please article), find its article body, split it
//! into sentences, detect its language and find its datelines.

pub mod body;
pub(crate) mod dateline;
pub mod document;
pub(crate) mod html;
pub(crate) mod meta;
pub(crate) mod newsplease;
pub mod segment;
pub mod source;
