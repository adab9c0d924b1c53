//! End-to-end tests of the `claimtrail` binary, one module per area.

mod common;

mod add;
mod claims;
mod db;
mod share;
mod trust;
mod web;
