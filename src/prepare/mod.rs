//! Preparation, the first stages: load and decode a source (a text file, a
//! saved web page, a news-please article), find its article body, split it
//! into sentences, detect its language and find its datelines.

pub mod body;
pub mod dateline;
pub mod document;
pub mod html;
pub mod meta;
pub mod newsplease;
pub mod segment;
pub mod source;
