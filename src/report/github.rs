//! `--format github`: see the README for what it holds.

use std::io::{self, Write};

use super::Reporter;
use crate::finding::CheckResult;

pub struct Github;

impl Reporter for Github {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        let s = result.summary();
        writeln!(out, "{} sources, {} conflicts, {} variants, {} agree", s.sources, s.conflict, s.variant, s.agree)
    }
}
