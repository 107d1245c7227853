//! The `factdiff` command line, kept thin: parse arguments, open a session,
//! run the library, write the report where it was asked for, and map the
//! outcome to the documented exit status ([`exit_codes`]).

mod batch_cli;
mod exit_codes;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};
use factdiff::lang::Lang;
use factdiff::model::finding::{CheckResult, Verdict};
use factdiff::output::{to_stdout, write_atomically};
use factdiff::report::{Format, Style};
use factdiff::session::{ConfigChoice, Request, Session};
use factdiff::settings::Prefer;

/// Checks whether several reports of the same event agree.
///
/// factdiff reads the sources, extracts the claims that can be checked —
/// quantities with units, dates and times, direct quotations with their
/// speaker — aligns the same claim across sources, and reports agreements
/// and discrepancies. Run without arguments it checks the sources listed in
/// ./claims.yaml.
#[derive(Parser)]
#[command(name = "factdiff", version, about, long_about, after_help = exit_codes::HELP, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command: `check` with these options.
    #[command(flatten)]
    check: CheckArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Compare the claims of several sources and report agreements and discrepancies.
    #[command(after_help = exit_codes::HELP)]
    Check(CheckArgs),
    /// Extract the claims of each source and print them as JSON (schema_version 2).
    Extract(ExtractArgs),
    /// Check many stories in one run: JSON Lines of articles in, one JSON report a story out.
    Batch(batch_cli::BatchArgs),
    /// Show why the mentions of one finding were paired (plain text).
    Explain {
        /// The finding id, as the report prints it.
        id: String,
        #[command(flatten)]
        input: InputArgs,
    },
}

/// Where the sources come from and how they are read: shared by every command.
#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Files or folders (every .txt, .md, .html/.htm and news-please .json inside) to check;
    /// `-` reads standard input.
    /// Without paths, the sources listed in the configuration are checked.
    paths: Vec<PathBuf>,
    /// The configuration file [default: ./claims.yaml when it exists].
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,
    /// Ignore ./claims.yaml.
    #[arg(long)]
    no_config: bool,
    /// Read sources that the configuration lists outside its own folder.
    #[arg(long)]
    allow_outside: bool,
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

#[derive(clap::Args, Clone)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Report format.
    #[arg(long, value_enum, default_value_t = FormatArg(Format::Terminal))]
    format: FormatArg,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The lowest verdict that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    fail_on: FailOn,
    /// When to colour the terminal report (NO_COLOR and CLICOLOR_FORCE are honoured for auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Which findings the terminal report lists: conflicts, variants, unclear findings and
    /// agreements, or also claims only one source states.
    #[arg(long, value_enum, default_value_t = Show::Issues)]
    show: Show,
    /// Show why the mentions of the finding with this id were paired, instead of the report
    /// (plain text on standard output).
    #[arg(long, value_name = "ID", conflicts_with_all = ["output", "format", "fail_on", "show"])]
    explain: Option<String>,
}

#[derive(clap::Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
}

/// A report format of the library's list, as a command-line value.
#[derive(Clone, Copy)]
struct FormatArg(Format);

impl ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        const ALL: [FormatArg; 6] = [
            FormatArg(Format::ALL[0]),
            FormatArg(Format::ALL[1]),
            FormatArg(Format::ALL[2]),
            FormatArg(Format::ALL[3]),
            FormatArg(Format::ALL[4]),
            FormatArg(Format::ALL[5]),
        ];
        &ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.name()).help(self.0.about()))
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// The documented JSON (schema_version 2; docs/schema/extract.schema.json).
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum FailOn {
    /// Fail on conflicts.
    Conflict,
    /// Fail on conflicts and quote variants.
    Variant,
    /// Fail also on findings factdiff cannot confirm ("check these").
    Unclear,
    /// Never fail on findings.
    Never,
}

