//! A second corpus written for the tests: four short reports (three German,
//! one English) of an invented bridge collapse, with a known list of what
//! they agree and disagree on. The rules must hold here as on the seeds.
//!
//! Answer key:
//! - injured: 11 (a, b, d) vs 14 (c)                      → conflict
//! - detour: rund 15 km (a), etwa 15 km (b) vs 25 km (c)  → conflict
//! - "Die Trümmer liegen …": fire chief Albers (a) vs the mayor (c) → conflict
//! - "Wir haben/hatten großes Glück …" (a, b)             → variant
//! - bridge length 120 m (a, b, and d in English); renovation cost 4,5 Mio. € (a, b);
//!   opened 1968 (a, b)                                   → agree
//! - the collapse at 6.40 on Tuesday 12 March (a, b, c): the day named
//!   before the time, not the day of writing (13 March)  → agree
//! - the river is 40 m wide (a only): never paired with the 120 m bridge
//! - c's reader comments yield nothing.

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

fn verdict_of(r: &Value, wanted: &[(&str, &str)]) -> String {
    let found = findings_with(r, wanted);
    assert_eq!(found.len(), 1, "one finding should hold {wanted:?}, found {}", found.len());
    found[0]["verdict"].as_str().unwrap().to_string()
}

#[test]
fn the_injured_count_conflicts() {
    let r = report();
    assert_eq!(verdict_of(&r, &[("a_", "Elf Menschen"), ("c_", "14 Menschen")]), "conflict");
    assert_eq!(verdict_of(&r, &[("a_", "Elf Menschen"), ("b_", "11 Menschen")]), "conflict");
}

#[test]
fn the_detour_conflicts_and_its_agreeing_mentions_stay_together() {
    let r = report();
    assert_eq!(
        verdict_of(&r, &[("a_", "rund 15 Kilometern"), ("b_", "etwa 15 Kilometern"), ("c_", "rund 25 Kilometern")]),
        "conflict"
    );
}

#[test]
fn the_same_words_given_to_two_speakers_conflict() {
    let r = report();
    assert_eq!(
        verdict_of(
            &r,
            &[("a_", "Die Trümmer liegen teilweise im Fluss"), ("c_", "Die Trümmer liegen teilweise im Fluss")]
        ),
        "conflict"
    );
}

#[test]
fn a_reworded_quote_is_a_variant() {
    let r = report();
    assert_eq!(
        verdict_of(&r, &[("a_", "Wir haben großes Glück gehabt"), ("b_", "Wir hatten großes Glück")]),
        "variant"
    );
}

#[test]
fn consistent_figures_agree() {
    let r = report();
    assert_eq!(verdict_of(&r, &[("a_", "rund 120 Meter"), ("b_", "120 Meter")]), "agree");
    // the English report's `120-metre road bridge` is the same fact
    assert_eq!(verdict_of(&r, &[("a_", "rund 120 Meter"), ("d_", "120-metre")]), "agree");
    assert_eq!(verdict_of(&r, &[("a_", "4,5 Millionen Euro"), ("b_", "4,5 Mio. Euro")]), "agree");
}

#[test]
fn the_time_of_the_collapse_is_on_the_day_named_before_it() {
    let r = report();
    let times: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["mentions"].as_array().unwrap())
        .filter(|m| m["text"].as_str().unwrap().contains("6.40") || m["text"].as_str().unwrap().contains("6:40"))
        .collect();
    assert_eq!(times.len(), 4, "every report gives the time");
    for m in times {
        assert_eq!(m["value"]["from"], "2024-03-12T06:40:00", "{m}");
    }
    assert_eq!(verdict_of(&r, &[("b_", "um 6.40 Uhr"), ("c_", "gegen 6.40 Uhr")]), "agree");
}

#[test]
fn the_river_width_is_not_the_bridge_length() {
    let r = report();
    assert!(findings_with(&r, &[("a_", "rund 40 Meter"), ("b_", "120 Meter")]).is_empty());
    assert!(findings_with(&r, &[("a_", "rund 40 Meter"), ("a_", "rund 120 Meter")]).is_empty());
}

#[test]
fn only_the_expected_conflicts() {
    let r = report();
    let conflicts = r["summary"]["conflict"].as_u64().unwrap();
    assert_eq!(conflicts, 3, "{}", serde_json::to_string_pretty(&r["findings"]).unwrap());
}

#[test]
fn reader_comments_yield_nothing() {
    let r = report();
    for f in r["findings"].as_array().unwrap() {
        for m in f["mentions"].as_array().unwrap() {
            let text = m["text"].as_str().unwrap();
            assert!(
                !text.contains("500 Meter") && !text.contains("großes Pech") && !text.contains("100 Prozent"),
                "{text}"
            );
        }
    }
}
