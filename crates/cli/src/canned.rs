//! Which query the user means: a `.rq` file, or the name of a canned query.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The text of a query given as a file path or a canned name.
pub fn resolve(arg: &str) -> Result<String> {
    let path = Path::new(arg);
    if arg.ends_with(".rq") || path.is_file() {
        return std::fs::read_to_string(path)
            .with_context(|| format!("cannot read query file {arg}"));
    }
    if let Some(q) = claimgraph_queries::find(arg) {
        return Ok(q.text.to_owned());
    }
    let names: Vec<&str> = claimgraph_queries::all().map(|q| q.name).collect();
    bail!(
        "no query file or canned query named {arg:?}; canned queries: {}",
        names.join(", ")
    )
}
