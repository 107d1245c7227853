//! Text handling every stage shares: the one tokenizer (fine tokens), the
//! words built from it with word folding, and long text cut in pieces for
//! work on all cores.

pub mod pieces;
pub mod token;
pub mod words;
