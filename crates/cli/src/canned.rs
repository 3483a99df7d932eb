//! Which query the user means: a `.rq` file, or the name of a canned query, perhaps
//! narrowed with `--focus`.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The text of a query given as a file path or a canned name, narrowed by the focus
/// arguments (`NAME=VALUE`), which only canned queries take.
pub fn resolve(arg: &str, focus: &[String]) -> Result<String> {
    let path = Path::new(arg);
    if arg.ends_with(".rq") || path.is_file() {
        if !focus.is_empty() {
            bail!("--focus narrows canned queries only; {arg} is a file: put a VALUES block in it");
        }
        return std::fs::read_to_string(path)
            .with_context(|| format!("cannot read query file {arg}"));
    }
    if let Some(q) = claimgraph_queries::find(arg) {
        let focus = focus
            .iter()
            .map(|f| claimgraph_queries::parse_focus(f))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(q.focused(&focus)?);
    }
    let names: Vec<&str> = claimgraph_queries::all().map(|q| q.name).collect();
    bail!(
        "no query file or canned query named {arg:?}; canned queries: {}",
        names.join(", ")
    )
}
