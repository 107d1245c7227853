//! Fuzzing the number and quantity readers (`read::number`,
//! `read::quantity`) on arbitrary text, in both languages.
#![no_main]

use factdiff::model::claim::Lang;
use factdiff::read::{number, quantity, token::Toks};
use factdiff::settings::Tolerances;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let toks = Toks::new(text);
    for lang in [Lang::De, Lang::En] {
        for i in 0..toks.len().min(64) {
            let _ = number::at(&toks, i, lang);
        }
        for q in quantity::find(text, lang, &Tolerances::default()) {
            assert!(q.start <= q.end && q.end <= text.len());
        }
    }
});
