//! Hostile and unusual input at the command line: `-o` never destroys what
//! it should not touch, configured sources stay inside the project, stray
//! bytes do not garble an article, messages speak to users, and the terminal
//! shows what a source holds instead of obeying it.

mod common;

use common::{agreeing, factdiff, json, stderr, stdout};

#[test]
fn output_naming_an_input_is_refused_and_the_article_survives() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let before = std::fs::read(dir.path().join("a.txt")).unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "-o", "./a.txt", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("a.txt: will not write the report there: it is one of the sources"), "{}", stderr(&o));
    assert_eq!(std::fs::read(dir.path().join("a.txt")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn output_to_a_device_or_a_read_only_file_is_refused_and_permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let o = factdiff(dir.path(), &["check", "--no-config", "-o", "/dev/null", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/dev/null: will not write the report there: a device"), "{}", stderr(&o));
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());

    let locked = dir.path().join("locked.md");
    std::fs::write(&locked, "keep").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "-o", "locked.md", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&locked).unwrap(), "keep");

    let shared = dir.path().join("shared.json");
    std::fs::write(&shared, "old").unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    let o = factdiff(dir.path(), &["check", "--no-config", "--format", "json", "-o", "shared.json", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777, 0o640);
    assert!(std::fs::read_to_string(&shared).unwrap().contains("schema_version"));
}

#[test]
fn configured_sources_outside_the_project_are_refused_unless_allowed() {
    let root = tempfile::tempdir().unwrap();
    let project = root.path().join("project");
    std::fs::create_dir(&project).unwrap();
    agreeing(&project);
    std::fs::write(root.path().join("secret.txt"), "Das Passwort lautet 1234 und gilt 5 Tage lang.").unwrap();
    std::fs::write(project.join("claims.yaml"), "sources:\n  - path: a.txt\n  - path: ../secret.txt\n").unwrap();
    let o = factdiff(&project, &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("claims.yaml:3:11") && e.contains("../secret.txt") && e.contains("--allow-outside"), "{e}");
    assert!(stdout(&o).is_empty(), "no sentence of the secret is shown");
    let o = factdiff(&project, &["check", "--format", "json", "--allow-outside"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(json(&o)["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn a_missing_configured_source_is_traced_to_its_entry() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    std::fs::write(dir.path().join("claims.yaml"), "sources:\n  - path: a.txt\n  - path: gone.txt\n").unwrap();
    let o = factdiff(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("claims.yaml:3:11: source gone.txt: no such file"), "{}", stderr(&o));
}

#[test]
fn a_stray_byte_leaves_the_umlauts_of_a_utf8_article_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = "Die Raketen flogen über 650 Kilometer weit, hieß es. Größer".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.extend_from_slice(" wurde es nicht.\n".as_bytes());
    std::fs::write(dir.path().join("a.txt"), bytes).unwrap();
    let o = factdiff(dir.path(), &["extract", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let claims = json(&o)["sources"][0]["claims"].clone();
    assert!(claims.to_string().contains("über 650 Kilometer"), "{claims}");
    let e = stderr(&o);
    assert!(e.contains("a.txt: 1 byte sequence that is not UTF-8") && e.contains("at 1:60"), "{e}");
    assert!(!e.contains("Windows-1252"), "{e}");
}

#[test]
fn bidirectional_and_control_characters_are_shown_escaped_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Die Raketen seien \u{202E}etwa 650 Kilometer weit geflogen.\x1b[2J\n")
        .unwrap();
    std::fs::write(dir.path().join("b.txt"), "Die Raketen seien rund 900 Kilometer weit geflogen.\u{7}\n").unwrap();
    for format in ["terminal", "github"] {
        let o = factdiff(dir.path(), &["check", "--no-config", "--show", "all", "--format", format, "a.txt", "b.txt"]);
        let out = stdout(&o);
        assert!(!out.contains('\u{202E}') && !out.contains('\x1b') && !out.contains('\u{7}'), "{format}: {out}");
        if format == "terminal" {
            assert!(out.contains("seien \\u{202E}[[etwa 650 Kilometer]]"), "{out}");
        }
    }
}

#[test]
fn control_characters_in_a_file_name_are_shown_escaped_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let name = "b\x1b[2Jx\u{202E}.txt";
    // a UTF-16 file is refused with its name; a missing one is named too
    std::fs::write(dir.path().join(name), b"\xff\xfeD\0i\0e\0").unwrap();
    for args in [vec!["check", "--no-config", "a.txt", name], vec!["check", "--no-config", "a.txt", "gone\x07.txt"]] {
        let o = factdiff(dir.path(), &args);
        assert_eq!(o.status.code(), Some(2));
        let e = stderr(&o);
        assert!(!e.contains('\x1b') && !e.contains('\u{202E}') && !e.contains('\x07'), "{e:?}");
        assert!(e.contains("\\u{1B}[2Jx\\u{202E}.txt") || e.contains("gone\\u{7}.txt"), "{e}");
    }
}

#[test]
fn yaml_internals_do_not_leak_into_messages() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    std::fs::write(dir.path().join("two.yaml"), "lang: de\n---\nlang: en\n").unwrap();
    let o = factdiff(dir.path(), &["check", "--config", "two.yaml", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("two.yaml:") && e.contains("one document") && !e.contains("from_str"), "{e}");
}

#[test]
fn hundreds_of_stray_marks_give_one_warning_line_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Er sagte „nichts dazu. ".repeat(300);
    std::fs::write(dir.path().join("a.txt"), format!("{text}\n")).unwrap();
    let o = factdiff(dir.path(), &["extract", "a.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let e = stderr(&o);
    let lines: Vec<&str> = e.lines().filter(|l| l.contains("never closed")).collect();
    assert_eq!(lines.len(), 1, "{e}");
    assert!(lines[0].contains("more like it"), "{e}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_to_standard_output_says_so() {
    let dir = tempfile::tempdir().unwrap();
    agreeing(dir.path());
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "a.txt", "b.txt"])
        .current_dir(dir.path())
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("standard output: cannot write"), "{}", stderr(&o));
}
