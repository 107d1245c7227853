//! Throughput of `factdiff batch`: a JSON Lines file of stories (for one,
//! `python3 scripts/batch-stories.py seeds 300 > /tmp/stories.jsonl`)
//! checked on all cores (or `--jobs N`), as stories and megabytes a second,
//! beside `rg` over the same file.
//!
//!     cargo run --release --bin bench_batch -- /tmp/stories.jsonl [JOBS]

use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

use factdiff::batch::{Options, run};

#[path = "common/rg.rs"]
mod rg;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().ok_or_else(|| anyhow::anyhow!("give a JSON Lines file of stories"))?);
    let jobs = match args.next() {
        Some(j) => j.parse()?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let mb = std::fs::metadata(&path)?.len() as f64 / 1e6;
    let opts = Options {
        story_key: "story".into(),
        jobs,
        fail_on: Some(factdiff::model::finding::Verdict::Conflict),
        config: Default::default(),
        extract: Default::default(),
        input: path.display().to_string(),
        lang: None,
    };
    let t0 = Instant::now();
    let input = BufReader::new(std::fs::File::open(&path)?);
    let outcome = run(input, &mut std::io::sink(), &mut std::io::stderr(), &opts, &indicatif::ProgressBar::hidden())?;
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{} stories ({mb:.1} MB) on {jobs} jobs: {secs:.2} s, {:.0} stories/s, {:.1} MB/s; {} failing, {} lines skipped",
        outcome.stories,
        outcome.stories as f64 / secs,
        mb / secs,
        outcome.failed,
        outcome.skipped
    );
    println!("{}", rg::beside(&path, mb));
    Ok(())
}
