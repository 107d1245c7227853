//! Text handling every stage shares: the tokenizer and word folding, and
//! long text cut in pieces for work on all cores.

pub mod pieces;
pub mod words;
