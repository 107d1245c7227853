//! `factdiff batch` at the command line, the edge of the batch: its options, the input file or
//! standard input, standard output and error, and a progress bar when
//! standard error is a terminal (nothing on a pipe).

use std::io::{BufReader, Write};
use std::path::PathBuf;

use factdiff::config::Config;
use factdiff::lang::Lang;

use crate::{FailOn, parse_lang};
use factdiff::settings::ExtractOptions;

/// Check many stories in one run: JSON Lines of articles in, one JSON report a story out.
///
/// Each line is one article in the field names of news-please (`title`, `maintext` or
/// `text`, `date_publish` as the dateline, `source_domain`, `url`, `language`) with a story
/// key. Consecutive lines with one key are one story; each story is checked like `factdiff
/// check` and written as one JSON line: the check report with its `story`. A line that
/// cannot be used is reported on standard error with its line number and skipped.
#[derive(clap::Args, Debug)]
#[command(after_help = "Exit status: 0 when no story reaches --fail-on, 1 when one does, 2 for usage or input errors.")]
pub struct BatchArgs {
    /// The JSON Lines file; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// The field that names the story of an article.
    #[arg(long, value_name = "FIELD", default_value = "story")]
    pub story_key: String,
    /// How many stories are checked at once [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// The lowest verdict that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    pub fail_on: FailOn,
    /// A configuration (aliases, tolerances, accepted findings) for every story; none by default.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Language of the articles without a `language` field [default: detected].
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// Runs `factdiff batch`: 1 when a story reaches `--fail-on`, 0 otherwise.
pub fn main(args: BatchArgs) -> anyhow::Result<u8> {
    let config = match &args.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    // --lang only for records that name no language: not in the options,
    // which would win over every record's own
    let extract =
        ExtractOptions { tolerances: config.tolerances, aliases: config.aliases.clone(), ..ExtractOptions::default() };
    let fail_on = args.fail_on.threshold();
    let from_stdin = args.input.as_ref().is_none_or(|p| p.as_os_str() == "-");
    let (input, name, size): (Box<dyn std::io::BufRead>, String, Option<u64>) = if from_stdin {
        (Box::new(std::io::stdin().lock()), "<stdin>".into(), None)
    } else {
        let path = args.input.as_ref().expect("a path");
        let file = std::fs::File::open(path).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => factdiff::Error::Missing { path: path.clone() },
            _ => factdiff::Error::Read { path: path.clone(), source },
        })?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 16, file)), path.display().to_string(), size)
    };
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let opts = factdiff::batch::Options {
        story_key: args.story_key,
        jobs,
        fail_on,
        config,
        extract,
        input: name,
        lang: args.lang,
    };
    let progress = factdiff::progress::bytes(size);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut err = std::io::stderr();
    let outcome = factdiff::batch::run(input, &mut out, &mut err, &opts, &progress)?;
    out.flush()?;
    progress.finish_and_clear();
    if outcome.skipped > 0 {
        eprintln!("factdiff: {} stories checked, {} lines skipped", outcome.stories, outcome.skipped);
    }
    Ok(if outcome.failed > 0 { crate::exit_codes::FINDINGS } else { crate::exit_codes::CLEAN })
}
