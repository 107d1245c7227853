//! Fuzzing the date and time reader (`read::date`) on arbitrary text, with
//! and without an anchor, both ways a weekday may resolve.
#![no_main]

use factdiff::model::claim::Lang;
use factdiff::read::date;
use factdiff::settings::Prefer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let anchor = jiff::civil::date(2023, 9, 13).at(15, 11, 0, 0);
    for lang in [Lang::De, Lang::En] {
        for (a, prefer) in [(None, Prefer::Past), (Some(anchor), Prefer::Past), (Some(anchor), Prefer::Future)] {
            for d in date::find(text, lang, a, prefer) {
                assert!(d.start <= d.end && d.end <= text.len());
            }
        }
    }
});
