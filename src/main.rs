//! The `claimtrail` binary: parse arguments, run, map the result to an exit code.

use std::process::ExitCode;

/// mimalloc: `add` allocates many small short-lived values on several threads (tokens,
/// fingerprints, rows), where the system allocator spent a fifth of the run. It is built
/// without transparent huge pages (`no_thp` in Cargo.toml): where the system grants them on
/// request, as here, mimalloc asked for them for its arenas, and every 2 MB page it touched
/// counted whole: peak RSS 154-157 MB at 100,000 records and 136 MB for a 1,000-record add,
/// against 121-122 and 85 MB without, in the same time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    claimtrail::cli::main()
}
