//! The `factdiff` command line: parses arguments, runs the library, decides
//! colour and exit status. Everything else lives in the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use factdiff::claim::Lang;
use factdiff::document::{Document, SourceMeta};
use factdiff::settings::{ExtractOptions, Prefer};

#[derive(Parser)]
#[command(name = "factdiff", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the claims of each source and print them.
    Extract(ExtractArgs),
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or folders to read (`-` for standard input).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
    /// Language of the sources (detected per source when not given).
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Anchors relative dates when a source has no dateline (ISO 8601).
    #[arg(long, value_parser = parse_time)]
    reference_time: Option<jiff::civil::DateTime>,
    /// Which way a bare weekday or month resolves.
    #[arg(long, value_enum, default_value_t = PreferArg::Past)]
    prefer: PreferArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}: use de or en"))
}

fn parse_time(s: &str) -> Result<jiff::civil::DateTime, String> {
    factdiff::settings::parse_reference_time(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("factdiff: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Extract(args)) => extract(args),
        None => Ok(ExitCode::SUCCESS),
    }
}

fn extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let files = factdiff::source::expand_paths(&args.paths)?;
    let sources = factdiff::source::read_all(&files, std::io::stdin().lock())?;
    let opts = ExtractOptions {
        lang: args.lang,
        reference_time: args.reference_time,
        prefer: match args.prefer {
            PreferArg::Past => Prefer::Past,
            PreferArg::Future => Prefer::Future,
        },
        ..ExtractOptions::default()
    };
    let mut out = Vec::new();
    for source in sources {
        let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
        let extraction = factdiff::extract::claims(&doc, &opts);
        out.push(factdiff::wire::ExtractSource::new(&doc, &extraction.claims));
    }
    let report = factdiff::wire::ExtractReport { schema_version: factdiff::wire::SCHEMA_VERSION, sources: out };
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, &report)?;
    writeln!(stdout)?;
    Ok(ExitCode::SUCCESS)
}
