//! Fuzzing the quote and speaker finder (`extract::quote`,
//! `extract::speaker`) on arbitrary text, as one prepared document.
#![no_main]

use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(source) = Source::decode("f".into(), "f.txt".into(), text.as_bytes()) else { return };
    let doc = Document::prepare(source, &SourceMeta::default(), None, None);
    let aliases = [("Wladimir Putin".to_string(), "Kremlchef".to_string())];
    let (quotes, _) = factdiff::extract::quote::find(&doc, &aliases);
    for q in quotes {
        assert!(q.start <= q.end && q.end <= doc.source.text.len());
    }
});
