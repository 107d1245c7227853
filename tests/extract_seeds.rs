//! `factdiff extract --format json` over the five German seed articles: a
//! snapshot of the whole output (`tests/snapshots/extract_seeds.json`; set
//! `UPDATE_SNAPSHOTS=1` to rewrite it; a missing one fails) and the values
//! that matter most.

use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::settings::ExtractOptions;
use serde_json::Value;

const SEEDS: &[&str] = &[
    "seeds/000_91fbf6f36af62eed.txt",
    "seeds/001_e0dcbb857b8268f7.txt",
    "seeds/002_acbf1191f9d6081d.txt",
    "seeds/003_f2a174505cc65b25.txt",
    "seeds/004_89733a5d9f8c67a3.txt",
];

fn report() -> Value {
    let opts = ExtractOptions::default();
    let sources = SEEDS
        .iter()
        .map(|p| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(p);
            let mut source = Source::read(&path).expect("seed readable");
            source.path = p.to_string();
            let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
            let claims = factdiff::extract::claims(&doc, &opts).claims;
            factdiff::report::wire::ExtractSource::new(&doc, &claims)
        })
        .collect();
    let report = factdiff::report::wire::ExtractReport::new(sources, Vec::new());
    serde_json::to_value(&report).expect("serialisable")
}

fn source<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["sources"].as_array().unwrap().iter().find(|s| s["id"].as_str().unwrap().starts_with(id)).unwrap()
}

fn claim<'a>(r: &'a Value, id: &str, text: &str) -> &'a Value {
    let s = source(r, id);
    s["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == text)
        .unwrap_or_else(|| panic!("{id}: no claim {text:?}"))
}

fn f(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

#[test]
fn snapshot_of_the_seeds() {
    let got = serde_json::to_string_pretty(&report()).unwrap() + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/extract_seeds.json");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| !v.is_empty() && v != "0") {
        std::fs::write(&path, &got).unwrap();
    }
    assert!(path.exists(), "{} is missing: run with UPDATE_SNAPSHOTS=1 to write it", path.display());
    let want = std::fs::read_to_string(&path).unwrap();
    if got != want {
        let diff = similar::TextDiff::from_lines(&want, &got);
        let changes: String = diff
            .iter_all_changes()
            .filter(|c| c.tag() != similar::ChangeTag::Equal)
            .take(40)
            .map(|c| format!("{}{}", if c.tag() == similar::ChangeTag::Delete { "-" } else { "+" }, c))
            .collect();
        panic!("extract output changed (UPDATE_SNAPSHOTS=1 to accept):\n{changes}");
    }
}

#[test]
fn hedged_distances() {
    let r = report();
    let c = claim(&r, "001", "etwa 650 Kilometer");
    assert_eq!(
        (c["dimension"].as_str(), c["unit"].as_str(), c["hedge"].as_str()),
        (Some("length"), Some("m"), Some("approx"))
    );
    assert_eq!((f(&c["value"]), f(&c["low"]), f(&c["high"])), (650_000.0, 617_500.0, 682_500.0));
    let c = claim(&r, "002", "mehr als 1.500 Kilometer");
    assert_eq!((c["hedge"].as_str(), f(&c["value"]), f(&c["low"])), (Some("above"), 1.5e6, 1.5e6));
    // `mehr als` has no upper bound
    assert!(c["high"].is_null(), "{c}");
    let c = claim(&r, "000", "gut 100 km");
    assert_eq!((c["hedge"].as_str(), f(&c["value"]), f(&c["low"])), (Some("above"), 100_000.0, 100_000.0));
    let c = claim(&r, "004", "rund 100 Kilometer");
    assert_eq!(c["hedge"].as_str(), Some("approx"));
}

#[test]
fn durations_and_counts() {
    let r = report();
    let c = claim(&r, "000", "rund 40 Sekunden");
    assert_eq!((c["dimension"].as_str(), f(&c["value"])), (Some("duration"), 40.0));
    let c = claim(&r, "002", "seit vier Jahren");
    assert_eq!((c["dimension"].as_str(), f(&c["value"])), (Some("duration"), 4.0 * 365.0 * 86_400.0));
    let c = claim(&r, "001", "zwei Kurzstreckenraketen");
    assert_eq!(
        (c["dimension"].as_str(), c["noun"].as_str(), f(&c["value"])),
        (Some("count"), Some("Kurzstreckenrakete"), 2.0)
    );
}

#[test]
fn dates_and_datelines() {
    let r = report();
    let c = claim(&r, "003", "im Februar 2022");
    assert_eq!(
        (c["grain"].as_str(), c["from"].as_str(), c["to"].as_str()),
        (Some("month"), Some("2022-02-01T00:00:00"), Some("2022-03-01T00:00:00"))
    );
    assert_eq!(source(&r, "003")["published"].as_str(), Some("2023-09-12T07:43:00"));
    assert_eq!(source(&r, "002")["published"].as_str(), Some("2023-09-13T15:11:00"));
    assert_eq!(source(&r, "001")["published"], Value::Null);
    assert_eq!(source(&r, "004")["published"], Value::Null);
    // every `am Mittwoch` of the ticker resolves through its update's stamp
    let ticker = source(&r, "000");
    let wednesdays: Vec<&Value> =
        ticker["claims"].as_array().unwrap().iter().filter(|c| c["text"] == "am Mittwoch").collect();
    assert!(!wednesdays.is_empty());
    for c in wednesdays {
        assert_eq!((c["from"].as_str(), c["grain"].as_str()), (Some("2023-09-13T00:00:00"), Some("day")));
    }
    let c = claim(&r, "000", "am Mittwoch (13. September)");
    assert_eq!(c.get("weekday_mismatch"), None);
    let c = claim(&r, "004", "2019");
    assert_eq!((c["grain"].as_str(), c["from"].as_str()), (Some("year"), Some("2019-01-01T00:00:00")));
    // without a dateline a weekday stays unresolved, and is kept
    let c = claim(&r, "004", "am Mittwoch");
    assert_eq!((c["from"].clone(), c["relative"].as_bool()), (Value::Null, Some(true)));
}

#[test]
fn reader_comments_yield_nothing() {
    let r = report();
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEEDS[2])).unwrap();
    let comments = text.find("\nKommentare").expect("the seed has a comment section");
    let s = source(&r, "002");
    assert!(!s["claims"].as_array().unwrap().is_empty());
    for c in s["claims"].as_array().unwrap() {
        assert!((c["end"].as_u64().unwrap() as usize) <= comments, "claim from the comments: {c}");
    }
}
