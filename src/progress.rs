//! Progress bars, at the edge beside `main`: drawn on standard error only
//! when it is a terminal, hidden on a pipe or in a file, so that logs and
//! CI output stay clean.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar over `total` bytes of input, or a spinner when the total is not
/// known (standard input).
pub fn bytes(total: Option<u64>) -> ProgressBar {
    match total {
        Some(n) => shown(ProgressBar::new(n), "{bar:30} {bytes}/{total_bytes} {msg} ({eta})"),
        None => shown(ProgressBar::new_spinner(), "{spinner} {bytes} {msg}"),
    }
}

/// A bar over `n` sources for a long `check`: hidden below `at_least`
/// sources, since a short run needs none.
pub fn sources(n: usize, at_least: usize) -> ProgressBar {
    if n < at_least {
        return ProgressBar::hidden();
    }
    shown(ProgressBar::new(n as u64), "{bar:30} {pos}/{len} sources {msg} ({eta})")
}

fn shown(bar: ProgressBar, template: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    bar.set_style(ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()));
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}
