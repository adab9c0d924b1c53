//! Fuzz target: see `claimtrail::fuzzing::warc`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimtrail::fuzzing::warc(data));
