//! The command line: clap types, dispatch, and the mapping of results to exit codes.
//!
//! Each command has one `<Verb>Args` struct and one `cmd_<verb>` function. Commands print their
//! results to stdout; progress, notes and errors go to stderr.

mod add;
mod query;
mod render;
mod share;
mod trust;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Track attributed claims across news articles: who said what, where it travelled, how its
/// wording drifted.
#[derive(Debug, Parser)]
#[command(name = "claimtrail", version, about, max_term_width = 100)]
pub struct Cli {
    /// Database file [default: $CLAIMTRAIL_DB, else ./claimtrail.db]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add articles from files, directories, URLs or stdin (-)
    Add(add::AddArgs),
    /// List stored articles
    Articles(query::ArticlesArgs),
    /// Show one article and its versions, or diff two of its versions
    Article(query::ArticleArgs),
    /// List claims, filtered by actor, article, outlet or words
    Claims(query::ClaimsArgs),
    /// List canonical actors with their aliases and roles
    Actors(query::ActorsArgs),
    /// Show the provenance and wording history of one claim, or diff two claims
    Claim(query::ClaimArgs),
    /// Export every occurrence (one row per attributed statement per version), or every claim
    /// as schema.org ClaimReview JSON-LD
    Export(query::ExportArgs),
    /// Write one self-contained HTML page about a claim, for sharing (claimtrail report 28 >
    /// claim.html)
    Report(share::ReportArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(CompletionsArgs),
    /// Database information and migrations
    Db(query::DbArgs),
    /// Print the tamper-evident ingest log (one hash-chained entry per stored version)
    Log(trust::LogArgs),
    /// Re-hash every stored text, check every version against the log and the chain, and run
    /// SQLite's integrity checks; exit 0 only when all holds
    Verify(trust::VerifyArgs),
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

/// Settings every command sees.
pub(crate) struct Global {
    db: PathBuf,
    color: bool,
    stdout_tty: bool,
}

/// Why a command ended without success.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Some inputs failed; the rest was done (exit 1).
    Partial,
    /// The command failed (exit 1).
    Error(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Self::Error(e)
    }
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Self {
        Self::Error(e.into())
    }
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout_tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => stdout_tty && !no_color,
    };
    let db = cli
        .db
        .or_else(|| {
            std::env::var_os("CLAIMTRAIL_DB")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from("claimtrail.db"));
    let global = Global {
        db,
        color,
        stdout_tty,
    };
    let result = match cli.command {
        Command::Add(a) => add::cmd_add(&global, a),
        Command::Articles(a) => query::cmd_articles(&global, &a),
        Command::Article(a) => query::cmd_article(&global, a),
        Command::Claims(a) => query::cmd_claims(&global, &a),
        Command::Actors(a) => query::cmd_actors(&global, &a),
        Command::Claim(a) => query::cmd_claim(&global, a),
        Command::Export(a) => query::cmd_export(&global, &a),
        Command::Db(a) => query::cmd_db(&global, a),
        Command::Report(a) => share::cmd_report(&global, &a),
        Command::Completions(a) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(a.shell, &mut cmd, "claimtrail", &mut std::io::stdout());
            Ok(())
        }
        Command::Log(a) => trust::cmd_log(&global, &a),
        Command::Verify(a) => trust::cmd_verify(&global, &a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Partial) => ExitCode::from(1),
        Err(Failure::Error(e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimtrail: error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Options shared by commands that can print JSON.
#[derive(Debug, Args, Clone, Copy)]
pub(crate) struct JsonFlag {
    /// Print JSON instead of a table
    #[arg(long)]
    json: bool,
}
