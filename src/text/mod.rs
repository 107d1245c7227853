//! Text handling every stage shares: the tokenizer and word folding.

pub mod words;
