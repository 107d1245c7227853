//! Cost of a whole check as the number of sources grows, on folders made
//! by the measurements' corpus generator (the seeds rewritten by N
//! outlets, a few with an injected contradiction):
//!
//!     python3 ../shared/eval/gen_corpus.py seeds /tmp/c1k 1000
//!     python3 ../shared/eval/gen_corpus.py seeds /tmp/c10k 10000
//!     cargo run --release --bin bench_check -- /tmp/c1k /tmp/c10k
//!
//! For each folder: seconds to read it and to check it (wall, on all
//! cores), the findings, and `rg` over the same bytes.

use std::path::PathBuf;
use std::time::Instant;

use factdiff::config::Config;
use factdiff::settings::ExtractOptions;

#[path = "common/rg.rs"]
mod rg;

fn main() -> anyhow::Result<()> {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    anyhow::ensure!(!dirs.is_empty(), "give folders to check (see the top of src/bin/bench_check.rs)");
    let config = Config::default();
    let opts = ExtractOptions::default();
    let mut first: Option<(usize, f64)> = None;
    for dir in dirs {
        let t0 = Instant::now();
        let (files, _) = factdiff::prepare::source::expand_paths(std::slice::from_ref(&dir))?;
        let sources = factdiff::prepare::source::read_all(&files, std::io::empty())?;
        let read = t0.elapsed().as_secs_f64();
        let mb = sources.iter().map(|s| s.text.len()).sum::<usize>() as f64 / 1e6;
        let n = sources.len();
        let t1 = Instant::now();
        let result = factdiff::check(sources, &config, &opts);
        let check = t1.elapsed().as_secs_f64();
        let s = result.summary();
        let total = read + check;
        println!(
            "{n:6} sources ({mb:.1} MB): read {read:.2} s, check {check:.2} s, total {total:.2} s \
             ({:.0} sources/s); {} conflict, {} variant, {} agree, {} single",
            n as f64 / total,
            s.conflict,
            s.variant,
            s.agree,
            s.single
        );
        println!("       {}", rg::beside(&dir, mb));
        match first {
            None => first = Some((n, total)),
            Some((n0, t0)) => {
                println!("       {:.1}× the sources cost {:.1}× the time", n as f64 / n0 as f64, total / t0)
            }
        }
    }
    Ok(())
}
