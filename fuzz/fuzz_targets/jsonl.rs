//! Fuzz target: see `claimtrail::fuzzing::jsonl`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimtrail::fuzzing::jsonl(data));
