//! `--format json`: the documented check report (schema_version 2), written
//! from the typed contract in [`super::wire`].

use std::io::{self, Write};

use super::Reporter;
use super::wire::CheckReport;
use crate::model::finding::CheckResult;

pub struct Json;

impl Reporter for Json {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &CheckReport::new(result))?;
        writeln!(out)
    }
}
