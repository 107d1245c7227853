//! The benchmarks' yardstick: `rg` over the same bytes, for a raw scan's
//! speed beside factdiff's.

use std::path::Path;
use std::time::Instant;

/// Wall seconds of `rg -c '[0-9]+'` over `path` (a file or a folder), the
/// best of three; `None` when ripgrep is not installed.
pub fn seconds(path: &Path) -> Option<f64> {
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let t0 = Instant::now();
        let out = std::process::Command::new("rg").args(["-c", "[0-9]+"]).arg(path).output().ok()?;
        if !out.status.success() {
            return None;
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    Some(best)
}

/// A line to print beside a measurement of `mb` megabytes at `path`.
pub fn beside(path: &Path, mb: f64) -> String {
    match seconds(path) {
        Some(s) => format!("rg -c '[0-9]+' over the same {mb:.1} MB: {s:.2} s ({:.0} MB/s)", mb / s),
        None => "rg not installed (apt-get install ripgrep): no raw scan to compare".into(),
    }
}
