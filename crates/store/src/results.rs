//! SPARQL results written in the W3C formats, or as an aligned table for people.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolutionIter, QueryTripleIter};
use std::io::{self, Write};

/// Formats for SELECT and ASK results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    /// An aligned text table with prefixed names, for a terminal.
    Table,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// SPARQL Query Results XML.
    Xml,
}

/// Formats for CONSTRUCT and DESCRIBE results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    /// Turtle, with the claimgraph prefixes.
    Turtle,
    /// N-Triples.
    NTriples,
    /// N-Quads (triples in the default graph).
    NQuads,
    /// RDF/XML.
    RdfXml,
}

impl ResultFormat {
    fn w3c(self) -> Option<QueryResultsFormat> {
        match self {
            Self::Table => None,
            Self::Json => Some(QueryResultsFormat::Json),
            Self::Csv => Some(QueryResultsFormat::Csv),
            Self::Tsv => Some(QueryResultsFormat::Tsv),
            Self::Xml => Some(QueryResultsFormat::Xml),
        }
    }
}

impl GraphFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            Self::Turtle => RdfFormat::Turtle,
            Self::NTriples => RdfFormat::NTriples,
            Self::NQuads => RdfFormat::NQuads,
            Self::RdfXml => RdfFormat::RdfXml,
        }
    }
}

fn eval_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("SPARQL evaluation failed: {e}"))
}

/// Writes SELECT or ASK results; CONSTRUCT results go to [`write_graph`].
pub fn write_solutions(
    results: QueryResults<'_>,
    format: ResultFormat,
    out: &mut impl Write,
) -> io::Result<usize> {
    match results {
        QueryResults::Boolean(value) => match format.w3c() {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, value)?;
                Ok(1)
            }
            None => {
                writeln!(out, "{value}")?;
                Ok(1)
            }
        },
        QueryResults::Solutions(solutions) => match format.w3c() {
            Some(f) => {
                let mut serializer = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut *out, solutions.variables().to_vec())?;
                let mut n = 0;
                for solution in solutions {
                    serializer.serialize(&solution.map_err(eval_error)?)?;
                    n += 1;
                }
                serializer.finish()?;
                Ok(n)
            }
            None => write_table(solutions, out),
        },
        QueryResults::Graph(triples) => write_graph(triples, GraphFormat::Turtle, out),
    }
}

/// Writes CONSTRUCT or DESCRIBE results.
pub fn write_graph(
    triples: QueryTripleIter<'_>,
    format: GraphFormat,
    out: &mut impl Write,
) -> io::Result<usize> {
    let mut serializer = RdfSerializer::from_format(format.rdf());
    if format == GraphFormat::Turtle {
        for (prefix, ns) in claimgraph_vocab::PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *ns)
                .map_err(io::Error::other)?;
        }
    }
    let mut writer = serializer.for_writer(&mut *out);
    let mut n = 0;
    for triple in triples {
        writer.serialize_triple(&triple.map_err(eval_error)?)?;
        n += 1;
    }
    writer.finish()?;
    Ok(n)
}

const MAX_CELL: usize = 80;

/// A term as a person reads it: prefixed IRIs, bare literal values.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            claimgraph_vocab::PREFIXES
                .iter()
                .filter(|(_, ns)| iri.starts_with(ns))
                .max_by_key(|(_, ns)| ns.len())
                .map_or_else(
                    || format!("<{iri}>"),
                    |(p, ns)| format!("{p}:{}", &iri[ns.len()..]),
                )
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn shorten(s: &str) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= MAX_CELL {
        flat
    } else {
        let mut cut: String = flat.chars().take(MAX_CELL - 1).collect();
        cut.push('…');
        cut
    }
}

fn write_table(solutions: QuerySolutionIter<'_>, out: &mut impl Write) -> io::Result<usize> {
    let vars: Vec<String> = solutions
        .variables()
        .iter()
        .map(|v| v.as_str().to_owned())
        .collect();
    let variables = solutions.variables().to_vec();
    let mut rows: Vec<Vec<String>> = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(eval_error)?;
        rows.push(
            variables
                .iter()
                .map(|v| {
                    solution
                        .get(v)
                        .map(|t| shorten(&display_term(t)))
                        .unwrap_or_default()
                })
                .collect(),
        );
    }
    let mut widths: Vec<usize> = vars.iter().map(|v| v.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect::<Vec<_>>()
            .join(" │ ")
            .trim_end()
            .to_owned()
    };
    writeln!(out, "{}", line(&vars))?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("─┼─")
    )?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(rows.len())
}
