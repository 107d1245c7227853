//! Helpers the CLI-level tests share: running the built binary in a folder
//! and reading what it printed.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs `factdiff ARGS` in `dir`, without colour from the environment.
pub fn factdiff(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(dir)
        .env_remove("CLICOLOR_FORCE")
        .env("NO_COLOR", "1")
        .output()
        .expect("factdiff runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON a run printed.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(o)))
}

/// The project's seed articles.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Writes two short reports of one event that agree into `dir`.
pub fn agreeing(dir: &Path) {
    std::fs::write(dir.join("a.txt"), "Die Raketen seien etwa 650 Kilometer weit in Richtung Meer geflogen.\n")
        .unwrap();
    std::fs::write(dir.join("b.txt"), "Beide Raketen seien rund 650 Kilometer weit in Richtung Meer geflogen.\n")
        .unwrap();
}
