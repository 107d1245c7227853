//! Every direct quotation in the seed articles that is speech, not a term,
//! with the speaker a careful reader names — or none where the text does
//! not say who speaks next to the quote (headlines, partial quotes whose
//! speaker is only implied). Unknown beats wrong.

use std::path::Path;
use std::process::Command;

/// (source prefix, opening words, speaker)
const EXPECTED: &[(&str, &str, Option<&str>)] = &[
    ("000", "sicher, dass das russische Volk", Some("Kim Jong Un")),
    ("000", "russische Militär und sein Volk", Some("Kim Jong Un")),
    ("000", "immer an der Seite Russlands", Some("Kim Jong Un")),
    ("000", "als Sprungbrett dienen, um die", Some("Kim Jong Un")),
    ("000", "obersten Priorität", Some("Kim Jong Un")),
    ("000", "Ich bin tief überzeugt davon,", Some("Kim Jong Un")),
    ("000", "Deswegen sind wir ins Kosmodrom", Some("Wladimir Putin")),
    ("000", "Russland hat sich zu einem", Some("Kim Jong Un")),
    ("000", "Wir werden die Entscheidungen von", Some("Kim Jong Un")),
    ("000", "heiligen Krieg gegen den Westen", None),
    ("000", "Russland hat sich zu einem", Some("Kim Jong Un")),
    ("000", "Wir werden die Entscheidungen von", Some("Kim Jong Un")),
    ("000", "Und wir werden im Kampf", Some("Kim Jong Un")),
    ("000", "Bin froh, dich zu sehen", None),
    ("000", "Ich bin froh, dich zu", Some("Wladimir Putin")),
    ("000", "Deshalb sind wir zum Kosmodrom", Some("Wladimir Putin")),
    ("001", "Einen Toast auf die künftige", Some("Wladimir Putin")),
    ("001", "Ich bin tief überzeugt davon,", Some("Kim Jong Un")),
    ("001", "neue Siege des großen Russlands", Some("Kim Jong Un")),
    ("001", "Sprungbrett", Some("Kim Jong Un")),
    ("001", "immer an der Seite Russlands", Some("Kim Jong Un")),
    ("001", "Wir werden alle diese Themen", Some("Wladimir Putin")),
    ("001", "Jede Lieferung von Waffen von", Some("Matthew Miller")),
    ("001", "Ich würde es als 'um", Some("Matthew Miller")),
    ("002", "Deswegen sind wir ins Kosmodrom", Some("Wladimir Putin")),
    ("002", "Russland hat sich zu einem", Some("Kim Jong Un")),
    ("002", "Wir werden die Entscheidungen von", Some("Kim Jong Un")),
    ("002", "Und wir werden im Kampf", Some("Kim Jong Un")),
    ("002", "Wir werden alle diese Themen", Some("Wladimir Putin")),
    ("002", "Unsere Länder kooperieren in sensiblen", Some("Dmitri Peskow")),
    ("002", "einen erheblichen Einfluss auf den", Some("An Chan-il")),
    ("002", "Ich freue mich, Sie zu", Some("Wladimir Putin")),
    ("002", "Einen Toast auf die künftige", Some("Wladimir Putin")),
    ("002", "heldenhafte russische Volk und seine", Some("Kim Jong Un")),
    ("002", "an den Fronten der militärischen", Some("Kim Jong Un")),
    ("002", "neue Siege des großen Russlands", Some("Kim Jong Un")),
    ("002", "Russland behält seine Position bei", Some("Dmitri Peskow")),
    ("002", "gewisse Einschränkungen", Some("Wladimir Putin")),
    ("002", "im Rahmen der bestehenden Regeln", Some("Wladimir Putin")),
    ("002", "Möglichkeiten, die wir zur Kenntnis", Some("Wladimir Putin")),
    ("003", "in den kommenden Tagen", Some("Dmitri Peskow")),
    ("003", "Selbstverständlich arbeiten beide Länder -", Some("Dmitri Peskow")),
    ("003", "Diese sollen aber weder offengelegt", Some("Dmitri Peskow")),
    ("003", "Sollte die südkoreanische Botschaft in", Some("Andrej Rudenko")),
    ("003", "Jedes Übertragen von Waffen von", Some("Matthew Miller")),
    ("004", "Der Führer der Demokratischen Volksrepublik", Some("Wladimir Putin")),
    ("004", "allen Entscheidungen", Some("Kim Jong Un")),
    ("004", "Wir werden über alle Themen", Some("Wladimir Putin")),
    ("004", "Wir haben genug Zeit.", Some("Wladimir Putin")),
    ("004", "Wir haben immer und werden", Some("Kim Jong Un")),
    ("004", "Ich hoffe, dass wir im", Some("Kim Jong Un")),
];

fn quotes() -> Vec<(String, String, Option<String>)> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff")).arg("extract").arg(&seeds).output().unwrap();
    assert!(o.status.success());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut out = Vec::new();
    for s in r["sources"].as_array().unwrap() {
        for c in s["claims"].as_array().unwrap() {
            if c["kind"] == "quote" && c["quote_kind"] == "speech" {
                let words: Vec<&str> = c["text"].as_str().unwrap().split_whitespace().take(5).collect();
                out.push((
                    s["id"].as_str().unwrap()[..3].to_string(),
                    words.join(" "),
                    c["speaker"].as_str().map(str::to_string),
                ));
            }
        }
    }
    out
}

#[test]
fn every_speech_quote_has_the_right_speaker_or_none() {
    let got = quotes();
    let expected: Vec<(String, String, Option<String>)> =
        EXPECTED.iter().map(|(s, w, p)| (s.to_string(), w.to_string(), p.map(str::to_string))).collect();
    assert_eq!(got, expected);
}

#[test]
fn speakers_are_named_for_most_and_wrong_for_none() {
    let got = quotes();
    assert_eq!(got.len(), EXPECTED.len(), "the same speech quotes are found");
    let named = got.iter().filter(|g| g.2.is_some()).count();
    assert!(named * 100 >= got.len() * 85, "{named} of {} quotes have a speaker", got.len());
    // a speaker given where the expectation has none, or another one, is wrong
    let wrong: Vec<_> = got
        .iter()
        .filter(|g| g.2.is_some())
        .filter(|g| !EXPECTED.iter().any(|e| e.0 == g.0 && e.1 == g.1 && e.2 == g.2.as_deref()))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}
