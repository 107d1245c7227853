//! News-please articles, a loader of the first stage: one article as JSON
//! in the field names of the news-please crawler — `title`, `maintext` (or
//! `text`), `date_publish` (the dateline), `source_domain` (the outlet's
//! name), `url`, `language`. The text is the title, a blank line and the
//! main text; offsets count in it.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::prepare::meta::SourceMeta;

/// The article text of a news-please `.json` file read from `path`, and
/// what the record says of it.
pub fn read(path: &str, bytes: &[u8]) -> Result<(String, SourceMeta)> {
    let fail = |message: String| Error::Article { path: path.into(), message };
    let value: Value = serde_json::from_slice(bytes).map_err(|e| fail(format!("not JSON: {e}")))?;
    let Value::Object(record) = value else { return Err(fail("not a news-please article (a JSON object)".into())) };
    let (text, meta) = article(&record).map_err(fail)?;
    Ok((text, meta))
}

/// The text and what the record says about it, or why it has none.
pub fn article(record: &Map<String, Value>) -> std::result::Result<(String, SourceMeta), String> {
    let field = |name: &str| record.get(name).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    let body = field("maintext").or_else(|| field("text")).ok_or("no article text (`maintext` or `text`)")?;
    let text = match field("title") {
        Some(title) if !body.starts_with(title) => format!("{title}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    let published = match field("date_publish") {
        Some(d) => {
            Some(crate::settings::parse_reference_time(d).map_err(|_| format!("date_publish {d:?} is not a date"))?)
        }
        None => None,
    };
    let meta = SourceMeta {
        name: field("source_domain").map(str::to_string),
        published,
        lang: field("language").and_then(crate::lang::Lang::parse),
    };
    Ok((text, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_gives_title_text_dateline_and_outlet() {
        let json = r#"{"title": "Brücke gesperrt", "maintext": "Die Brücke ist 120 Meter lang.",
            "date_publish": "2024-03-05 09:30:00", "source_domain": "tagesblatt.example", "language": "de"}"#;
        let (text, meta) = read("a.json", json.as_bytes()).unwrap();
        assert_eq!(text, "Brücke gesperrt\n\nDie Brücke ist 120 Meter lang.\n");
        assert_eq!(meta.published.unwrap().to_string(), "2024-03-05T09:30:00");
        assert_eq!(meta.name.as_deref(), Some("tagesblatt.example"));
    }

    #[test]
    fn a_record_without_text_or_with_a_bad_date_is_refused() {
        let e = read("a.json", br#"{"title": "Nur ein Titel"}"#).unwrap_err();
        assert!(e.to_string().contains("a.json: no article text"), "{e}");
        let e = read("a.json", br#"{"text": "x y", "date_publish": "gestern"}"#).unwrap_err();
        assert!(e.to_string().contains("date_publish"), "{e}");
        assert!(read("a.json", b"{oops").is_err());
    }
}
