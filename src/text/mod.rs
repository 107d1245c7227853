//! Text handling every stage shares: the one tokenizer (fine tokens) and
//! the words built from it, with word folding.

pub mod token;
pub mod words;
