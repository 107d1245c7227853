//! Hostile input: very long lines, encoded blobs, endless digits and words
//! go through the whole pipeline (body, sentences, datelines, claims) in
//! time linear in their size, and an encoded image yields no claims.

use std::time::Instant;

use factdiff::model::claim::{ClaimValue, Lang};
use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::settings::ExtractOptions;

/// Claims of `text` read as one source, and the seconds it took (with the
/// position of every claim, as reports show them).
fn run(text: &str) -> (Vec<factdiff::model::claim::Claim>, f64) {
    run_in(text, None)
}

/// The same, in a language given rather than detected.
fn run_in(text: &str, lang: Option<Lang>) -> (Vec<factdiff::model::claim::Claim>, f64) {
    let t = Instant::now();
    let source = Source::decode("hostile".into(), "hostile.md".into(), text.as_bytes()).expect("decodes");
    let opts = ExtractOptions { lang, ..ExtractOptions::default() };
    let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
    let claims = factdiff::extract::claims(&doc, &opts).claims;
    for c in &claims {
        std::hint::black_box(doc.source.position(c.start));
    }
    (claims, t.elapsed().as_secs_f64())
}

fn german_line(bytes: usize) -> String {
    let s = "Am Mittwoch kamen rund 650 Gäste, sagte der Sprecher am 13. September 2023 um 14.31 Uhr; \
             es waren 40 bis 50 Verletzte. ";
    s.repeat(bytes / s.len() + 1)
}

#[test]
fn german_text_on_one_line_is_read_in_linear_time() {
    let (small, t1) = run(&german_line(256 * 1024));
    let (big, t4) = run(&german_line(1024 * 1024));
    assert!(big.len() >= 3 * small.len(), "every sentence is read");
    // four times the text may take at most eight times as long
    assert!(t4 <= 8.0 * t1 + 0.5, "256 KB in {t1:.2}s, 1 MB in {t4:.2}s");
}

#[test]
#[ignore = "slow in debug builds; run with --release --ignored"]
fn ten_and_a_hundred_megabytes_on_one_line() {
    let (_, t10) = run(&german_line(10 << 20));
    let (_, t100) = run(&german_line(100 << 20));
    assert!(t100 <= 15.0 * t10 + 1.0, "10 MB in {t10:.2}s, 100 MB in {t100:.2}s");
}

#[test]
fn an_image_in_base64_gives_no_dates() {
    // a pseudo-random blob with `9PM` and `7H36` inside, as base64 has them
    let mut blob = String::new();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for i in 0..300_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        blob.push(alphabet[(x % 64) as usize] as char);
        if i == 1000 {
            blob.push_str("9PM");
        }
        if i == 5000 {
            blob.push_str("7H36");
        }
    }
    let text = format!(
        "# Beben\n\nAm Mittwoch bebte die Erde.\n\n![Bild](data:image/png;base64,{blob})\n\nDanach 20 Verletzte.\n"
    );
    // the blob outweighs the prose for detection: the page is said to be German
    let (claims, secs) = run_in(&text, Some(Lang::De));
    let dates: Vec<_> = claims.iter().filter(|c| matches!(c.value, ClaimValue::Date(_))).collect();
    assert_eq!(dates.len(), 1, "only `Am Mittwoch`: {dates:?}");
    assert!(secs < 5.0, "{secs:.2}s");
}

#[test]
fn endless_digits_and_one_long_word_take_linear_time() {
    // ten times the input may take at most twenty times as long (the
    // absolute speed is measured by the benchmarks, not here)
    let (_, t1) = run(&"7".repeat(1 << 20));
    let (_, t10) = run(&"7".repeat(10 << 20));
    assert!(t10 <= 20.0 * t1 + 1.0, "1 MB of digits in {t1:.2}s, 10 MB in {t10:.2}s");
    let (short, t1) = run(&"a".repeat(100 << 10));
    let (long, t10) = run(&"a".repeat(1 << 20));
    assert!(short.is_empty() && long.is_empty(), "one word is no claim");
    assert!(t10 <= 20.0 * t1 + 1.0, "100 KB word in {t1:.2}s, 1 MB word in {t10:.2}s");
}
