//! Errors for bad input items.

use std::fmt;
use std::path::PathBuf;

/// One input that could not be read as an article: the file, the line for line-based
/// formats, and why. The stream goes on after it.
#[derive(Debug, thiserror::Error)]
pub struct InputError {
    /// The file at fault.
    pub path: PathBuf,
    /// 1-based line number for JSONL inputs.
    pub line: Option<usize>,
    /// Why the item was skipped.
    pub reason: String,
}

impl InputError {
    pub(crate) fn new(
        path: impl Into<PathBuf>,
        line: Option<usize>,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}
