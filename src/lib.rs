//! claimtrail: a fact-claim tracking and provenance database for news articles.
//!
//! The library holds every part of the tool but the command line: [`ingest`] reads inputs,
//! [`extract`] finds attributed statements, [`link`] decides which statements are the same claim,
//! [`store`] keeps everything in SQLite, [`diff`] compares wordings. The binary (`main.rs` and
//! [`cli`]) parses arguments and renders results.
#![forbid(unsafe_code)]

pub mod cli;
pub mod diff;
pub mod extract;
pub mod ingest;
pub mod link;
pub mod store;