impl FailOn {
    /// The lowest verdict that fails a run, if any.
    pub(crate) fn threshold(self) -> Option<Verdict> {
        match self {
            FailOn::Conflict => Some(Verdict::Conflict),
            FailOn::Variant => Some(Verdict::Variant),
            FailOn::Unclear => Some(Verdict::Unclear),
            FailOn::Never => None,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Show {
    /// Conflicts, variants, unclear findings and agreements.
    Issues,
    /// Also the claims only one source states.
    All,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
}

pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}: use one of {}", known.join(", ")))
}

fn parse_time(s: &str) -> Result<jiff::civil::DateTime, String> {
    factdiff::settings::parse_reference_time(s)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(status) => exit_codes::code(status),
        Err(e) => {
            // a message may quote a path or a source: shown, never acted on
            eprintln!("factdiff: {}", factdiff::report::terminal_text(&format!("{e:#}")));
            exit_codes::code(exit_codes::ERROR)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Some(Command::Extract(args)) => extract(args),
        Some(Command::Check(args)) => check(args),
        Some(Command::Batch(args)) => batch_cli::main(args),
        Some(Command::Explain { id, input }) => explain(&open(&input)?.check(), &id),
        None => check(cli.check),
    }
}

fn open(input: &InputArgs) -> anyhow::Result<Session> {
    let request = Request {
        paths: input.paths.clone(),
        config: match (&input.config, input.no_config) {
            (_, true) => ConfigChoice::None,
            (Some(path), false) => ConfigChoice::File(path.clone()),
            (None, false) => ConfigChoice::Default,
        },
        allow_outside: input.allow_outside,
        lang: input.lang,
        reference_time: input.reference_time,
        prefer: match input.prefer {
            PreferArg::Past => Prefer::Past,
            PreferArg::Future => Prefer::Future,
        },
    };
    Ok(Session::open(&request, std::io::stdin().lock())?)
}

fn check(args: CheckArgs) -> anyhow::Result<u8> {
    let session = open(&args.input)?;
    // a bar on a terminal for runs long enough to want one
    let progress = factdiff::progress::sources(session.len(), 200);
    let inputs = session.files.clone();
    let result = session.check_with_progress(&progress);
    if let Some(id) = &args.explain {
        return explain(&result, id);
    }
    let threshold = args.fail_on.threshold();
    // the verdict's status stands even when the reader of a pipe stops early
    let status = if result.fails(threshold) { exit_codes::FINDINGS } else { exit_codes::CLEAN };
    let format = args.format.0;
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: format == Format::Terminal && use_color(args.color, to_terminal),
        show_single: matches!(args.show, Show::All),
    };
    let reporter = factdiff::report::reporter(format, style);
    match &args.output {
        Some(path) => write_atomically(path, &inputs, |w| reporter.report(&result, w))?,
        None => to_stdout(|w| reporter.report(&result, w))?,
    }
    if args.output.is_some() || format != Format::Terminal {
        warn_all(&result.warnings);
    }
    Ok(status)
}

fn explain(result: &CheckResult, id: &str) -> anyhow::Result<u8> {
    let finding = result
        .findings
        .iter()
        .find(|f| f.id == id)
        .with_context(|| format!("no finding has the id {id}; run factdiff check to list them"))?;
    to_stdout(|w| write!(w, "{}", factdiff::report::explain::explain(result, finding)))?;
    Ok(exit_codes::CLEAN)
}

fn extract(args: ExtractArgs) -> anyhow::Result<u8> {
    let ExtractFormat::Json = args.format;
    let report = open(&args.input)?.extract();
    warn_all(&report.warnings);
    to_stdout(|w| {
        serde_json::to_writer_pretty(&mut *w, &report)?;
        writeln!(w)
    })?;
    Ok(exit_codes::CLEAN)
}

fn warn_all(warnings: &[String]) {
    for w in warnings {
        eprintln!("factdiff: warning: {}", factdiff::report::terminal_text(w));
    }
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
