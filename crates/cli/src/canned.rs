//! The canned provenance queries of `queries/`, compiled into the binary so that
//! `claimgraph query NAME` works from any directory.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// One canned query.
pub struct Canned {
    /// Its name: the file stem.
    pub name: &'static str,
    /// The first comment line of the file.
    pub description: &'static str,
    /// The SPARQL text.
    pub text: &'static str,
}

macro_rules! canned {
    ($($name:literal),* $(,)?) => {
        [$(($name, include_str!(concat!("../../../queries/", $name, ".rq")))),*]
    };
}

const FILES: [(&str, &str); 6] = canned!(
    "attributions",
    "shared-claims",
    "citation-chains",
    "unattributed",
    "actors-in-several-articles",
    "anonymous-sources",
);

/// Every canned query, in a stable order.
pub fn all() -> Vec<Canned> {
    FILES
        .iter()
        .map(|(name, text)| Canned {
            name,
            description: text
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches('#')
                .trim(),
            text,
        })
        .collect()
}

/// The text of a query given as a file path or a canned name.
pub fn resolve(arg: &str) -> Result<String> {
    let path = Path::new(arg);
    if arg.ends_with(".rq") || path.is_file() {
        return std::fs::read_to_string(path)
            .with_context(|| format!("cannot read query file {arg}"));
    }
    if let Some(q) = all().into_iter().find(|q| q.name == arg) {
        return Ok(q.text.to_owned());
    }
    let names: Vec<&str> = all().iter().map(|q| q.name).collect();
    bail!(
        "no query file or canned query named {arg:?}; canned queries: {}",
        names.join(", ")
    )
}
