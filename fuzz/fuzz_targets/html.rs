//! Fuzz target: see `claimtrail::fuzzing::html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimtrail::fuzzing::html(data));
