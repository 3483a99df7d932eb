//! Narrowing a canned query to some articles, actors or clusters.
//!
//! A canned query answers its question for the whole corpus; a researcher at work mostly
//! asks it of one thing ("where do this article's claims come from?"). Each query file
//! declares the variables it can be narrowed to, one comment line each:
//!
//! ```text
//! # focus ?doc literal: the article's id (cg:docId)
//! ```
//!
//! and [`Canned::focused`] puts the given values in a `VALUES` block at the head of the
//! query's `WHERE`. The files are written so that a focused variable is bound by the first
//! patterns and the rest of the query follows from it through indexed lookups, which is
//! what makes a focused query answer in milliseconds on any corpus size where the whole
//! table takes seconds; the declaration is the promise that the query was written so.

use crate::Canned;

/// Whether a focus variable takes plain strings or IRIs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusKind {
    /// A string literal, such as an article's id or an actor's name.
    Literal,
    /// An IRI, such as a claim cluster's.
    Iri,
}

/// A variable a canned query can be narrowed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FocusVariable {
    /// The variable's name, without `?`.
    pub name: &'static str,
    /// What its values are.
    pub kind: FocusKind,
    /// What it stands for, from the declaration.
    pub description: &'static str,
}

/// Why a focus could not be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FocusError {
    /// The argument is not `NAME=VALUE`.
    #[error("a focus is NAME=VALUE (like doc=reut2-000-5), not {0:?}")]
    Malformed(String),
    /// The query cannot be narrowed to this variable.
    #[error(
        "the query {query} cannot be narrowed to ?{variable}; it can be narrowed to: {allowed}"
    )]
    NotAFocus {
        /// The canned query's name.
        query: &'static str,
        /// The variable asked for.
        variable: String,
        /// Its focus variables, or "nothing".
        allowed: String,
    },
    /// An IRI value that is no IRI.
    #[error("?{variable} takes an IRI, and {value:?} is not one")]
    NotAnIri {
        /// The variable.
        variable: String,
        /// The value given.
        value: String,
    },
}

impl Canned {
    /// The variables this query can be narrowed to, as its file declares them.
    pub fn focus_variables(&self) -> impl Iterator<Item = FocusVariable> + '_ {
        self.text.lines().filter_map(|line| {
            let rest = line.strip_prefix("# focus ?")?;
            let (head, description) = rest.split_once(':')?;
            let (name, kind) = head.split_once(' ')?;
            let kind = match kind.trim() {
                "literal" => FocusKind::Literal,
                "iri" => FocusKind::Iri,
                _ => return None,
            };
            Some(FocusVariable {
                name,
                kind,
                description: description.trim(),
            })
        })
    }

    /// The query's text narrowed to the given values: each `(variable, value)` pair,
    /// several values for one variable meaning any of them. No pairs give the query
    /// unchanged.
    pub fn focused(&self, focus: &[(String, String)]) -> Result<String, FocusError> {
        if focus.is_empty() {
            return Ok(self.text.to_owned());
        }
        let variables: Vec<FocusVariable> = self.focus_variables().collect();
        // One VALUES block per variable, in the order first given: several variables
        // together mean all of them (a join), several values of one mean any of them.
        let mut blocks: Vec<(FocusVariable, Vec<String>)> = Vec::new();
        for (name, value) in focus {
            let name = name.trim_start_matches('?');
            let Some(&variable) = variables.iter().find(|v| v.name == name) else {
                let allowed: Vec<String> =
                    variables.iter().map(|v| format!("?{}", v.name)).collect();
                return Err(FocusError::NotAFocus {
                    query: self.name,
                    variable: name.to_owned(),
                    allowed: if allowed.is_empty() {
                        "nothing".to_owned()
                    } else {
                        allowed.join(", ")
                    },
                });
            };
            let term = match variable.kind {
                FocusKind::Literal => literal(value),
                FocusKind::Iri => iri(name, value)?,
            };
            match blocks.iter_mut().find(|(v, _)| v.name == name) {
                Some((_, terms)) => terms.push(term),
                None => blocks.push((variable, vec![term])),
            }
        }
        // Every canned file opens its main pattern, and any subquery's, on a line of its
        // own (a test holds them to it). The main pattern takes every block; a subquery
        // those of the variables it selects, which are joined with the main pattern on
        // them anyway: narrowing it too keeps it from being evaluated for the whole store.
        let mut out = String::with_capacity(self.text.len() + 64);
        let mut select = "";
        for line in self.text.split_inclusive('\n') {
            out.push_str(line);
            let trimmed = line.trim();
            if trimmed.starts_with("SELECT") {
                select = trimmed;
            }
            if trimmed != "WHERE {" {
                continue;
            }
            let main = !line.starts_with(' ');
            let indent = &line[..line.len() - line.trim_start().len()];
            for (v, terms) in &blocks {
                if main || selects(select, v.name) {
                    let terms = terms.join(" ");
                    out.push_str(&format!("{indent}  VALUES ?{} {{ {terms} }}\n", v.name));
                }
            }
        }
        Ok(out)
    }
}

