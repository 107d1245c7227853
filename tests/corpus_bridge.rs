//! A second corpus written for the tests: four short reports (three German,
//! one English) of an invented bridge collapse, with a known list of what
//! they agree and disagree on. The rules must hold here as on the seeds.
//!
//! The answer key is data: `tests/data/bridge.answers.json`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn report() -> Value {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bridge");
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The findings (not singles) that hold a mention of each (source prefix,
/// text fragment).
fn findings_with<'a>(r: &'a Value, wanted: &[(&str, &str)]) -> Vec<&'a Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "single")
        .filter(|f| {
            wanted.iter().all(|(src, text)| {
                f["mentions"].as_array().unwrap().iter().any(|m| {
                    m["source"].as_str().unwrap().starts_with(src)
                        && (m["text"].as_str().unwrap().contains(text) || text.contains(m["text"].as_str().unwrap()))
                })
            })
        })
        .collect()
}

fn answers() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/bridge.answers.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn mentions(entry: &Value) -> Vec<(&str, &str)> {
    entry["mentions"].as_array().unwrap().iter().map(|m| (m[0].as_str().unwrap(), m[1].as_str().unwrap())).collect()
}

#[test]
fn every_finding_of_the_answer_key_has_its_verdict() {
    let (r, key) = (report(), answers());
    let mut wrong = Vec::new();
    for entry in key["findings"].as_array().unwrap() {
        let wanted = mentions(entry);
        let found = findings_with(&r, &wanted);
        let got: Vec<&str> = found.iter().map(|f| f["verdict"].as_str().unwrap()).collect();
        if got != [entry["verdict"].as_str().unwrap()] {
            wrong.push(format!("{}: expected one {}, got {got:?}", entry["what"], entry["verdict"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn what_the_answer_key_keeps_apart_is_never_paired() {
    let (r, key) = (report(), answers());
    for entry in key["never_paired"].as_array().unwrap() {
        assert!(findings_with(&r, &mentions(entry)).is_empty(), "{}", entry["what"]);
    }
}

#[test]
fn only_the_expected_conflicts() {
    let (r, key) = (report(), answers());
    assert_eq!(r["summary"]["conflict"], key["conflicts"], "{}", serde_json::to_string_pretty(&r["findings"]).unwrap());
}

#[test]
fn the_time_of_the_collapse_is_on_the_day_named_before_it() {
    let (r, key) = (report(), answers());
    let expected = &key["collapse_time"];
    let texts: Vec<&str> = expected["texts"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    let times: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["mentions"].as_array().unwrap())
        .filter(|m| texts.iter().any(|t| m["text"].as_str().unwrap().contains(t)))
        .collect();
    assert_eq!(times.len() as u64, expected["count"].as_u64().unwrap(), "{}", expected["what"]);
    for m in times {
        assert_eq!(m["value"]["from"], expected["from"], "{m}");
    }
}

#[test]
fn reader_comments_yield_nothing() {
    let (r, key) = (report(), answers());
    let banned: Vec<&str> =
        key["never_mentioned"]["texts"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    for f in r["findings"].as_array().unwrap() {
        for m in f["mentions"].as_array().unwrap() {
            let text = m["text"].as_str().unwrap();
            assert!(!banned.iter().any(|b| text.contains(b)), "{text}");
        }
    }
}
