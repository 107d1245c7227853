//! `--format json`: the documented check report (schema_version 2), written
//! from the typed contract in [`super::wire`].

use std::io::{self, Write};

use super::Reporter;
use super::wire::CheckReport;
use crate::model::finding::CheckResult;

pub struct Json;

impl Reporter for Json {
    fn report(&self, result: &CheckResult, out: &mut dyn Write) -> io::Result<()> {
        // one write a block, not a line: reports of thousands of sources
        // run to megabytes
        let mut out = io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer_pretty(&mut out, &CheckReport::new(result))?;
        writeln!(out)?;
        out.flush()
    }
}
