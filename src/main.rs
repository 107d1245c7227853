//! The `factdiff` command line: parses arguments, reads the configuration,
//! runs the library, decides colour once, and maps the outcome to the exit
//! status (0 clean, 1 findings at `--fail-on`, 2 bad usage or input).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use factdiff::config::Config;
use factdiff::model::claim::Lang;
use factdiff::model::finding::Verdict;
use factdiff::prepare::document::{Document, SourceMeta};
use factdiff::report::Reporter;
use factdiff::settings::{ExtractOptions, Prefer};

/// Checks whether several reports of the same event agree.
///
/// factdiff reads the sources, extracts the claims that can be checked —
/// quantities with units, dates and times, direct quotations with their
/// speaker — aligns the same claim across sources, and reports agreements
/// and discrepancies. Run without arguments it checks the sources listed in
/// ./claims.yaml.
#[derive(Parser)]
#[command(name = "factdiff", version, about, long_about, after_help = EXIT_HELP, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command: `check` with these options.
    #[command(flatten)]
    check: CheckArgs,
}

const EXIT_HELP: &str = "Exit status: 0 when nothing reaches --fail-on, 1 when something does, \
2 for usage, configuration or input errors.";

#[derive(Subcommand)]
enum Command {
    /// Compare the claims of several sources and report agreements and discrepancies.
    #[command(after_help = EXIT_HELP)]
    Check(CheckArgs),
    /// Extract the claims of each source and print them as JSON.
    Extract(ExtractArgs),
    /// Check many stories in one run: JSON Lines of articles in, one JSON report a story out.
    Batch(factdiff::batch::cli::BatchArgs),
    /// Show why the mentions of one finding were paired.
    Explain {
        /// The finding id, as the report prints it.
        id: String,
        #[command(flatten)]
        check: CheckArgs,
    },
}

#[derive(clap::Args, Clone)]
struct CheckArgs {
    /// Files or folders (every .txt and .md inside) to check; `-` reads standard input.
    /// Without paths, the sources listed in the configuration are checked.
    paths: Vec<PathBuf>,
    /// The configuration file [default: ./claims.yaml when it exists].
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore ./claims.yaml.
    #[arg(long)]
    no_config: bool,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The lowest verdict that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    fail_on: FailOn,
    /// When to colour the terminal report (NO_COLOR and CLICOLOR_FORCE are honoured for auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Which findings the terminal report lists: conflicts, variants and agreements, or also
    /// claims only one source states.
    #[arg(long, value_enum, default_value_t = Show::Issues)]
    show: Show,
    /// Show why the mentions of the finding with this id were paired, instead of the report
    /// (plain text on standard output).
    #[arg(long, value_name = "ID", conflicts_with = "output")]
    explain: Option<String>,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(clap::Args, Clone)]
struct ReadArgs {
    /// Language of the sources [default: detected per source].
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Anchors relative dates when a source has no dateline (ISO 8601, e.g. 2023-09-13T15:11:00).
    #[arg(long, value_name = "ISO", value_parser = parse_time)]
    reference_time: Option<jiff::civil::DateTime>,
    /// Which way a bare weekday or month resolves: past (news) or future.
    #[arg(long, value_enum, default_value_t = PreferArg::Past)]
    prefer: PreferArg,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files or folders to read (`-` for standard input).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// A readable, coloured report.
    Terminal,
    /// The documented JSON report (schema_version 1).
    Json,
    /// A pull-request comment: summary, table of conflicts and variants, details folded.
    Markdown,
    /// One self-contained HTML page with a column per source.
    Html,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (::error / ::warning annotations).
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Conflict,
    Variant,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Show {
    Issues,
    All,
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
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factdiff: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Extract(args)) => extract(args),
        Some(Command::Check(args)) => check(args),
        Some(Command::Batch(args)) => factdiff::batch::cli::main(args),
        Some(Command::Explain { id, check: mut args }) => {
            args.explain = Some(id);
            check(args)
        }
        None => check(cli.check),
    }
}

fn extract_options(read: &ReadArgs, config: &Config) -> ExtractOptions {
    ExtractOptions {
        lang: read.lang,
        reference_time: read.reference_time,
        prefer: match read.prefer {
            PreferArg::Past => Prefer::Past,
            PreferArg::Future => Prefer::Future,
        },
        tolerances: config.tolerances,
        aliases: config.aliases.clone(),
    }
}

