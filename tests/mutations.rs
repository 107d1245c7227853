//! Edits to the seed articles and the verdict a careful editor expects:
//! changed numbers, other units, written-out numbers, changed dates, words
//! changed inside quotes, swapped speakers, CRLF line endings, a byte-order
//! mark, and ASCII instead of typographic quotation marks.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn seed_name(prefix: &str) -> String {
    std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

/// Copies the seeds into a fresh folder, applies `edit` to one of them and
/// checks the folder.
fn check_edited(prefix: &str, edit: impl Fn(&[u8]) -> Vec<u8>) -> Value {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = if name.starts_with(prefix) { edit(&bytes) } else { bytes };
        std::fs::write(dir.path().join(&name), bytes).unwrap();
    }
    run(dir.path())
}

fn run(dir: &Path) -> Value {
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn replace(find: &str, with: &str) -> impl Fn(&[u8]) -> Vec<u8> {
    let (find, with) = (find.to_string(), with.to_string());
    move |bytes| {
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        assert!(text.contains(&find), "{find:?} is not in the seed");
        text.replacen(&find, &with, 1).into_bytes()
    }
}

/// The verdict of the one finding (not a single) that holds both mentions,
/// given as (source prefix, text the mention's text contains).
fn verdict(r: &Value, a: (&str, &str), b: (&str, &str)) -> Option<String> {
    let holds = |f: &Value, (src, text): (&str, &str)| {
        f["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["source"].as_str().unwrap().starts_with(src) && m["text"].as_str().unwrap().contains(text))
    };
    let found: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "single" && holds(f, a) && holds(f, b))
        .collect();
    found.first().map(|f| f["verdict"].as_str().unwrap().to_string())
}

/// (verdict, sources) of every finding that is not a single, sorted: what
/// must stay the same under edits that change nothing a reader would see.
fn signature(r: &Value) -> Vec<(String, Vec<String>)> {
    let mut sig: Vec<(String, Vec<String>)> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "single")
        .map(|f| {
            let mut s: Vec<String> =
                f["mentions"].as_array().unwrap().iter().map(|m| m["source"].as_str().unwrap().to_string()).collect();
            s.sort();
            s.dedup();
            (f["verdict"].as_str().unwrap().to_string(), s)
        })
        .collect();
    sig.sort();
    sig
}

const RANGE_001: (&str, &str) = ("001", "etwa 650 Kilometer");

#[test]
fn a_changed_number_conflicts() {
    let r = check_edited("002", replace("rund 650 Kilometer", "rund 900 Kilometer"));
    assert_eq!(verdict(&r, ("002", "900 Kilometer"), RANGE_001).as_deref(), Some("conflict"));
    let r = check_edited("000", replace("gut 100 km", "gut 300 km"));
    assert_eq!(verdict(&r, ("000", "300 km"), ("004", "rund 100 Kilometer")).as_deref(), Some("conflict"));
}

#[test]
fn the_same_distance_in_other_units_agrees() {
    let r = check_edited("002", replace("rund 650 Kilometer", "rund 650.000 Meter"));
    assert_eq!(verdict(&r, ("002", "650.000 Meter"), RANGE_001).as_deref(), Some("agree"));
    let r = check_edited("002", replace("rund 650 Kilometer", "rund 404 Meilen"));
    assert_eq!(verdict(&r, ("002", "404 Meilen"), RANGE_001).as_deref(), Some("agree"));
}

#[test]
fn miles_are_not_kilometres() {
    let r = check_edited("002", replace("rund 650 Kilometer", "rund 650 Meilen"));
    assert_eq!(verdict(&r, ("002", "650 Meilen"), RANGE_001).as_deref(), Some("conflict"));
}

#[test]
fn written_out_numbers_are_numbers() {
    let r = check_edited("001", replace("etwa 650 Kilometer", "etwa sechshundertfünfzig Kilometer"));
    assert_eq!(verdict(&r, ("001", "sechshundertfünfzig"), ("002", "rund 650 Kilometer")).as_deref(), Some("agree"));
}

#[test]
fn a_changed_date_conflicts() {
    let pristine = run(&seeds());
    assert_eq!(verdict(&pristine, ("000", "Februar 2022"), ("003", "Februar 2022")).as_deref(), Some("agree"));
    let r = check_edited("003", replace("im Februar 2022", "im März 2022"));
    assert_eq!(verdict(&r, ("003", "März 2022"), ("000", "Februar 2022")).as_deref(), Some("conflict"));
}

#[test]
fn a_word_changed_inside_a_quote_is_a_variant() {
    let r = check_edited("001", replace("Einen Toast auf die künftige", "Einen Toast auf die baldige"));
    assert_eq!(
        verdict(&r, ("001", "Einen Toast auf die baldige"), ("002", "Einen Toast auf die künftige")).as_deref(),
        Some("variant")
    );
}

#[test]
fn a_quote_given_to_another_speaker_conflicts() {
    let r = check_edited("001", replace("Ländern\", sagte Putin,", "Ländern\", sagte Kim,"));
    assert_eq!(verdict(&r, ("001", "Einen Toast"), ("002", "Einen Toast")).as_deref(), Some("conflict"));
}

#[test]
fn line_endings_marks_and_a_bom_change_nothing() {
    let pristine = signature(&run(&seeds()));
    let crlf = check_edited("000", |b| String::from_utf8(b.to_vec()).unwrap().replace('\n', "\r\n").into_bytes());
    assert_eq!(signature(&crlf), pristine, "CRLF");
    let ascii = check_edited("002", |b| String::from_utf8(b.to_vec()).unwrap().replace(['“', '”'], "\"").into_bytes());
    assert_eq!(signature(&ascii), pristine, "ASCII quotation marks");
    let bom = check_edited("001", |b| [b"\xEF\xBB\xBF".as_slice(), b].concat());
    assert_eq!(signature(&bom), pristine, "byte-order mark");
}

#[test]
fn offsets_point_into_the_file_as_read() {
    let name = seed_name("000");
    let crlf = check_edited("000", |b| String::from_utf8(b.to_vec()).unwrap().replace('\n', "\r\n").into_bytes());
    let dir_bytes = String::from_utf8(std::fs::read(seeds().join(&name)).unwrap()).unwrap().replace('\n', "\r\n");
    let mut seen = 0;
    for f in crlf["findings"].as_array().unwrap() {
        for m in f["mentions"].as_array().unwrap().iter().filter(|m| m["source"].as_str().unwrap().starts_with("000")) {
            let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            assert_eq!(&dir_bytes[s..e], m["text"].as_str().unwrap());
            seen += 1;
        }
    }
    assert!(seen > 10, "only {seen} mentions of 000 were checked");
}

#[test]
fn another_transliteration_of_a_name_changes_nothing() {
    let pristine = signature(&run(&seeds()));
    let r = check_edited("004", |b| {
        String::from_utf8(b.to_vec()).unwrap().replace("Wostotschny", "Wostochny").into_bytes()
    });
    assert_eq!(signature(&r), pristine);
    assert_eq!(verdict(&r, ("004", "rund 100 Kilometer"), ("000", "gut 100 km")).as_deref(), Some("agree"));
}
