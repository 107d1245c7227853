//! The command line as a user meets it: exit statuses, messages that name
//! the bad file, and no report written when a run fails.

mod common;

use std::path::Path;
use std::process::Command;

use common::{agreeing, factdiff, seeds, stderr, stdout};

#[test]
fn a_missing_file_is_named_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "nope.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.txt: no such file or folder"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn a_folder_without_text_files_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/photo.jpg"), b"\xff\xd8").unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "empty"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("empty: the folder holds no .txt, .md, .html or .json files"), "{}", stderr(&o));
}

#[test]
fn empty_binary_and_non_utf8_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "  \n").unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"PK\x03\x04\x00\x00rest").unwrap();
    std::fs::write(dir.path().join("latin.txt"), b"Gut.\n\x81\x8d\x90 nicht UTF-8").unwrap();
    std::fs::write(dir.path().join("utf16.txt"), b"\xff\xfeH\x00i\x00").unwrap();
    for (file, message) in [
        ("empty.txt", "empty.txt: the file is empty"),
        ("binary.txt", "binary.txt: binary file"),
        ("latin.txt", "latin.txt: not UTF-8 text (invalid byte 0x81 at line 2, column 1)"),
        ("utf16.txt", "utf16.txt: UTF-16 text is not supported"),
    ] {
        let o = factdiff(dir.path(), &["check", "--no-config", file]);
        assert_eq!(o.status.code(), Some(2), "{file}");
        assert!(stderr(&o).contains(message), "{file}: {}", stderr(&o));
        let o = factdiff(dir.path(), &["extract", file]);
        assert_eq!(o.status.code(), Some(2), "extract {file}");
    }
}

