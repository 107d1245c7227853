//! Throughput of extraction, on one core: the seed articles repeated to
//! about 20 MB, read (1) with the number and date readers alone, sentence
//! by sentence, and (2) through the whole pipeline from decoded text to
//! claims (body, sentences, datelines, quantities, dates, quotes).
//!
//! Each measurement runs five times; the best and the median are printed,
//! since a shared machine slows some runs down. Last, `rg` scans the same
//! bytes for digits, as the speed of a raw scan.
//!
//!     cargo run --release --bin bench_extract [-- SEEDS_DIR [MB]]

use std::time::Instant;

#[path = "common/rg.rs"]
mod rg;

/// Seconds the process has run on a CPU (Linux; all its threads, and the
/// benchmark runs extraction on one), so that a busy machine does not count
/// against the figure; wall time elsewhere.
struct Clock {
    wall: Instant,
    cpu: Option<u64>,
}

/// CPU time of the whole process in clock ticks (user and system).
fn cpu_ticks() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    // the fields after the command name, which is in parentheses
    let f: Vec<&str> = s.rsplit_once(')')?.1.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// Clock ticks a second, as Linux counts `/proc/self/stat`.
const TICKS: f64 = 100.0;

impl Clock {
    fn start() -> Clock {
        Clock { wall: Instant::now(), cpu: cpu_ticks() }
    }

    /// (cpu seconds, wall seconds)
    fn stop(&self) -> (f64, f64) {
        let wall = self.wall.elapsed().as_secs_f64();
        let cpu = match (self.cpu, cpu_ticks()) {
            (Some(a), Some(b)) => (b - a) as f64 / TICKS,
            _ => wall,
        };
        (cpu, wall)
    }
}

/// How many times each measurement runs.
const RUNS: usize = 5;

/// Runs `work` [`RUNS`] times and prints the best and median throughput.
fn measure(what: &str, mb: f64, mut work: impl FnMut() -> usize, unit: &str) {
    let mut times = Vec::with_capacity(RUNS);
    let mut count = 0;
    for _ in 0..RUNS {
        let t0 = Clock::start();
        count = work();
        times.push(t0.stop().0);
    }
    times.sort_by(f64::total_cmp);
    let (best, median) = (times[0], times[RUNS / 2]);
    println!(
        "{what:9} {mb:6.1} MB: best {:6.1} MB/s, median {:6.1} MB/s per core ({best:.2} s / {median:.2} s cpu)  ({count} {unit})",
        mb / best,
        mb / median
    );
}

use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::prepare::source::Source;
use factdiff::read::{date, quantity};
use factdiff::settings::{ExtractOptions, Prefer, Tolerances};

fn main() -> anyhow::Result<()> {
    // extraction runs sentences and quotations on all cores; the figure is
    // per core
    rayon::ThreadPoolBuilder::new().num_threads(1).build_global()?;
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
    let sentences: Vec<(&str, factdiff::model::claim::Lang, Option<jiff::civil::DateTime>)> = docs
        .iter()
        .flat_map(|d| d.sentences.iter().map(move |s| (&d.source.text[s.range()], d.lang, d.anchors.at(s.start))))
        .collect();
    let sentence_bytes: usize = sentences.iter().map(|s| s.0.len()).sum();
    let tol = Tolerances::default();
    let mb = (sentence_bytes * rounds) as f64 / 1e6;
    measure(
        "readers",
        mb,
        || {
            let mut found = 0usize;
            for _ in 0..rounds {
                for &(s, lang, anchor) in &sentences {
                    found += quantity::find(s, lang, &tol).len();
                    found += date::find(s, lang, anchor, Prefer::Past).len();
                }
            }
            found
        },
        "values from sentences",
    );

    // (2) the stages before extraction alone, and the whole pipeline from
    // decoded text to claims
    let mb = (seed_bytes * rounds) as f64 / 1e6;
    let prepare = |s: &Source| Document::prepare(s.clone(), &SourceMeta::default(), opts.lang, opts.reference_time);
    measure(
        "prepare",
        mb,
        || (0..rounds).map(|_| seeds.iter().map(|s| prepare(s).sentences.len()).sum::<usize>()).sum(),
        "sentences: body, sentences, language, datelines",
    );
    measure(
        "pipeline",
        mb,
        || {
            (0..rounds)
                .map(|_| {
                    seeds.iter().map(|s| factdiff::extract::claims(&prepare(s), &opts).claims.len()).sum::<usize>()
                })
                .sum()
        },
        "claims from articles",
    );
    let file = std::env::temp_dir().join(format!("factdiff-bench-{}.txt", std::process::id()));
    let all: String = (0..rounds).flat_map(|_| seeds.iter().map(|s| s.text.as_str())).collect();
    std::fs::write(&file, all)?;
    println!("{}", rg::beside(&file, mb));
    std::fs::remove_file(&file)?;
    Ok(())
}
