//! Properties over generated input: no text makes extraction or the check
//! panic, a number written out is read back as itself, and the order of the
//! sources does not change the report. Case counts are kept small so that
//! `cargo test` stays quick; the fuzz targets in `fuzz/` go further.

use factdiff::config::Config;
use factdiff::model::claim::Lang;
use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::read::number;
use factdiff::read::token::Toks;
use factdiff::settings::ExtractOptions;
use proptest::prelude::*;

/// Text that looks like news often enough to reach the deeper rules:
/// words, numbers with separators, units, dates, quote marks of every kind,
/// cues, and now and then any character at all.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "Die", "Raketen", "flogen", "rund", "etwa", "mehr als", "bis zu", "zwischen", "und", "Kilometer",
            "km", "Prozent", "Euro", "Minuten", "Jahren", "sagte", "so", "Putin", "Kim Jong Un", "der Präsident",
            "am", "Mittwoch", "13. September 2023", "14.31 Uhr", "vor zwei Wochen", "sechshundertfünfzig",
            "Dutzende", "„", "“", "»", "«", "\"", "'", "‚", "‘", ":", ",", ".", "\n", "\n\n", "–", "Kommentare",
            "Bild:", "said", "about", "miles", "percent", "on Monday",
        ]).prop_map(str::to_string),
        2 => "[0-9]{1,4}([.,][0-9]{1,3}){0,3}",
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.join(" "))
}

fn document(text: &str) -> Option<Document> {
    let source = Source::decode("t".into(), "t.txt".into(), text.as_bytes()).ok()?;
    Some(Document::prepare(source, &SourceMeta::default(), None, None))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_text_makes_extraction_panic(text in newsy()) {
        if let Some(doc) = document(&text) {
            let extraction = factdiff::extract::claims(&doc, &ExtractOptions::default());
            for claim in &extraction.claims {
                prop_assert!(claim.start <= claim.end && claim.end <= doc.source.text.len());
                prop_assert!(doc.source.text.is_char_boundary(claim.start));
            }
        }
    }

    #[test]
    fn no_pair_of_texts_makes_the_check_panic(a in newsy(), b in newsy()) {
        let sources: Vec<Source> = [("a", &a), ("b", &b)]
            .into_iter()
            .filter_map(|(id, t)| Source::decode(id.into(), format!("{id}.txt"), t.as_bytes()).ok())
            .collect();
        let result = factdiff::check(sources, &Config::default(), &ExtractOptions::default());
        let mut report = Vec::new();
        factdiff::report::reporter(factdiff::report::Format::Json, Default::default()).report(&result, &mut report).unwrap();
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_or_read_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(s) = Source::decode("t".into(), "t.txt".into(), &bytes) {
            prop_assert!(s.file_offset(s.text.len()) <= bytes.len());
            let _ = s.position(s.text.len());
            let _ = s.warning();
        }
    }

    #[test]
    fn a_german_number_is_read_back_as_written(whole in 0u64..10_000_000_000, cents in proptest::option::of(0u32..100)) {
        let text = format!("{}{}", german_thousands(whole), cents.map(|c| format!(",{c:02}")).unwrap_or_default());
        let expected = whole as f64 + cents.map_or(0.0, |c| f64::from(c) / 100.0);
        let toks = Toks::new(&text);
        let n = number::at(&toks, 0, Lang::De);
        prop_assert!(n.is_some(), "{} not read", text);
        let n = n.unwrap();
        prop_assert!((n.value - expected).abs() <= expected * 1e-12, "{}: {} ≠ {}", text, n.value, expected);
    }

    #[test]
    fn an_english_number_is_read_back_as_written(whole in 0u64..10_000_000_000, tenths in proptest::option::of(0u32..10)) {
        let text = format!("{}{}", german_thousands(whole).replace('.', ","), tenths.map(|t| format!(".{t}")).unwrap_or_default());
        let expected = whole as f64 + tenths.map_or(0.0, |t| f64::from(t) / 10.0);
        let toks = Toks::new(&text);
        let n = number::at(&toks, 0, Lang::En);
        prop_assert!(n.is_some(), "{} not read", text);
        let n = n.unwrap();
        prop_assert!((n.value - expected).abs() <= expected * 1e-12, "{}: {} ≠ {}", text, n.value, expected);
    }
}

/// `1234567` as `1.234.567`.
fn german_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Three short reports, one of them disagreeing, checked in every order.
#[test]
fn the_same_sources_in_any_order_give_the_same_report() {
    let texts = [
        ("a", "Die Raketen flogen rund 650 Kilometer weit. Kim sagte: „Wir sind froh, hier zu sein.“"),
        ("b", "Zwei Raketen flogen etwa 650 Kilometer weit, hieß es am Mittwoch."),
        ("c", "Die Raketen flogen 900 Kilometer weit. „Wir sind sehr froh, hier zu sein“, sagte Kim."),
    ];
    let report = |order: &[usize]| {
        let sources = order
            .iter()
            .map(|&i| Source::decode(texts[i].0.into(), format!("{}.txt", texts[i].0), texts[i].1.as_bytes()).unwrap())
            .collect();
        let result = factdiff::check(sources, &Config::default(), &ExtractOptions::default());
        let mut findings: Vec<String> =
            result.findings.iter().map(|f| format!("{} {:?} {}", f.id, f.verdict, f.mentions.len())).collect();
        findings.sort();
        findings
    };
    let first = report(&[0, 1, 2]);
    for order in [[0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
        assert_eq!(report(&order), first, "order {order:?}");
    }
}