fn load_config(args: &CheckArgs) -> anyhow::Result<Config> {
    if args.no_config {
        return Ok(Config::default());
    }
    match &args.config {
        Some(path) => Ok(Config::load(path)?),
        None if Path::new("claims.yaml").exists() => Ok(Config::load(Path::new("claims.yaml"))?),
        None => Ok(Config::default()),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let config = load_config(&args)?;
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        if config.sources.is_empty() {
            anyhow::bail!(
                "nothing to check: give files or folders, or list sources in claims.yaml (see factdiff check --help)"
            );
        }
        config.sources.iter().map(|s| s.path.clone()).collect()
    } else {
        args.paths.clone()
    };
    let (files, duplicates) = factdiff::prepare::source::expand_paths(&paths)?;
    for w in &duplicates {
        eprintln!("factdiff: warning: {w}");
    }
    let progress = std::io::stderr().is_terminal() && files.len() > 50;
    if progress {
        eprintln!("factdiff: reading {} sources…", files.len());
    }
    let sources = factdiff::prepare::source::read_all(&files, std::io::stdin().lock())?;
    if progress {
        eprintln!("factdiff: checking {} sources…", sources.len());
    }
    let opts = extract_options(&args.read, &config);
    let result = factdiff::check(sources, &config, &opts);

    if let Some(id) = &args.explain {
        let finding = result
            .findings
            .iter()
            .find(|f| &f.id == id)
            .with_context(|| format!("no finding has the id {id}; run factdiff check to list them"))?;
        let mut out = std::io::stdout().lock();
        write!(out, "{}", factdiff::report::explain::explain(&result, finding))?;
        return Ok(ExitCode::SUCCESS);
    }

    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let color = matches!(args.format, Format::Terminal) && use_color(args.color, to_terminal);
    if color {
        colored::control::set_override(true);
    }
    let reporter: Box<dyn Reporter> = match args.format {
        Format::Terminal => {
            Box::new(factdiff::report::terminal::Terminal { color, show_single: matches!(args.show, Show::All) })
        }
        Format::Json => Box::new(factdiff::report::json::Json),
        Format::Markdown => Box::new(factdiff::report::markdown::Markdown),
        Format::Html => Box::new(factdiff::report::html::Html),
        Format::Sarif => Box::new(factdiff::report::sarif::Sarif),
        Format::Github => Box::new(factdiff::report::github::Github),
    };
    match &args.output {
        Some(path) => write_atomically(path, |w| reporter.report(&result, w))?,
        None => {
            let mut out = std::io::stdout().lock();
            reporter.report(&result, &mut out)?;
            out.flush()?;
        }
    }
    if args.output.is_some() || !matches!(args.format, Format::Terminal) {
        for w in &result.warnings {
            eprintln!("factdiff: warning: {w}");
        }
    }
    let threshold = match args.fail_on {
        FailOn::Conflict => Some(Verdict::Conflict),
        FailOn::Variant => Some(Verdict::Variant),
        FailOn::Never => None,
    };
    Ok(if result.fails(threshold) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Colour for `auto`: never with NO_COLOR, always with CLICOLOR_FORCE, else
/// when the report goes to a terminal.
fn use_color(choice: ColorChoice, to_terminal: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if set("NO_COLOR") => false,
        ColorChoice::Auto if set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto => to_terminal,
    }
}

/// Writes to a temporary file beside `path` and renames it into place, so
/// that an interrupted or failed run never leaves half a report.
fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> anyhow::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map_or_else(|| "report".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let file = std::fs::File::create(&tmp)?;
        let mut buf = std::io::BufWriter::new(file);
        write(&mut buf)?;
        let file = buf.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(factdiff::Error::Write { path: path.to_owned(), source: e }.into());
    }
    Ok(())
}

fn extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let (files, duplicates) = factdiff::prepare::source::expand_paths(&args.paths)?;
    for w in &duplicates {
        eprintln!("factdiff: warning: {w}");
    }
    let sources = factdiff::prepare::source::read_all(&files, std::io::stdin().lock())?;
    let opts = extract_options(&args.read, &Config::default());
    let mut out = Vec::new();
    for source in sources {
        if let Some(w) = source.warning() {
            eprintln!("factdiff: warning: {w}");
        }
        let doc = Document::prepare(source, &SourceMeta::default(), opts.lang, opts.reference_time);
        let extraction = factdiff::extract::claims(&doc, &opts);
        for w in &extraction.warnings {
            eprintln!("factdiff: warning: {}", w.describe(&doc));
        }
        out.push(factdiff::report::wire::ExtractSource::new(&doc, &extraction.claims));
    }
    let ExtractFormat::Json = args.format;
    let report =
        factdiff::report::wire::ExtractReport { schema_version: factdiff::report::wire::SCHEMA_VERSION, sources: out };
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, &report)?;
    writeln!(stdout)?;
    Ok(ExitCode::SUCCESS)
}
