//! Fuzz target: see `claimtrail::fuzzing::text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimtrail::fuzzing::text(data));
