//! Every JSON report validates against the documented contract in
//! `docs/schema/` (schema_version 2): `check` and `extract` on the seeds
//! (with the root `claims.yaml`) and on the bridge corpus.

mod common;

use std::path::{Path, PathBuf};

use common::{factdiff, json};
use jsonschema::{Retrieve, Uri};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Resolves the schemas' references to each other from `docs/schema/`,
/// never from the network.
struct Docs;

impl Retrieve for Docs {
    fn retrieve(&self, uri: &Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default().to_string();
        let text = std::fs::read_to_string(root().join("docs/schema").join(&name))?;
        Ok(serde_json::from_str(&text)?)
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("docs/schema").join(name)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::options().with_retriever(Docs).build(&schema).unwrap_or_else(|e| panic!("{name} compiles: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, report: &Value, what: &str) {
    let errors: Vec<String> =
        validator.iter_errors(report).take(10).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} does not validate:\n{}", errors.join("\n"));
}

fn run(dir: &Path, args: &[&str]) -> Value {
    let o = factdiff(dir, args);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{args:?}: {}", common::stderr(&o));
    json(&o)
}

#[test]
fn check_reports_validate() {
    let v = validator("check.schema.json");
    let seeds = run(&root(), &["check", "--format", "json"]);
    assert_valid(&v, &seeds, "check on the seeds");
    assert!(seeds["findings"].as_array().is_some_and(|f| !f.is_empty()));
    let bridge = run(&root(), &["check", "--no-config", "--format", "json", "tests/data/bridge"]);
    assert_valid(&v, &bridge, "check on the bridge corpus");
}

#[test]
fn extract_reports_validate() {
    let v = validator("extract.schema.json");
    let seeds = run(&root(), &["extract", "--format", "json"]);
    assert_valid(&v, &seeds, "extract on the seeds");
    let bridge = run(&root(), &["extract", "--no-config", "tests/data/bridge"]);
    assert_valid(&v, &bridge, "extract on the bridge corpus");
}

#[test]
fn the_schema_catches_a_broken_report() {
    let v = validator("check.schema.json");
    let mut seeds = run(&root(), &["check", "--format", "json"]);
    seeds["findings"][0]["verdict"] = Value::from("maybe");
    assert!(!v.is_valid(&seeds), "a verdict outside the contract must not validate");
    let mut seeds = run(&root(), &["check", "--format", "json"]);
    seeds["schema_version"] = Value::from(1);
    assert!(!v.is_valid(&seeds));
}

#[test]
fn an_open_bound_is_null() {
    let dir = tempfile::tempdir().unwrap();
    for text in ["Die Sitzung dauerte mindestens eine Stunde.", "Die Sitzung dauerte mehr als eine Stunde."] {
        std::fs::write(dir.path().join("a.txt"), format!("{text}\n")).unwrap();
        let r = run(dir.path(), &["extract", "--no-config", "a.txt"]);
        let claim = &r["sources"][0]["claims"][0];
        assert_eq!(claim["dimension"], "duration", "{claim}");
        assert_eq!(claim["low"], 3600);
        assert!(claim["high"].is_null(), "no upper bound: {claim}");
        assert_valid(&validator("extract.schema.json"), &r, "open bound");
    }
}

#[test]
fn extract_takes_the_dateline_check_uses_from_claims_yaml() {
    let r = run(&root(), &["extract", "--format", "json", "seeds/000_91fbf6f36af62eed.txt"]);
    assert_eq!(r["sources"][0]["published"], "2023-09-14T06:45:00");
    let c = run(&root(), &["check", "--format", "json"]);
    let s = c["sources"].as_array().unwrap().iter().find(|s| s["id"] == "000_91fbf6f36af62eed").unwrap();
    assert_eq!(s["published"], r["sources"][0]["published"]);
}
