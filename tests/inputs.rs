//! Inputs as people have them: saved web pages and news-please articles
//! give the findings their texts give as `.txt`, and `factdiff batch`
//! checks stories of JSON Lines. The story is invented for these tests.

mod common;

use std::path::Path;

use common::{factdiff, json, stderr};
use serde_json::{Value, json};

const TITLE: &str = "Brücke über die Lahn gesperrt";
const DATE: &str = "2024-03-05T09:30:00";

/// Three reports of one invented event: paragraphs after the title. The
/// third gives another length.
fn reports() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        (
            "tagesblatt",
            vec![
                "Die 120 Meter lange Brücke über die Lahn ist am Montag gesperrt worden, wie die Stadtverwaltung mitteilte.",
                "„Wir prüfen die Schäden so schnell wie möglich“, sagte Bürgermeisterin Anna Berger. Der Verkehr wird über eine Umleitung von rund 15 Kilometern geführt.",
            ],
        ),
        (
            "kurier",
            vec![
                "Die Stadt hat die 120 Meter lange Brücke über die Lahn am Montag gesperrt.",
                "„Wir prüfen die Schäden so schnell wie möglich“, sagte Bürgermeisterin Anna Berger am Rathaus. Autofahrer müssen eine Umleitung von etwa 15 Kilometern fahren.",
            ],
        ),
        (
            "anzeiger",
            vec![
                "Die 180 Meter lange Brücke über die Lahn ist seit Montag gesperrt, teilte die Stadtverwaltung mit.",
                "Eine Umleitung von rund 15 Kilometern ist ausgeschildert, hieß es aus dem Rathaus.",
            ],
        ),
    ]
}

fn text(paragraphs: &[&str]) -> String {
    format!("{TITLE}\n\n{}\n", paragraphs.join("\n\n"))
}

fn page(outlet: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{TITLE} | {outlet}</title>\n\
         <meta property=\"article:published_time\" content=\"{DATE}+01:00\">\n</head><body>\n\
         <nav><a href=\"/\">Startseite</a> <a href=\"/lokal\">Lokales</a> <a href=\"/sport\">Sport</a></nav>\n\
         <article><h1>{TITLE}</h1>\n{body}</article>\n\
         <footer><a href=\"/impressum\">Impressum</a> <a href=\"/datenschutz\">Datenschutz</a></footer></body></html>\n"
    )
}

/// A finding as kind, verdict and its mentions' sources and texts.
type Seen = (String, String, Vec<(String, String)>);

fn findings(report: &Value) -> Vec<Seen> {
    let mut out: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let mut mentions: Vec<(String, String)> = f["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["source"].as_str().unwrap().to_string(), m["text"].as_str().unwrap().to_string()))
                .collect();
            mentions.sort();
            (f["kind"].as_str().unwrap().to_string(), f["verdict"].as_str().unwrap().to_string(), mentions)
        })
        .collect();
    out.sort();
    out
}

fn check(dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["check", "--no-config", "--format", "json", "."];
    args.extend_from_slice(extra);
    let o = factdiff(dir, &args);
    assert!(o.status.code() == Some(1), "the 180 m is a conflict: {}", stderr(&o));
    json(&o)
}

#[test]
fn web_pages_and_news_please_articles_give_the_findings_of_their_texts() {
    let (txt, html, records) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for (outlet, paragraphs) in reports() {
        std::fs::write(txt.path().join(format!("{outlet}.txt")), text(&paragraphs)).unwrap();
        std::fs::write(html.path().join(format!("{outlet}.html")), page(outlet, &paragraphs)).unwrap();
        let record = json!({"title": TITLE, "maintext": paragraphs.join("\n\n"), "date_publish": "2024-03-05 09:30:00",
                            "source_domain": format!("{outlet}.example"), "language": "de"});
        std::fs::write(records.path().join(format!("{outlet}.json")), record.to_string()).unwrap();
    }
    // the texts need the dateline given; the pages and records carry it
    let from_txt = check(txt.path(), &["--reference-time", DATE]);
    let from_html = check(html.path(), &[]);
    let from_json = check(records.path(), &[]);
    let expected = findings(&from_txt);
    assert!(expected.iter().any(|f| f.1 == "conflict"), "{expected:?}");
    assert_eq!(findings(&from_html), expected);
    assert_eq!(findings(&from_json), expected);
    // offsets count in the text taken out of the page, and the page is named
    let m = &from_html["findings"][0]["mentions"][0];
    let path = m["source"].as_str().unwrap();
    assert!(
        from_html["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"].as_str().unwrap().ends_with(&format!("{path}.html")))
    );
    let taken = text(&reports().into_iter().find(|r| r.0 == path).unwrap().1);
    let (start, end) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
    assert_eq!(&taken[start..end], m["text"].as_str().unwrap());
    assert_eq!(from_html["sources"][0]["published"], DATE);
    // a folder may mix them
    std::fs::copy(html.path().join("kurier.html"), txt.path().join("kurier.html")).unwrap();
    std::fs::remove_file(txt.path().join("kurier.txt")).unwrap();
    assert_eq!(findings(&check(txt.path(), &["--reference-time", DATE])), expected);
}

#[test]
fn batch_writes_a_line_a_story_and_skips_bad_records() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = Vec::new();
    for story in ["s1", "s2", "s3"] {
        for (outlet, paragraphs) in reports() {
            // only the second story has the 180 m
            let paragraphs: Vec<String> = paragraphs
                .iter()
                .map(|p| if story == "s2" { p.to_string() } else { p.replace("180", "120") })
                .collect();
            lines.push(
                json!({"story": story, "title": TITLE, "maintext": paragraphs.join("\n\n"),
                       "date_publish": DATE, "source_domain": outlet})
                .to_string(),
            );
        }
        if story == "s1" {
            lines.push("{not json".into());
            lines.push(json!({"story": "s1", "title": "no text"}).to_string());
        }
    }
    std::fs::write(dir.path().join("day.jsonl"), lines.join("\n") + "\n").unwrap();
    let o = factdiff(dir.path(), &["batch", "day.jsonl", "--jobs", "2"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("day.jsonl:4: bad JSON"), "{err}");
    assert!(err.contains("day.jsonl:5: no article text"), "{err}");
    let out: Vec<Value> =
        String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let stories: Vec<(&str, u64)> =
        out.iter().map(|r| (r["story"].as_str().unwrap(), r["summary"]["conflict"].as_u64().unwrap())).collect();
    assert_eq!(stories, vec![("s1", 0), ("s2", 1), ("s3", 0)]);
    assert_eq!(out[0]["sources"].as_array().unwrap().len(), 3);
    // nothing fails below the threshold; a pipe gets no progress bar
    let o = factdiff(dir.path(), &["batch", "day.jsonl", "--fail-on", "never", "--story-key", "story"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!stderr(&o).contains('\r'));
}

#[test]
fn batch_lang_is_for_records_that_name_none() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        json!({"story": "x", "source_domain": "a", "language": "en", "maintext": "The bridge is 120 meters long, the city said on Monday."}),
        json!({"story": "x", "source_domain": "b", "maintext": "The bridge is 120 meters long, officials said on Monday."}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(dir.path().join("day.jsonl"), text).unwrap();
    let o = factdiff(dir.path(), &["batch", "day.jsonl", "--lang", "de"]);
    let report: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&o)));
    let langs: Vec<&str> = report["sources"].as_array().unwrap().iter().map(|s| s["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["en", "de"]);
}
