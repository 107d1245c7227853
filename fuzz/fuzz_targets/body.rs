//! Fuzzing load & decode, the body detector and the sentence splitter
//! (`prepare::source`, `prepare::body`, `prepare::segment`) on arbitrary
//! bytes.
#![no_main]

use factdiff::prepare::{body, segment, source::Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(source) = Source::decode("f".into(), "f.txt".into(), bytes) else { return };
    let text = &source.text;
    let lines = body::article_lines(text);
    for l in &lines {
        assert!(l.start <= l.end && l.end <= text.len());
    }
    for s in segment::sentences(text, &lines) {
        assert!(s.start <= s.end && s.end <= text.len());
        let _ = source.position(s.end);
        assert!(source.file_offset(s.end) <= bytes.len());
    }
});
