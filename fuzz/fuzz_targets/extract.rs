//! Fuzz target: see `claimtrail::fuzzing::extract`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimtrail::fuzzing::extract(data));