/// Parses `NAME=VALUE`, as the command line and the endpoint take a focus.
pub fn parse_focus(argument: &str) -> Result<(String, String), FocusError> {
    match argument.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => Ok((
            name.trim().trim_start_matches('?').to_owned(),
            value.to_owned(),
        )),
        _ => Err(FocusError::Malformed(argument.to_owned())),
    }
}

/// Whether a SELECT line names the variable (not merely one that starts with its name).
fn selects(select: &str, name: &str) -> bool {
    select
        .match_indices(&format!("?{name}"))
        .any(|(i, m)| !select[i + m.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// A SPARQL string literal, escaped so that any value stays one term.
fn literal(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An IRI term from a value with or without its angle brackets, refused when it holds
/// what an IRI reference cannot (so no value can close the term and add SPARQL of its own).
fn iri(variable: &str, value: &str) -> Result<String, FocusError> {
    let bare = value
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .unwrap_or(value);
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "<>\"{}|^`\\".contains(c);
    if bare.is_empty() || !bare.contains(':') || bare.chars().any(forbidden) {
        return Err(FocusError::NotAnIri {
            variable: variable.to_owned(),
            value: value.to_owned(),
        });
    }
    Ok(format!("<{bare}>"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{all, find};

    fn pair(name: &str, value: &str) -> (String, String) {
        (name.to_owned(), value.to_owned())
    }

    #[test]
    fn every_focus_declared_is_a_variable_of_the_pattern_and_the_where_is_on_its_own_line() {
        for q in all() {
            assert_eq!(
                q.text.matches("\nWHERE {\n").count(),
                1,
                "{} must open its main pattern on a line of its own, once",
                q.name
            );
            let pattern = &q.text[q.text.find("\nWHERE {\n").unwrap()..];
            for v in q.focus_variables() {
                assert!(
                    pattern.contains(&format!("?{} ", v.name))
                        || pattern.contains(&format!("?{} .", v.name)),
                    "{}: ?{} is declared but not in the pattern",
                    q.name,
                    v.name
                );
                assert!(
                    v.description.len() > 5,
                    "{}: ?{} undescribed",
                    q.name,
                    v.name
                );
            }
        }
    }

    #[test]
    fn values_go_at_the_head_of_the_pattern_escaped() {
        let q = find("attributions").unwrap();
        let text = q
            .focused(&[pair("doc", "a\"b"), pair("?doc", "c")])
            .unwrap();
        assert!(
            text.contains("WHERE {\n  VALUES ?doc { \"a\\\"b\" \"c\" }\n"),
            "{text}"
        );
        assert_eq!(q.focused(&[]).unwrap(), q.text);
    }

    #[test]
    fn iris_are_checked_and_wrapped() {
        let q = find("first-said").unwrap();
        let text = q
            .focused(&[pair("cluster", "https://w3id.org/claimgraph/id/cluster/x")])
            .unwrap();
        assert_eq!(
            text.matches("VALUES ?cluster { <https://w3id.org/claimgraph/id/cluster/x> }")
                .count(),
            2,
            "the main pattern and the subquery that selects ?cluster: {text}"
        );
        for bad in ["x> } ?s ?p ?o {", "no-scheme", "<a b>", ""] {
            assert!(
                matches!(
                    q.focused(&[pair("cluster", bad)]),
                    Err(FocusError::NotAnIri { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_undeclared_variable_is_refused_with_the_ones_that_work() {
        let q = find("attributions").unwrap();
        let err = q.focused(&[pair("actor", "X")]).unwrap_err();
        assert!(err.to_string().contains("?doc"), "{err}");
        assert_eq!(
            parse_focus("doc=a=b").unwrap(),
            pair("doc", "a=b"),
            "only the first = splits"
        );
        assert!(parse_focus("doc").is_err() && parse_focus("=x").is_err());
    }
}
