//! The exit status of `factdiff`, documented in `--help` and the README.

use std::process::ExitCode;

/// Nothing reached `--fail-on`.
pub const CLEAN: u8 = 0;
/// A finding reached `--fail-on` (by default: a conflict).
pub const FINDINGS: u8 = 1;
/// Bad usage, configuration or input; no report was written.
pub const ERROR: u8 = 2;

/// The text `--help` ends with.
pub const HELP: &str = "Exit status: 0 when nothing reaches --fail-on, 1 when something does, \
2 for usage, configuration or input errors (then no report is written).";

pub fn code(status: u8) -> ExitCode {
    ExitCode::from(status)
}
