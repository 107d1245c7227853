//! Throughput of extraction, on one core: the seed articles repeated to
//! about 20 MB, read (1) with the number and date readers alone, sentence
//! by sentence, and (2) through the whole pipeline from decoded text to
//! claims (body, sentences, datelines, quantities, dates, quotes).
//!
//!     cargo run --release --bin bench_extract [-- SEEDS_DIR [MB]]

use std::time::Instant;

use factdiff::document::{Document, SourceMeta};
use factdiff::extract::{date, quantity};
use factdiff::settings::{ExtractOptions, Prefer, Tolerances};
use factdiff::source::Source;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "seeds".into());
    let target_mb: f64 = args.next().map_or(Ok(20.0), |s| s.parse())?;
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            seeds.push(Source::read(&path)?);
        }
    }
    seeds.sort_by(|a, b| a.id.cmp(&b.id));
    anyhow::ensure!(!seeds.is_empty(), "no .txt seeds in {dir}");
    let seed_bytes: usize = seeds.iter().map(|s| s.text.len()).sum();
    let rounds = ((target_mb * 1e6) / seed_bytes as f64).ceil() as usize;
    let opts = ExtractOptions::default();

    // (1) the readers alone, over prepared sentences
    let docs: Vec<Document> =
        seeds.iter().map(|s| Document::prepare(s.clone(), &SourceMeta::default(), None, None)).collect();
    let sentences: Vec<(&str, factdiff::claim::Lang, Option<jiff::civil::DateTime>)> = docs
        .iter()
        .flat_map(|d| d.sentences.iter().map(move |s| (&d.source.text[s.range()], d.lang, d.anchors.at(s.start))))
        .collect();
    let sentence_bytes: usize = sentences.iter().map(|s| s.0.len()).sum();
    let tol = Tolerances::default();
    let t0 = Instant::now();
    let mut found = 0usize;
    for _ in 0..rounds {
        for &(s, lang, anchor) in &sentences {
            found += quantity::find(s, lang, &tol).len();
            found += date::find(s, lang, anchor, Prefer::Past).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (sentence_bytes * rounds) as f64 / 1e6;
    println!("readers:  {mb:7.1} MB of sentences in {secs:6.2} s = {:7.1} MB/s ({found} values)", mb / secs);

    // (2) the whole pipeline, from decoded text to claims
    let t0 = Instant::now();
    let mut claims = 0usize;
    for _ in 0..rounds {
        for s in &seeds {
            let doc = Document::prepare(s.clone(), &SourceMeta::default(), opts.lang, opts.reference_time);
            claims += factdiff::extract::claims(&doc, &opts).len();
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = (seed_bytes * rounds) as f64 / 1e6;
    println!("pipeline: {mb:7.1} MB of articles  in {secs:6.2} s = {:7.1} MB/s ({claims} claims)", mb / secs);
    Ok(())
}
