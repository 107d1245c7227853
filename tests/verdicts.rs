//! Verdict rules a user relies on: a weekday that is not its date's is a
//! finding; relative dates without a dateline are never called a conflict;
//! a dateline in the text anchors them.

use std::process::Command;

use serde_json::Value;

fn check(files: &[(&str, &str)], extra: &[&str]) -> (Option<i32>, Value) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "--no-config", "--format", "json"])
        .args(extra)
        .arg(dir.path())
        .output()
        .unwrap();
    (o.status.code(), serde_json::from_slice(&o.stdout).unwrap())
}

fn conflicts(r: &Value) -> Vec<&Value> {
    r["findings"].as_array().unwrap().iter().filter(|f| f["verdict"] == "conflict").collect()
}

const A: &str = "Kim traf Putin am Mittwoch auf dem Weltraumbahnhof Wostotschny.\n";
const B: &str = "Kim und Putin trafen sich am Donnerstag auf dem Weltraumbahnhof Wostotschny.\n";

#[test]
fn a_weekday_that_misses_its_date_is_a_finding() {
    let a = "Stand: 15.09.2023 10:00 Uhr\nKim traf Putin am Mittwoch (14. September) auf dem Weltraumbahnhof.\n";
    let (code, r) = check(&[("a.txt", a)], &[]);
    assert_eq!(code, Some(1));
    let found = conflicts(&r);
    assert_eq!(found.len(), 1, "{r:#}");
    assert!(found[0]["subject"].as_str().unwrap().contains("Mittwoch"), "{r:#}");
}

#[test]
fn relative_dates_without_a_dateline_never_conflict() {
    let (code, r) = check(&[("a.txt", A), ("b.txt", B)], &[]);
    assert_eq!(code, Some(0), "{r:#}");
    assert!(conflicts(&r).is_empty());
}

#[test]
fn datelines_anchor_relative_dates() {
    let a = format!("Stand: 14.09.2023 08:00 Uhr\n{A}");
    let b = format!("Stand: 15.09.2023 09:00 Uhr\n{B}");
    // Wednesday before 14 September 2023 is the 13th; Thursday before the
    // 15th is the 14th: the reports disagree on the day, but each day is read
    // from a dateline, so it is a question for the editor, not a conflict
    let (code, r) = check(&[("a.txt", &a), ("b.txt", &b)], &[]);
    assert_eq!(code, Some(0), "{r:#}");
    assert_eq!(r["summary"]["unclear"], 1, "{r:#}");
    let (code, r) = check(&[("a.txt", &a), ("b.txt", &b.replace("Donnerstag", "Mittwoch"))], &[]);
    assert_eq!(code, Some(0));
    assert_eq!(r["summary"]["unclear"], 0, "{r:#}");
}

#[test]
fn a_reference_time_anchors_sources_without_a_dateline() {
    let (_, r) = check(&[("a.txt", A)], &["--show", "all", "--reference-time", "2023-09-14T08:00:00"]);
    let date = r["findings"].as_array().unwrap().iter().find(|f| f["kind"] == "date").expect("a date finding");
    assert_eq!(date["mentions"][0]["value"]["from"], "2023-09-13T00:00:00");
}

/// The date findings of a check that are not `single`.
fn paired_dates(r: &Value) -> Vec<&Value> {
    r["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == "date" && f["verdict"] != "single").collect()
}

#[test]
fn a_speakers_today_in_a_quotation_never_pairs() {
    // two reports of one chant, written on different days: the chant's
    // `today` is the marchers', not either day of writing
    let a =
        "Published: March 11, 2013 23:51\nMarchers chanted, \"how many kids will you kill today\", witnesses said.\n";
    let b =
        "Published: March 13, 2013 14:29\nMarchers chanted, \"how many kids will you kill today\", witnesses said.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)], &[]);
    assert_eq!(code, Some(0), "{r:#}");
    assert!(paired_dates(&r).is_empty(), "{r:#}");
}

#[test]
fn recurring_days_never_pair() {
    let a = "Published: Sept. 18, 2013 10:00\nMicrosoft releases its fixes on the second Tuesday of every month, the company said.\n";
    let b = "Published: Sept. 20, 2013 10:00\nMicrosoft releases its fixes on the second Tuesday of every month, a spokesman said.\n";
    let (_, r) = check(&[("a.txt", a), ("b.txt", b)], &["--show", "all"]);
    let dates: Vec<&Value> = r["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == "date").collect();
    assert!(dates.is_empty(), "{r:#}");
}
