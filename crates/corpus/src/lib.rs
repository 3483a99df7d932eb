//! Input formats read as a stream of [`Document`]s.
//!
//! A corpus can be far larger than memory, so readers yield one document at a time and
//! never collect the corpus. A bad input (not UTF-8, empty, binary, a malformed JSONL
//! line) is an [`InputError`] item in the stream naming the file, the line where there is
//! one, and the reason: the caller reports it and goes on with the rest.

mod dateline;
mod document;
mod error;
mod read;

pub use dateline::{detect_dateline, Dateline};
pub use document::{Document, Meta};
pub use error::InputError;
pub use read::{read_inputs, Inputs, ReadOptions};
