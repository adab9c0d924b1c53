//! The `claimtrail` binary: parse arguments, run, map the result to an exit code.

use std::process::ExitCode;

/// mimalloc: `add` allocates many small short-lived values on several threads (tokens,
/// fingerprints, rows), where the system allocator spent a fifth of the run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    claimtrail::cli::main()
}
