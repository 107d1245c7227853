//! What `claims.yaml` changes in a check: display names and datelines,
//! pinned claims reported under their id, accepted findings that no longer
//! fail CI (and a warning when one matches nothing), tolerances.

mod common;

use std::path::Path;

use common::{factdiff, json};
use serde_json::Value;

/// Two reports whose missile ranges conflict (about 650 km vs about 800 km), and a lone
/// figure in the first.
fn corpus(dir: &Path) {
    std::fs::write(
        dir.join("a.txt"),
        "Die Raketen seien etwa 650 Kilometer weit in Richtung Meer geflogen.\nDer Hafen liegt rund 30 Kilometer entfernt.\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), "Beide Raketen seien rund 800 Kilometer weit in Richtung Meer geflogen.\n")
        .unwrap();
}

fn conflict_id(dir: &Path) -> String {
    let r = json(&factdiff(dir, &["check", "--no-config", "--format", "json", "a.txt", "b.txt"]));
    let f = r["findings"].as_array().unwrap().iter().find(|f| f["verdict"] == "conflict").expect("a conflict");
    f["id"].as_str().unwrap().to_string()
}

#[test]
fn names_and_datelines_come_from_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(
        dir.path().join("claims.yaml"),
        "sources:\n  - path: a.txt\n    name: Tagesblatt\n    published: 2024-03-13T09:15:00\n  - path: b.txt\n",
    )
    .unwrap();
    let r = json(&factdiff(dir.path(), &["check", "--format", "json"]));
    assert_eq!(r["sources"][0]["name"], "Tagesblatt");
    assert_eq!(r["sources"][0]["published"], "2024-03-13T09:15:00");
    assert_eq!(r["sources"][1]["name"], Value::Null);
}

#[test]
fn an_accepted_finding_no_longer_fails() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let id = conflict_id(dir.path());
    let o = factdiff(dir.path(), &["check", "--no-config", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(1));
    std::fs::write(
        dir.path().join("claims.yaml"),
        format!("accepted:\n  - id: {id}\n    reason: b counts from the other launch site\n"),
    )
    .unwrap();
    let o = factdiff(dir.path(), &["check", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("accepted: b counts from the other launch site"), "{text}");
    let r = json(&factdiff(dir.path(), &["check", "--format", "json", "a.txt", "b.txt"]));
    let f = r["findings"].as_array().unwrap().iter().find(|f| f["id"] == id.as_str()).unwrap();
    assert_eq!(f["verdict"], "conflict", "still listed as it is");
    assert_eq!(f["accepted"], "b counts from the other launch site");
}

#[test]
fn the_id_survives_an_edit_of_the_value() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let before = conflict_id(dir.path());
    let b = std::fs::read_to_string(dir.path().join("b.txt")).unwrap().replace("800", "900");
    std::fs::write(dir.path().join("b.txt"), b).unwrap();
    assert_eq!(conflict_id(dir.path()), before);
}

#[test]
fn an_accepted_entry_that_matches_nothing_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(dir.path().join("claims.yaml"), "accepted:\n  - id: quantity-000000000000\n    reason: old\n")
        .unwrap();
    let o = factdiff(dir.path(), &["check", "--format", "json", "a.txt", "b.txt"]);
    let r = json(&o);
    let warnings = r["warnings"].as_array().unwrap();
    assert!(
        warnings.iter().any(|w| w.as_str().unwrap().contains("quantity-000000000000 no longer matches")),
        "{warnings:?}"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("quantity-000000000000"));
}

#[test]
fn pinned_claims_are_reported_under_their_id_even_alone() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(
        dir.path().join("claims.yaml"),
        "pinned:\n  - id: missile-range\n    kind: quantity\n    subject: [Raketen, geflogen]\n  \
         - id: port-distance\n    kind: quantity\n    subject: [Hafen, entfernt]\n  \
         - id: crew-size\n    kind: quantity\n    subject: [Besatzung]\n",
    )
    .unwrap();
    let r = json(&factdiff(dir.path(), &["check", "--format", "json", "a.txt", "b.txt"]));
    let by_id = |id: &str| r["findings"].as_array().unwrap().iter().find(|f| f["id"] == id).cloned();
    let range = by_id("missile-range").expect("pinned range");
    assert_eq!(range["pinned"], true);
    assert_eq!(range["verdict"], "conflict");
    let port = by_id("port-distance").expect("pinned single");
    assert_eq!(port["verdict"], "single");
    assert!(by_id("crew-size").is_none());
    assert!(r["warnings"].as_array().unwrap().iter().any(|w| w.as_str().unwrap().contains("crew-size")));
}

#[test]
fn tolerances_widen_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(dir.path().join("claims.yaml"), "tolerances:\n  approx: 0.05\n  dimensions:\n    length: 0.1\n")
        .unwrap();
    let o = factdiff(dir.path(), &["check", "a.txt", "b.txt"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "≈650 km meets ≈800 km once both widen by a further 10%: {}",
        String::from_utf8_lossy(&o.stdout)
    );
    std::fs::write(
        dir.path().join("claims.yaml"),
        "pinned:\n  - id: missile-range\n    kind: quantity\n    subject: [Raketen, geflogen]\n    tolerance: 0.1\n",
    )
    .unwrap();
    let o = factdiff(dir.path(), &["check", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0), "a pinned tolerance widens too");
}

#[test]
fn explain_shows_why_mentions_paired() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let id = conflict_id(dir.path());
    let o = factdiff(dir.path(), &["explain", "--no-config", &id, "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("shared subject words:") && text.contains("geflogen"), "{text}");
    let o = factdiff(dir.path(), &["check", "--no-config", "--explain", "quantity-ffffffffffff", "a.txt", "b.txt"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn aliases_name_speakers_the_text_only_gives_a_role() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "„Wir werden alle diese Themen besprechen“, sagte der Kremlchef am Abend.\n",
    )
    .unwrap();
    let speaker = |r: &Value| r["findings"][0]["mentions"][0]["speaker"].clone();
    let r = json(&factdiff(dir.path(), &["check", "--no-config", "--show", "all", "--format", "json", "a.txt"]));
    assert_eq!(speaker(&r), "Kremlchef", "no name in the text: the role as written, not a person");
    std::fs::write(dir.path().join("claims.yaml"), "aliases:\n  Wladimir Putin: [Kremlchef]\n").unwrap();
    let r = json(&factdiff(dir.path(), &["check", "--show", "all", "--format", "json", "a.txt"]));
    assert_eq!(speaker(&r), "Wladimir Putin");
}
