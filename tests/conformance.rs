//! The German peer suites (Duckling, Recognizers-Text; see
//! `tests/data/conformance/LICENSES`) run through the library with the pass
//! rule of `eval/conformance.py`, so that a regression in number or date
//! extraction fails the build.

use std::collections::BTreeMap;

use factdiff::model::claim::Lang;
use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::settings::{ExtractOptions, Prefer, parse_reference_time};
use serde_json::Value;

const DIMS: &[(&str, &str, Option<&str>, f64)] = &[
    // file, claim kind, claim dimension, required pass rate
    ("number", "quantity", Some("number"), 0.90),
    ("percentage", "quantity", Some("percent"), 0.90),
    ("distance", "quantity", Some("length"), 0.90),
    ("duration", "quantity", Some("duration"), 0.90),
    ("date", "date", None, 0.80),
    ("datetime", "date", None, 0.80),
    ("daterange", "date", None, 0.80),
];

fn length_factor(unit: &str) -> Option<f64> {
    Some(match unit {
        "kilometre" | "kilometer" => 1000.0,
        "metre" | "meter" => 1.0,
        "centimetre" | "centimeter" => 0.01,
        "millimetre" | "millimeter" => 0.001,
        "mile" => 1609.344,
        "yard" => 0.9144,
        "foot" => 0.3048,
        "inch" => 0.0254,
        _ => return None,
    })
}

/// What a case expects: a number or a date-time prefix.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    Num(f64),
    Text(String),
}

fn as_f64(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn expected(dim: &str, e: &Value) -> Option<Want> {
    match dim {
        "number" | "percentage" => as_f64(e.get("value")?).map(Want::Num),
        "distance" => {
            let unit = e.get("unit").and_then(Value::as_str).unwrap_or("").to_lowercase();
            Some(Want::Num(as_f64(e.get("value")?)? * length_factor(&unit)?))
        }
        "duration" => as_f64(e.get("seconds")?).map(Want::Num),
        "date" | "datetime" => {
            let v = e.get("value")?;
            let n = if dim == "datetime" { 16 } else { 10 };
            if let Some(s) = v.as_str() {
                return Some(Want::Text(s.chars().take(n).collect()));
            }
            if let Some(d) = v.get("date").and_then(Value::as_str) {
                return Some(Want::Text(d.to_string()));
            }
            if let Some(d) = v.get("dateTime").and_then(Value::as_str) {
                return Some(Want::Text(d.replace(' ', "T").chars().take(16).collect()));
            }
            None
        }
        "daterange" => {
            if let Some(f) = e.get("from").and_then(Value::as_str) {
                return Some(Want::Text(f.chars().take(10).collect()));
            }
            e.get("value")?.get("startDate").and_then(Value::as_str).map(|s| Want::Text(s.to_string()))
        }
        _ => None,
    }
}

/// Python's truth value of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn matches(dim: &str, kind: &str, cdim: Option<&str>, c: &Value, want: &Want) -> bool {
    if c.get("kind").and_then(Value::as_str) != Some(kind) {
        return false;
    }
    if cdim.is_some() && c.get("dimension").and_then(Value::as_str) != cdim {
        return false;
    }
    match want {
        Want::Num(w) => c.get("value").and_then(Value::as_f64).is_some_and(|v| close(v, *w)),
        Want::Text(w) => {
            let n = if dim == "datetime" { 16 } else { 10 };
            c.get("from").and_then(Value::as_str).is_some_and(|f| f.chars().take(n).collect::<String>() == *w)
        }
    }
}

/// Runs `factdiff extract --lang de` on one text, through the library.
fn extract(text: &str, reference: Option<&str>, prefer: Prefer) -> Option<Vec<Value>> {
    let source = Source::decode("stdin".into(), "<stdin>".into(), text.as_bytes()).ok()?;
    let reference_time = match reference {
        Some(r) => Some(parse_reference_time(r).ok()?),
        None => None,
    };
    let opts = ExtractOptions { lang: Some(Lang::De), reference_time, prefer, ..ExtractOptions::default() };
    let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
    let claims = factdiff::extract::claims(&doc, &opts).claims;
    let wire = factdiff::report::wire::ExtractSource::new(&doc, &claims);
    let json = serde_json::to_value(&wire).ok()?;
    json.get("claims")?.as_array().cloned()
}

fn byte_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = |n: usize| text.chars().take(n).map(char::len_utf8).sum::<usize>();
    (b(start), b(end))
}

/// (passed, run) per `dim/source`.
fn score(dim: &str, kind: &str, cdim: Option<&str>) -> BTreeMap<String, (usize, usize)> {
    let path = format!("{}/tests/data/conformance/{dim}.jsonl", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut tally = BTreeMap::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("a JSON line");
        if case.get("mode").and_then(Value::as_str) == Some("extractor")
            || case.get("dotnet_supported") == Some(&Value::Bool(false))
        {
            continue;
        }
        let exp = case["expected"].as_array().cloned().unwrap_or_default();
        let flag = |k: &str| exp.iter().any(|e| e.get(k).is_some_and(truthy));
        if flag("ambiguous") || flag("holiday") {
            continue;
        }
        let wants: Vec<(Value, Option<Want>)> = exp.iter().map(|e| (e.clone(), expected(dim, e))).collect();
        if wants.iter().any(|w| w.1.is_none()) {
            continue;
        }
        let source = case["source"].as_str().unwrap_or("");
        let prefer = if source == "duckling" && cdim.is_none() { Prefer::Future } else { Prefer::Past };
        let text = case["text"].as_str().unwrap_or("");
        let claims = extract(text, case.get("reference_time").and_then(Value::as_str), prefer);
        let negative = case.get("negative").is_some_and(truthy);
        let ok = match claims {
            None => false,
            Some(claims) if negative => !claims.iter().any(|c| {
                c.get("kind").and_then(Value::as_str) == Some(kind)
                    && (cdim.is_none() || c.get("dimension").and_then(Value::as_str) == cdim)
            }),
            Some(claims) => wants.iter().all(|(e, want)| {
                let want = want.as_ref().expect("checked above");
                let (s, t) =
                    byte_span(text, e["start"].as_u64().unwrap_or(0) as usize, e["end"].as_u64().unwrap_or(0) as usize);
                claims.iter().any(|c| {
                    let cs = c.get("start").and_then(Value::as_u64).map_or(usize::MAX, |v| v as usize);
                    let ce = c.get("end").and_then(Value::as_u64).map_or(0, |v| v as usize);
                    cs < t && s < ce && matches(dim, kind, cdim, c, want)
                })
            }),
        };
        let entry = tally.entry(format!("{dim}/{source}")).or_insert((0, 0));
        entry.0 += usize::from(ok);
        entry.1 += 1;
    }
    tally
}

#[test]
fn german_peer_suites_pass_at_the_required_rates() {
    let mut failures = Vec::new();
    let mut report = String::new();
    for &(dim, kind, cdim, need) in DIMS {
        let tally = score(dim, kind, cdim);
        let (p, n) = tally.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
        for (key, (p, n)) in &tally {
            report.push_str(&format!("{key:28} {p:4}/{n:<4}\n"));
        }
        let rate = p as f64 / n.max(1) as f64;
        if rate < need {
            failures.push(format!("{dim}: {p}/{n} = {:.1}% < {:.0}%", 100.0 * rate, 100.0 * need));
        }
    }
    println!("{report}");
    assert!(failures.is_empty(), "{}\n{report}", failures.join("\n"));
}
