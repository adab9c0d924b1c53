//! claimtrail: a fact-claim tracking and provenance database for news articles.
//!
//! The library holds every part of the tool but the command line: [`ingest`] reads inputs,
//! [`extract`] finds attributed statements, [`link`] decides which statements are the same claim,
//! [`store`] keeps everything in SQLite, [`diff`] compares wordings. The binary (`main.rs` and
//! [`cli`]) parses arguments and renders results.
//!
//! ```
//! let text = "Officials said the bridge would reopen in May. \"We are on schedule,\" the mayor added.";
//! let found = claimtrail::extract::extract(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].actor_surface, "Officials");
//! assert_eq!(found[0].content, "the bridge would reopen in May");
//! assert_eq!(found[1].cue, "added");
//! ```
#![forbid(unsafe_code)]

pub mod cli;
pub mod diff;
pub mod extract;
#[doc(hidden)]
pub mod fuzzing;
pub mod ingest;
pub mod link;
pub mod store;
