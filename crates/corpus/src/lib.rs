#![doc = include_str!("../README.md")]

mod dateline;
mod document;
mod error;
mod read;
mod reuters;

pub use dateline::{detect_dateline, Dateline};
pub use document::{Document, Meta};
pub use error::InputError;
pub use read::{read_bytes, read_inputs, Inputs, ReadOptions};
