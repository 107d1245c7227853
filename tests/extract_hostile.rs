//! Hostile input: very long lines, encoded blobs, endless digits and words
//! go through the whole pipeline (body, sentences, datelines, claims) and
//! give the claims their prose holds, and an encoded image yields none.
//! Their time and memory are measured by `scripts/hostile-inputs.py` (see
//! the README), not here.

use factdiff::model::claim::{ClaimValue, Lang};
use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::settings::ExtractOptions;

/// Claims of `text` read as one source (with the position of every claim
/// looked up, as reports show them).
fn run(text: &str) -> Vec<factdiff::model::claim::Claim> {
    run_in(text, None)
}

/// The same, in a language given rather than detected.
fn run_in(text: &str, lang: Option<Lang>) -> Vec<factdiff::model::claim::Claim> {
    let source = Source::decode("hostile".into(), "hostile.md".into(), text.as_bytes()).expect("decodes");
    let opts = ExtractOptions { lang, ..ExtractOptions::default() };
    let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
    let claims = factdiff::extract::claims(&doc, &opts).claims;
    for c in &claims {
        std::hint::black_box(doc.source.position(c.start));
    }
    claims
}

fn german_line(bytes: usize) -> String {
    let s = "Am Mittwoch kamen rund 650 Gäste, sagte der Sprecher am 13. September 2023 um 14.31 Uhr; \
             es waren 40 bis 50 Verletzte. ";
    s.repeat(bytes / s.len() + 1)
}

#[test]
fn german_text_on_one_line_gives_every_sentence_its_claims() {
    let line = german_line(1024 * 1024);
    let sentences = line.matches("Verletzte.").count();
    let claims = run(&line);
    let quantities = claims.iter().filter(|c| matches!(c.value, ClaimValue::Quantity(_))).count();
    assert_eq!(quantities, 2 * sentences, "the guests and the injured of every sentence of a 1 MB line");
    let dates = claims.iter().filter(|c| matches!(c.value, ClaimValue::Date(_))).count();
    assert!(dates >= 2 * sentences, "the weekday and the date of every sentence: {dates} of {sentences} sentences");
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
    let claims = run_in(&text, Some(Lang::De));
    let dates: Vec<_> = claims.iter().filter(|c| matches!(c.value, ClaimValue::Date(_))).collect();
    assert_eq!(dates.len(), 1, "only `Am Mittwoch`: {dates:?}");
}

#[test]
fn endless_digits_and_one_long_word_are_no_claims_of_their_size() {
    // 10 MB of one digit is at most one number, and one word none
    let digits = run(&"7".repeat(10 << 20));
    assert!(digits.len() <= 1, "{} claims from one run of digits", digits.len());
    let word = run(&"a".repeat(1 << 20));
    assert!(word.is_empty(), "one word is no claim");
}
