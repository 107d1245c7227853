//! What `check`, `extract` and `batch` share: the configuration, the options
//! and the loaded sources, gathered once from what the user asked for, so
//! that every command reads `claims.yaml` the same way.

use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::civil::DateTime;

use crate::check;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::finding::CheckResult;
use crate::prepare::source::{self, Source};
use crate::report::wire::{ExtractReport, ExtractSource};
use crate::settings::{ExtractOptions, Prefer};

/// Which configuration a run reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ConfigChoice {
    /// `./claims.yaml` when it exists, else none.
    #[default]
    Default,
    /// This file (`--config FILE`).
    File(PathBuf),
    /// None at all (`--no-config`).
    None,
}

/// What the user asked for, before anything is read.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Files or folders; `-` is standard input. Empty: the sources listed
    /// in the configuration.
    pub paths: Vec<PathBuf>,
    pub config: ConfigChoice,
    /// Read configured sources outside the configuration's folder.
    pub allow_outside: bool,
    /// Forces the language of every source.
    pub lang: Option<Lang>,
    /// Anchors relative dates when a source has no dateline.
    pub reference_time: Option<DateTime>,
    pub prefer: Prefer,
}

/// The configuration, options and sources of one run.
#[derive(Debug)]
pub struct Session {
    pub config: Config,
    pub options: ExtractOptions,
    pub sources: Vec<Source>,
    /// The files the sources were read from (`-` for standard input).
    pub files: Vec<PathBuf>,
    /// Warnings from loading (a file named twice, a decoding repaired).
    pub warnings: Vec<String>,
}

impl Session {
    /// Reads the configuration and every source the request names;
    /// `stdin` is read when a path is `-`.
    pub fn open(request: &Request, stdin: impl Read) -> Result<Session> {
        let config = load_config(&request.config)?;
        let paths: Vec<PathBuf> = if request.paths.is_empty() {
            if config.sources.is_empty() {
                return Err(Error::Usage(
                    "nothing to check: give files or folders, or list sources in claims.yaml (see --help)".into(),
                ));
            }
            config.source_paths(request.allow_outside)?
        } else {
            request.paths.clone()
        };
        let (files, mut warnings) = source::expand_paths(&paths)?;
        let sources = source::read_all(&files, stdin)?;
        warnings.extend(sources.iter().filter_map(Source::warning));
        let options = ExtractOptions {
            lang: request.lang,
            reference_time: request.reference_time,
            prefer: request.prefer,
            tolerances: config.tolerances,
            aliases: config.aliases.clone(),
        };
        Ok(Session { config, options, sources, files, warnings })
    }

    /// How many sources were read.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether no source was read.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Runs the whole pipeline: the result for any reporter.
    pub fn check(self) -> CheckResult {
        self.check_with_progress(&indicatif::ProgressBar::hidden())
    }

    /// [`Session::check`], advancing `progress` source by source.
    pub fn check_with_progress(self, progress: &indicatif::ProgressBar) -> CheckResult {
        let mut result = check::check_with_progress(self.sources, &self.config, &self.options, progress);
        // loading warnings first, in the order they arose
        let mut warnings = self.warnings;
        warnings.append(&mut result.warnings);
        result.warnings = warnings;
        result
    }

    /// Runs preparation and extraction only: every claim of every source.
    pub fn extract(self) -> ExtractReport {
        let mut warnings = self.warnings;
        let docs = check::prepare(self.sources, &self.config, &self.options);
        let mut sources = Vec::with_capacity(docs.len());
        for doc in &docs {
            let extraction = crate::extract::claims(doc, &self.options);
            warnings.extend(crate::extract::describe_warnings(doc, &extraction.warnings));
            sources.push(ExtractSource::new(doc, &extraction.claims));
        }
        ExtractReport::new(sources, warnings)
    }
}

fn load_config(choice: &ConfigChoice) -> Result<Config> {
    match choice {
        ConfigChoice::None => Ok(Config::default()),
        ConfigChoice::File(path) => Config::load(path),
        ConfigChoice::Default if Path::new("claims.yaml").exists() => Config::load(Path::new("claims.yaml")),
        ConfigChoice::Default => Ok(Config::default()),
    }
}
