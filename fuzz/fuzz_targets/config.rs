//! Fuzzing the `claims.yaml` reader (`config::Config::parse`) on arbitrary
//! text: any input is a configuration or an error that points at a line.
#![no_main]

use std::path::Path;

use factdiff::config::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = Config::parse(text, Path::new("claims.yaml"), Path::new("/p")) {
        let message = e.to_string();
        assert!(message.starts_with("claims.yaml"), "{message}");
        // the library's words for programmers stay out, unless the input
        // itself holds them (an unknown key is named as written)
        for internal in ["budget breached", "from_str_multiple"] {
            assert!(!message.contains(internal) || text.contains(internal), "{message}");
        }
    }
});