#[test]
fn windows_1252_is_read_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cp.txt"), b"Die Stra\xdfe ist rund 650 Kilometer lang.\n").unwrap();
    let o = factdiff(dir.path(), &["extract", "cp.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("cp.txt: not UTF-8; read as Windows-1252"), "{}", stderr(&o));
    assert!(stdout(&o).contains("rund 650 Kilometer"));
}

#[test]
fn malformed_configuration_points_at_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    std::fs::write(dir.path().join("claims.yaml"), "sources:\n  - path: a.txt\n    nmae: Blatt\n").unwrap();
    let o = factdiff(dir.path(), &["check", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("claims.yaml:3:5: unknown field `nmae`"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nmae"), "{}", stderr(&o));

    std::fs::write(dir.path().join("bad.yaml"), "sources: [\n  - path: a.txt\n").unwrap();
    let o = factdiff(dir.path(), &["check", "--config", "bad.yaml", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.yaml:"), "{}", stderr(&o));

    let o = factdiff(dir.path(), &["check", "--config", "missing.yaml", "a.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.yaml: no such file or folder"), "{}", stderr(&o));
}

#[test]
fn no_config_ignores_a_broken_configuration() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    std::fs::write(dir.path().join("claims.yaml"), "nonsense: [").unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn exit_status_follows_fail_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Die Raketen seien etwa 650 Kilometer weit in Richtung Meer geflogen.\n")
        .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Beide Raketen seien rund 900 Kilometer weit in Richtung Meer geflogen.\n",
    )
    .unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 conflict ·"), "{}", stdout(&o));
    let o = factdiff(dir.path(), &["check", "--no-config", "--fail-on", "never", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0));
    agreeing(dir.path());
    let o = factdiff(dir.path(), &["check", "--no-config", "--fail-on", "variant", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // a reworded quote is a variant: it fails only with --fail-on variant
    std::fs::write(dir.path().join("a.txt"), "„Wir werden alle diese Themen besprechen“, sagte Putin beim Treffen.\n")
        .unwrap();
    std::fs::write(dir.path().join("b.txt"), "„Wir werden über alle Themen sprechen“, sagte Putin beim Treffen.\n")
        .unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 variant ·"), "{}", stdout(&o));
    let o = factdiff(dir.path(), &["check", "--no-config", "--fail-on", "variant", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
}

#[test]
fn a_failed_run_leaves_an_existing_report_untouched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("report.json"), "old report").unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "--format", "json", "-o", "report.json", "gone.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(dir.path().join("report.json")).unwrap(), "old report");
    agreeing(dir.path());
    let o = factdiff(dir.path(), &["check", "--no-config", "--format", "json", "-o", "report.json", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report = std::fs::read_to_string(dir.path().join("report.json")).unwrap();
    assert!(report.contains("\"schema_version\": 2"));
    // a report that cannot be put in place (here a folder is in the way)
    // fails the run with exit 2 and leaves no temporary file behind
    std::fs::create_dir(dir.path().join("taken")).unwrap();
    std::fs::write(dir.path().join("taken/keep.txt"), "kept").unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "--format", "json", "-o", "taken", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("taken: will not write the report there: a folder"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(dir.path().join("taken/keep.txt")).unwrap(), "kept");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn plain_factdiff_checks_the_sources_of_claims_yaml() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let o = factdiff(root, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("factdiff: 5 sources"), "{out}");
    // the display names from claims.yaml are used
    assert!(out.contains("Agency roundup"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when NO_COLOR is set");
}

#[test]
fn without_sources_anywhere_the_user_is_told_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let o = factdiff(dir.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing to check"), "{}", stderr(&o));
}

#[test]
fn colour_is_forced_and_refused_as_asked() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "a.txt", "b.txt"])
        .current_dir(dir.path())
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(stdout(&o).contains('\u{1b}'), "CLICOLOR_FORCE colours a pipe");
    let o = factdiff(dir.path(), &["check", "--no-config", "--color", "always", "--format", "json", "a.txt", "b.txt"]);
    assert!(!stdout(&o).contains('\u{1b}'), "never colour in JSON");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    // enough copies of the seeds that the report is far larger than a pipe's buffer
    let dir = tempfile::tempdir().unwrap();
    for copy in 0..6 {
        for entry in std::fs::read_dir(seeds()).unwrap() {
            let path = entry.unwrap().path();
            let name = format!("{copy}_{}", path.file_name().unwrap().to_string_lossy());
            std::fs::copy(&path, dir.path().join(name)).unwrap();
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--show", "all", "--format", "json"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
    let full = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(full.stdout.len() > 1 << 17, "the report must overflow the pipe: {} bytes", full.stdout.len());
}

#[test]
fn offsets_of_windows_1252_and_bom_files_point_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let cp = b"Die Stra\xdfe ist rund 650 Kilometer".to_vec();
    let bom = [b"\xEF\xBB\xBF".as_slice(), "Die Straße ist rund 650 Kilometer".as_bytes()].concat();
    std::fs::write(dir.path().join("cp.txt"), &cp).unwrap();
    std::fs::write(dir.path().join("bom.txt"), &bom).unwrap();
    let o = factdiff(dir.path(), &["extract", "cp.txt", "bom.txt"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for (i, bytes) in [(0, &cp), (1, &bom)] {
        let claim = &json["sources"][i]["claims"][0];
        let (s, e) = (claim["start"].as_u64().unwrap() as usize, claim["end"].as_u64().unwrap() as usize);
        assert_eq!(&bytes[s..e], b"rund 650 Kilometer", "{claim}");
        assert_eq!(e, bytes.len(), "the claim ends the file");
    }
}

#[test]
fn check_reads_standard_input_beside_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Die Raketen seien etwa 650 Kilometer weit in Richtung Meer geflogen.\n")
        .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json", "a.txt", "-"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Beide Raketen seien rund 900 Kilometer weit in Richtung Meer geflogen.\n".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["sources"][1]["id"], "stdin");
    assert_eq!(json["summary"]["conflict"], 1);
}

#[test]
fn a_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let o = factdiff(dir.path(), &["check", "--no-config", "a.txt", "./a.txt", "."]);
    assert!(stdout(&o).starts_with("factdiff: 2 sources"), "{}", stdout(&o));
    // the terminal report lists the warning with the others
    assert!(stdout(&o).contains("./a.txt: given more than once"), "{}", stdout(&o));
}

#[test]
fn stdin_is_a_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["extract", "-"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all("„Wir kommen morgen“, sagte Putin.".as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["sources"][0]["claims"][0]["speaker"], "Putin");
}

#[test]
fn help_explains_itself() {
    let dir = tempfile::tempdir().unwrap();
    let o = factdiff(dir.path(), &["check", "--help"]);
    let help = stdout(&o);
    for word in ["--fail-on", "--format", "--config", "--no-config", "--show", "--color", "Exit status"] {
        assert!(help.contains(word), "{word} missing from help");
    }
}
