//! Standard output that closes early or cannot be written: a reader that
//! stops (`| head`) is not an error and leaves the verdict's exit status
//! standing; a failed write names standard output and exits 2.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};

fn conflicting(dir: &std::path::Path) {
    // long enough that the report does not fit in a pipe's buffer
    let filler: String = (1..400).map(|i| format!("Der Ausschuss tagte {i} Stunden. ")).collect();
    std::fs::write(dir.join("a.txt"), format!("Bei dem Unfall wurden elf Menschen verletzt.\n{filler}\n")).unwrap();
    std::fs::write(dir.join("b.txt"), format!("Bei dem Unfall wurden 14 Menschen verletzt.\n{filler}\n")).unwrap();
}

/// Runs factdiff with its standard output read for one line, then closed.
fn first_line_then_close(dir: &std::path::Path, args: &[&str]) -> (String, Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    let n = out.read(&mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    (String::from_utf8_lossy(&first[..n]).into_owned(), o.status.code(), String::from_utf8_lossy(&o.stderr).into())
}

#[test]
fn a_closed_pipe_keeps_the_verdicts_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    conflicting(dir.path());
    let (head, code, err) =
        first_line_then_close(dir.path(), &["check", "--no-config", "--format", "json", "--show", "all", "."]);
    assert!(head.starts_with('{'), "{head}");
    assert_eq!(code, Some(1), "a conflict fails the run even when the reader stopped early: {err}");
    assert!(!err.contains("Broken pipe"), "{err}");
}

#[test]
fn a_closed_pipe_is_not_an_error_for_extract() {
    let dir = tempfile::tempdir().unwrap();
    conflicting(dir.path());
    let (head, code, err) = first_line_then_close(dir.path(), &["extract", "--no-config", "."]);
    assert!(head.starts_with('{'), "{head}");
    assert_eq!(code, Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn a_failed_write_to_standard_output_names_it() {
    let dir = tempfile::tempdir().unwrap();
    conflicting(dir.path());
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json", "."])
        .current_dir(dir.path())
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("standard output: cannot write"), "{err}");
}
