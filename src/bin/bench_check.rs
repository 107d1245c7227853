//! Cost of a whole check as the number of sources grows: the seed articles
//! copied 1, 4, 16 and 64 times (each copy a source of its own), checked in
//! memory, with CPU seconds and findings for each size. Copies are the hard
//! case for alignment: every claim has as many true partners as there are
//! copies.
//!
//!     cargo run --release --bin bench_check [-- SEEDS_DIR]

use std::time::Instant;

use factdiff::config::Config;
use factdiff::prepare::source::Source;
use factdiff::settings::ExtractOptions;

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let mut seeds = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            seeds.push(std::fs::read(&path)?);
        }
    }
    anyhow::ensure!(!seeds.is_empty(), "no .txt seeds in {dir}");
    let config = Config::default();
    let opts = ExtractOptions::default();
    for copies in [1usize, 4, 16, 64] {
        let sources: Vec<Source> = (0..copies)
            .flat_map(|c| seeds.iter().enumerate().map(move |(i, bytes)| (c, i, bytes)))
            .map(|(c, i, bytes)| Source::decode(format!("{c}_{i}"), format!("{c}_{i}.txt"), bytes))
            .collect::<Result<_, _>>()?;
        let n = sources.len();
        let t0 = Instant::now();
        let result = factdiff::check(sources, &config, &opts);
        let secs = t0.elapsed().as_secs_f64();
        let s = result.summary();
        println!(
            "{n:5} sources: {secs:7.2} s  ({:.1} ms per source; {} findings: {} agree, {} variant, {} conflict, {} single)",
            1000.0 * secs / n as f64,
            result.findings.len(),
            s.agree,
            s.variant,
            s.conflict,
            s.single
        );
    }
    Ok(())
}
