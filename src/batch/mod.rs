//! Batch, at the top beside [`crate::check`]: JSON Lines of articles in the
//! field names of news-please, grouped into stories by a key, each story
//! checked by the same pipeline as `check`, one JSON line per story out.
//!
//! A story is a run of consecutive lines with one key (as a file sorted or
//! grouped by story has them): the batch streams, holding only the stories
//! in flight — at most [`IN_FLIGHT`] a job — so memory is bounded by the
//! largest story, not by the file. A key that comes back after another
//! story is checked again as a story of its own, with a warning. Stories
//! are independent and run in parallel.

use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, Write};

use indicatif::ProgressBar;
use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::config::Config;
use crate::model::finding::Verdict;
use crate::prepare::newsplease;
use crate::prepare::source::Source;
use crate::report::wire::{CheckReport, StoryReport};
use crate::settings::ExtractOptions;

/// How many stories per job are read ahead and checked at once.
pub(crate) const IN_FLIGHT: usize = 4;

/// What a batch run needs besides its input.
pub struct Options {
    /// The field that names the story an article belongs to.
    pub story_key: String,
    /// How many stories are checked at once.
    pub jobs: usize,
    /// The lowest verdict that makes a story fail.
    pub fail_on: Option<Verdict>,
    pub config: Config,
    pub extract: ExtractOptions,
    /// The input's name in messages (`day.jsonl`, `<stdin>`).
    pub input: String,
    /// The language of records without a `language` field (else detected).
    pub lang: Option<crate::lang::Lang>,
}

/// What a batch run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stories: usize,
    /// Stories with a finding at `--fail-on`.
    pub failed: usize,
    /// Lines that were reported and skipped.
    pub skipped: usize,
}

/// One story's articles, in the order read.
struct Story {
    key: String,
    sources: Vec<Source>,
}

/// Reads JSON Lines from `input`, writes one JSON line a story to `out`
/// and a line for each skipped record to `err`; `progress` advances by the
/// bytes read.
pub fn run(
    input: impl BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &Options,
    progress: &ProgressBar,
) -> io::Result<Outcome> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.max(1))
        .build()
        .map_err(|e| io::Error::other(e.to_string()))?;
    let mut outcome = Outcome::default();
    let mut pending: Vec<Story> = Vec::new();
    let mut current: Option<Story> = None;
    let mut seen: HashSet<String> = HashSet::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        let number = n + 1;
        progress.inc(line.len() as u64 + 1);
        if line.trim().is_empty() {
            continue;
        }
        let (key, source) = match record(&line, number, opts) {
            Ok(r) => r,
            Err(why) => {
                let line = format!("factdiff: {}:{number}: {why}; skipped", opts.input);
                writeln!(err, "{}", crate::report::terminal_text(&line))?;
                outcome.skipped += 1;
                continue;
            }
        };
        if current.as_ref().is_none_or(|s| s.key != key) {
            if let Some(done) = current.take() {
                pending.push(done);
            }
            if !seen.insert(key.clone()) {
                let line = format!(
                    "factdiff: {}:{number}: story {key:?} comes back after other stories; checked as a story of its own (group the file by story)",
                    opts.input
                );
                writeln!(err, "{}", crate::report::terminal_text(&line))?;
            }
            ids.clear();
            current = Some(Story { key, sources: Vec::new() });
            if pending.len() >= IN_FLIGHT * opts.jobs.max(1) {
                flush(&pool, std::mem::take(&mut pending), out, opts, &mut outcome, progress)?;
            }
        }
        let story = current.as_mut().expect("a story is open");
        let mut source = source;
        // one outlet twice in a story: the second is told apart by its line
        let count = ids.entry(source.id.clone()).or_default();
        *count += 1;
        if *count > 1 {
            source.id = format!("{}-{number}", source.id);
        }
        story.sources.push(source);
    }
    pending.extend(current);
    flush(&pool, pending, out, opts, &mut outcome, progress)?;
    Ok(outcome)
}

/// The story key and the source of one line, or why it cannot be used.
fn record(line: &str, number: usize, opts: &Options) -> Result<(String, Source), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("bad JSON ({e})"))?;
    let Value::Object(record) = value else { return Err("not a JSON object".into()) };
    let key = match record.get(&opts.story_key) {
        Some(Value::String(s)) if !s.is_empty() => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => return Err(format!("no story key `{}`", opts.story_key)),
    };
    let (text, mut meta) = newsplease::article(&record)?;
    meta.lang = meta.lang.or(opts.lang);
    let id = meta.name.clone().unwrap_or_else(|| format!("line{number}"));
    let path = text_field(&record, "url").unwrap_or_else(|| format!("{}#{number}", opts.input));
    let source = Source::taken_out(id, path, text, None, meta).map_err(|e| e.to_string())?;
    Ok((key, source))
}

fn text_field(record: &Map<String, Value>, name: &str) -> Option<String> {
    record.get(name).and_then(Value::as_str).filter(|s| !s.trim().is_empty()).map(str::to_string)
}

/// Checks the stories in parallel and writes their lines in input order.
fn flush(
    pool: &rayon::ThreadPool,
    stories: Vec<Story>,
    out: &mut dyn Write,
    opts: &Options,
    outcome: &mut Outcome,
    progress: &ProgressBar,
) -> io::Result<()> {
    let lines: Vec<io::Result<(Vec<u8>, bool)>> =
        pool.install(|| stories.into_par_iter().map(|story| check_story(story, opts)).collect());
    for line in lines {
        let (bytes, failed) = line?;
        out.write_all(&bytes)?;
        outcome.stories += 1;
        outcome.failed += usize::from(failed);
    }
    progress.set_message(format!("{} stories, {} failing", outcome.stories, outcome.failed));
    Ok(())
}

/// One story through `check`: its JSON report on one line, with the story
/// key first; and whether it fails.
fn check_story(story: Story, opts: &Options) -> io::Result<(Vec<u8>, bool)> {
    let result = crate::check(story.sources, &opts.config, &opts.extract);
    let line = StoryReport { story: &story.key, report: CheckReport::new(&result) };
    let mut bytes = serde_json::to_vec(&line)?;
    bytes.push(b'\n');
    Ok((bytes, result.fails(opts.fail_on)))
}
