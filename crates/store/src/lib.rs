#![doc = include_str!("../README.md")]

pub mod nquads;
mod results;

pub use oxigraph;
pub use results::{display_term, write_graph, write_solutions, GraphFormat, ResultFormat};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
    Term, Triple,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Store};
use spargebra::SparqlParser;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The bulk loader's memory target for one load, which Oxigraph turns into a batch of
/// about a thousand quads per megabyte and thread: 128 gives 64,000 quads a batch on two
/// cores, more than an ingest batch of 256 articles holds (about 40,000).
const BULK_LOAD_MEGABYTES: usize = 128;

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the store.
    #[error("the store at {path} is in use by another claimgraph process (RocksDB lock held); wait for it to finish or use another --store")]
    Locked {
        /// The store directory.
        path: PathBuf,
    },
    /// The store could not be opened.
    #[error("cannot open the store at {path}: {source}")]
    Open {
        /// The store directory.
        path: PathBuf,
        /// Why.
        source: StorageError,
    },
    /// A query did not parse.
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// A query failed during evaluation.
    #[error("SPARQL evaluation failed: {0}")]
    Evaluation(String),
    /// A SPARQL Update failed.
    #[error("SPARQL update failed: {0}")]
    Update(String),
    /// Reading or writing the store failed.
    #[error("storage error: {0}")]
    Storage(#[from] StorageError),
    /// An N-Quads file could not be loaded.
    #[error("cannot load {path}: {reason}")]
    Load {
        /// The file.
        path: PathBuf,
        /// Why (a syntax error names its line).
        reason: String,
    },
    /// Writing output failed.
    #[error("write error: {0}")]
    Io(#[from] std::io::Error),
    /// What a caller said a graph holds is not N-Quads (a damaged link state).
    #[error("{graph}: a line said to be in the graph does not parse: {reason}")]
    KnownGraph {
        /// The graph.
        graph: String,
        /// Why.
        reason: String,
    },
}

/// A claimgraph store: on disk, or in memory as a working copy.
pub struct ClaimStore {
    store: Store,
    path: PathBuf,
    /// Whether `path` is a directory of RocksDB files (not a store in memory).
    on_disk: bool,
}

impl ClaimStore {
    /// Opens (or creates) the store in a directory for reading and writing.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        match Store::open(&path) {
            Ok(store) => Ok(Self {
                store,
                path,
                on_disk: true,
            }),
            Err(e) => Err(open_error(path, e)),
        }
    }

    /// Opens an existing store for reading only; other processes may hold it for writing.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref().to_path_buf();
        match Store::open_read_only(&path) {
            Ok(store) => Ok(Self {
                store,
                path,
                on_disk: true,
            }),
            Err(e) => Err(open_error(path, e)),
        }
    }

    /// A store in memory, gone when dropped: the working copy of `ingest --remote`, where
    /// the lasting store is another engine.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self {
            store: Store::new()?,
            path: PathBuf::from("(memory)"),
            on_disk: false,
        })
    }

    /// The store directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the relink keeps its link state (see `claimgraph_link::write_state`): inside
    /// the store directory, so that it moves and is deleted with the store. None for a
    /// store in memory.
    pub fn link_state_path(&self) -> Option<PathBuf> {
        self.on_disk
            .then(|| self.path.join("claimgraph").join("link-state"))
    }

    /// The number of quads, which every change of the store's content moves: what the
    /// link state is checked against.
    pub fn quad_count(&self) -> Result<u64, StoreError> {
        Ok(self.store.len()? as u64)
    }

    /// The underlying Oxigraph store, for callers that need its full API (the server).
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// Replaces the given named graphs with the given quads: each graph is removed, then
    /// everything is loaded with the bulk loader. Loading the same input twice therefore
    /// leaves the same quads.
    pub fn replace_graphs(&self, graphs: &[NamedNode], quads: Vec<Quad>) -> Result<(), StoreError> {
        self.remove_graphs(graphs)?;
        self.add_quads(quads)
    }

    /// Removes those of the graphs the store holds, in one transaction. Removing a graph
    /// scans its quads with a seek into every level and every unmerged file of RocksDB,
    /// even where there is nothing: for the new articles of a large ingest that cost grew
    /// with the store (most of a 100,000-article ingest's time), where a named-graph
    /// lookup, answered by Bloom filters, does not.
    fn remove_graphs<'a>(
        &self,
        graphs: impl IntoIterator<Item = &'a NamedNode>,
    ) -> Result<(), StoreError> {
        let mut present = Vec::new();
        for g in graphs {
            if self.has_graph(g)? {
                present.push(g);
            }
        }
        if present.is_empty() {
            return Ok(());
        }
        let mut transaction = self.store.start_transaction()?;
        for g in present {
            transaction.remove_named_graph(NamedOrBlankNodeRef::from(g.as_ref()))?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// Loads an N-Quads file (an `extract` shard): every named graph it holds replaces
    /// the stored graph of that name, except those in `additive`, which only grow. The
    /// file is read twice: once to check it parses and to learn its graphs, before the
    /// store is touched, so a malformed shard changes nothing; then by the bulk loader.
    /// Returns the number of graphs it held.
    pub fn load_nquads(&self, path: &Path, additive: &[NamedNode]) -> Result<usize, StoreError> {
        let failed = |reason: String| StoreError::Load {
            path: path.to_path_buf(),
            reason,
        };
        let open = || {
            std::fs::File::open(path)
                .map(std::io::BufReader::new)
                .map_err(|e| failed(e.to_string()))
        };
        let mut graphs: HashSet<NamedNode> = HashSet::new();
        for quad in RdfParser::from_format(RdfFormat::NQuads).for_reader(open()?) {
            let quad = quad.map_err(|e| failed(e.to_string()))?;
            if let GraphName::NamedNode(g) = quad.graph_name {
                graphs.insert(g);
            }
        }
        self.remove_graphs(graphs.iter().filter(|g| !additive.contains(g)))?;
        let mut loader = self.bulk_loader();
        loader
            .load_from_reader(RdfFormat::NQuads, open()?)
            .map_err(|e| failed(e.to_string()))?;
        loader.commit()?;
        Ok(graphs.len())
    }

    /// Oxigraph's bulk loader with a bounded batch. By default it reserves room for a
    /// million quads on every call (each ingest batch is one call) and encodes up to a
    /// million before writing any: the relink's links and origins graphs (600,000 quads
    /// at 22,000 articles, growing with the corpus) went in as one batch. Measured on
    /// that corpus, the whole ingest took 24.45 s instead of 26.06 (medians of 3); its
    /// peak memory did not change (0.95–0.97 GB), so the peak is not the loader's.
    fn bulk_loader(&self) -> oxigraph::store::BulkLoader<'_> {
        self.store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(BULK_LOAD_MEGABYTES)
    }

    /// Adds quads with the bulk loader, leaving what is stored in place. The bulk loader
    /// writes files RocksDB takes in whole, where a transaction's writes would wait on the
    /// compaction of the files the loads before it left.
    pub fn add_quads(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let mut loader = self.bulk_loader();
        loader.load_quads(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Makes a named graph hold exactly the quads of `wanted` (their [`nquads_lines`]),
    /// writing only the difference with what it holds now: relinking after a small ingest
    /// changes a few links among hundreds of thousands, and removing and reloading them
    /// all took seconds. Returns the graph's lines, as [`Self::sync_known_graph`] does.
    pub fn sync_graph(
        &self,
        graph: &NamedNode,
        wanted: Vec<String>,
    ) -> Result<Vec<String>, StoreError> {
        let name = GraphNameRef::NamedNode(graph.as_ref());
        let mut current = self
            .store
            .quads_for_pattern(None, None, None, Some(name))
            .map(|q| q.map(|q| q.to_string()))
            .collect::<Result<Vec<String>, _>>()?;
        current.sort_unstable();
        self.sync_known_graph(graph, wanted, &current)
    }

    /// [`Self::sync_graph`] for a graph whose content the caller knows, as the sorted
    /// N-Quads lines it got back from the last call: the difference is found without
    /// reading the graph back from RocksDB (a second per hundred thousand quads, for
    /// string lookups). Returns the graph's lines now, for the next call.
    ///
    /// The caller gives lines, not quads ([`nquads_lines`] makes them as the quads come),
    /// and what is written is parsed back from them a batch at a time: a relink's graphs
    /// (1.44 M quads at 45,000 articles) are never held as quads.
    pub fn sync_known_graph(
        &self,
        graph: &NamedNode,
        wanted: Vec<String>,
        current: &[String],
    ) -> Result<Vec<String>, StoreError> {
        debug_assert!(wanted.is_sorted() && current.is_sorted());
        if current.is_empty() {
            // A first write: the bulk loader. A transaction holding a hundred thousand
            // inserts took seconds and a third of a gigabyte.
            let mut loader = self.bulk_loader();
            loader.load_ok_quads::<StoreError, StoreError>(parse_lines(graph, &wanted))?;
            loader.commit()?;
            return Ok(wanted);
        }
        let mut transaction = self.store.start_transaction()?;
        let (mut i, mut j) = (0, 0);
        loop {
            // Both lists are sorted: one merge finds what goes and what comes.
            let (line, remove) = match (current.get(i), wanted.get(j)) {
                (None, None) => break,
                (Some(c), Some(w)) if c == w => {
                    i += 1;
                    j += 1;
                    continue;
                }
                (Some(c), Some(w)) if c < w => {
                    i += 1;
                    (c, true)
                }
                (Some(c), None) => {
                    i += 1;
                    (c, true)
                }
                (_, Some(w)) => {
                    j += 1;
                    (w, false)
                }
            };
            for quad in parse_lines(graph, std::slice::from_ref(line)) {
                let quad = quad?;
                if remove {
                    transaction.remove(&quad);
                } else {
                    transaction.insert(&quad);
                }
            }
        }
        transaction.commit()?;
        Ok(wanted)
    }

    /// Runs a SPARQL Update with the claimgraph prefixes declared. Only the endpoint,
    /// when started to allow updates, calls this: ingest never goes through SPARQL.
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        let update = parser()?
            .parse_update(sparql)
            .map_err(|e| StoreError::Syntax(e.to_string()))?;
        SparqlEvaluator::new()
            .for_update(update)
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Update(e.to_string()))
    }

    /// Whether an article graph already holds text with this content hash.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        Ok(self
            .store
            .contains_named_graph(NamedOrBlankNodeRef::from(graph.as_ref()))?)
    }

    /// Runs a SPARQL query over the union of all graphs. The claimgraph prefixes are
    /// declared for the query, so `cg:` and friends need no PREFIX lines.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = prepare(sparql)?;
        prepared.dataset_mut().set_default_graph_as_union();
        prepared
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Evaluation(e.to_string()))
    }

    /// Runs a SELECT query and returns rows of optional terms, in variable order.
    pub fn select(&self, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, StoreError> {
        match self.query(sparql)? {
            QueryResults::Solutions(solutions) => {
                let vars = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    rows.push(vars.iter().map(|v| solution.get(v).cloned()).collect());
                }
                Ok(rows)
            }
            _ => Err(StoreError::Evaluation("expected a SELECT query".to_owned())),
        }
    }

    /// Every subject and object of a predicate, in any graph (a triple stated in several
    /// graphs comes once per graph). One scan of one index range: the relink reads all
    /// claims this way, because the same reads as SPARQL joins over the union graph took
    /// seconds on a corpus of 20,000 articles.
    pub fn subjects_objects(
        &self,
        predicate: NamedNodeRef<'_>,
    ) -> Result<Vec<(NamedOrBlankNode, Term)>, StoreError> {
        let mut pairs = Vec::new();
        for quad in self
            .store
            .quads_for_pattern(None, Some(predicate), None, None)
        {
            let quad = quad?;
            pairs.push((quad.subject, quad.object));
        }
        Ok(pairs)
    }

    /// The named graphs of the store, in IRI order.
    pub fn graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut graphs = Vec::new();
        for graph in self.store.named_graphs() {
            if let NamedOrBlankNode::NamedNode(g) = graph? {
                graphs.push(g);
            }
        }
        graphs.sort();
        Ok(graphs)
    }

    /// The triples of one named graph.
    pub fn graph_triples(&self, graph: &NamedNode) -> Result<Vec<Triple>, StoreError> {
        self.store
            .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
            .map(|q| Ok(Triple::from(q?)))
            .collect()
    }

    /// Writes the whole store as N-Quads.
    pub fn dump(&self, writer: impl Write) -> Result<(), StoreError> {
        self.store
            .dump_to_writer(RdfFormat::NQuads, writer)
            // Oxigraph's own conversion keeps a write error as it was (a closed pipe
            // stays a closed pipe, which the CLI then treats as the reader's choice).
            .map_err(|e| StoreError::Io(e.into()))?;
        Ok(())
    }

    /// Removes one named graph.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<(), StoreError> {
        self.store
            .remove_named_graph(NamedOrBlankNodeRef::from(graph.as_ref()))?;
        Ok(())
    }

    /// Removes these quads, in one transaction: all of them or, on an error, none.
    pub fn remove_quads(&self, quads: &[Quad]) -> Result<(), StoreError> {
        if quads.is_empty() {
            return Ok(());
        }
        let mut transaction = self.store.start_transaction()?;
        for quad in quads {
            transaction.remove(quad);
        }
        transaction.commit()?;
        Ok(())
    }

    /// Number of quads in one graph.
    pub fn graph_len(&self, graph: &NamedNode) -> Result<usize, StoreError> {
        let g = GraphNameRef::NamedNode(graph.as_ref());
        Ok(self
            .store
            .quads_for_pattern(None, None, None, Some(g))
            .count())
    }

    /// Flushes memory buffers to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        Ok(self.store.flush()?)
    }
}

/// A parser with the claimgraph prefixes declared.
fn parser() -> Result<SparqlParser, StoreError> {
    let mut parser = SparqlParser::new();
    for (prefix, ns) in claimgraph_vocab::PREFIXES {
        parser = parser
            .with_prefix(*prefix, *ns)
            .map_err(|e| StoreError::Syntax(e.to_string()))?;
    }
    Ok(parser)
}

/// Quads as sorted, distinct N-Quads lines (without the final " ."): the form
/// [`ClaimStore::sync_known_graph`] compares. Each quad is dropped as its line is made,
/// so a caller that makes its quads one at a time never holds them all.
pub fn nquads_lines(quads: impl IntoIterator<Item = Quad>) -> Vec<String> {
    // Written into one buffer and copied out at their length: a line grown in place
    // keeps up to twice its length in capacity, over a million lines.
    let mut buffer = String::new();
    let mut lines: Vec<String> = quads
        .into_iter()
        .map(|q| {
            buffer.clear();
            nquads::push_quad(q.as_ref(), &mut buffer);
            buffer.as_str().to_owned()
        })
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// Lines parsed back into quads for writing, [`PARSE_BATCH`] at a time, so that only a
/// batch of them is ever held as quads. A line that does not parse (a damaged link state)
/// is an error naming the graph.
fn parse_lines<'a>(
    graph: &'a NamedNode,
    lines: &'a [String],
) -> impl Iterator<Item = Result<Quad, StoreError>> + 'a {
    lines.chunks(PARSE_BATCH).flat_map(move |batch| {
        let text: String = batch.iter().map(|line| format!("{line} .\n")).collect();
        RdfParser::from_format(RdfFormat::NQuads)
            .for_reader(std::io::Cursor::new(text.into_bytes()))
            .map(move |quad| {
                quad.map_err(|e| StoreError::KnownGraph {
                    graph: graph.as_str().to_owned(),
                    reason: e.to_string(),
                })
            })
    })
}

/// Lines parsed back at a time: about a bulk-load batch.
const PARSE_BATCH: usize = 64 * 1024;

/// Parses a query with the claimgraph prefixes declared, keeping the parser's message
/// (with line and column) on error. The algebra is what callers inspect (the endpoint
/// refuses SERVICE) before [`prepare_parsed`].
pub fn parse_query(sparql: &str) -> Result<spargebra::Query, StoreError> {
    parser()?
        .parse_query(sparql)
        .map_err(|e| StoreError::Syntax(e.to_string()))
}

/// Parses a query with the claimgraph prefixes declared, ready to evaluate.
pub fn prepare(sparql: &str) -> Result<oxigraph::sparql::PreparedSparqlQuery, StoreError> {
    Ok(prepare_parsed(parse_query(sparql)?, None))
}

/// Prepares a parsed query, with a token that cancels evaluation from another thread
/// (the server's timeout). Oxigraph is built without its HTTP client, so SERVICE never
/// reaches the network.
pub fn prepare_parsed(
    query: spargebra::Query,
    token: Option<oxigraph::sparql::CancellationToken>,
) -> oxigraph::sparql::PreparedSparqlQuery {
    let mut evaluator = SparqlEvaluator::new();
    if let Some(token) = token {
        evaluator = evaluator.with_cancellation_token(token);
    }
    evaluator.for_query(query)
}

fn open_error(path: PathBuf, e: StorageError) -> StoreError {
    let msg = e.to_string();
    if msg.contains("lock") || msg.contains("LOCK") {
        StoreError::Locked { path }
    } else {
        StoreError::Open { path, source: e }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal};

    fn quad(s: &str, g: &str, v: &str) -> Quad {
        Quad::new(
            NamedNode::new(s).unwrap(),
            NamedNode::new("http://schema.org/text").unwrap(),
            Literal::new_simple_literal(v),
            GraphName::NamedNode(NamedNode::new(g).unwrap()),
        )
    }

    #[test]
    fn a_known_graph_is_written_by_its_difference_and_a_bad_line_is_refused() {
        let store = ClaimStore::in_memory().unwrap();
        let g = NamedNode::new("urn:g").unwrap();
        let (a, b, c) = (
            quad("urn:a", "urn:g", "a \"quoted\"\ntext"),
            quad("urn:b", "urn:g", "b"),
            quad("urn:c", "urn:g", "c"),
        );
        let lines = store
            .sync_known_graph(&g, nquads_lines([b.clone(), a.clone(), a.clone()]), &[])
            .unwrap();
        assert_eq!(lines.len(), 2);
        assert!(lines.is_sorted());
        let lines = store
            .sync_known_graph(&g, nquads_lines([c.clone(), b.clone()]), &lines)
            .unwrap();
        let mut held: Vec<Quad> = store
            .graph_triples(&g)
            .unwrap()
            .into_iter()
            .map(|t| t.in_graph(g.clone()))
            .collect();
        held.sort_by_key(|q| q.to_string());
        assert_eq!(held, [b, c]);
        assert_eq!(
            lines,
            held.iter().map(|q| q.to_string()).collect::<Vec<_>>()
        );
        let refused = store.sync_known_graph(&g, vec![], &["not n-quads".to_owned()]);
        assert!(matches!(refused, Err(StoreError::KnownGraph { .. })));
    }

    #[test]
    fn replacing_a_graph_is_idempotent_and_queries_see_the_union() {
        let dir = tempfile::tempdir().unwrap();
        let store = ClaimStore::open(dir.path().join("db")).unwrap();
        let g1 = NamedNode::new("http://ex/g1").unwrap();
        let g2 = NamedNode::new("http://ex/g2").unwrap();
        store
            .replace_graphs(
                std::slice::from_ref(&g1),
                vec![quad("http://ex/a", "http://ex/g1", "one")],
            )
            .unwrap();
        store
            .replace_graphs(
                std::slice::from_ref(&g2),
                vec![quad("http://ex/b", "http://ex/g2", "two")],
            )
            .unwrap();
        store
            .replace_graphs(
                std::slice::from_ref(&g1),
                vec![quad("http://ex/a", "http://ex/g1", "one")],
            )
            .unwrap();
        assert_eq!(store.quad_count().unwrap(), 2);
        let rows = store
            .select("SELECT ?t WHERE { ?s schema:text ?t } ORDER BY ?t")
            .unwrap();
        assert_eq!(rows.len(), 2);
        store
            .replace_graphs(
                std::slice::from_ref(&g1),
                vec![quad("http://ex/a", "http://ex/g1", "uno")],
            )
            .unwrap();
        assert_eq!(store.graph_len(&g1).unwrap(), 1);
    }

    #[test]
    fn syntax_errors_carry_position() {
        let dir = tempfile::tempdir().unwrap();
        let store = ClaimStore::open(dir.path().join("db")).unwrap();
        let err = store
            .query("SELECT ?x WHERE { ?x ?y }")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("SPARQL syntax error"), "{err}");
        assert!(err.contains("1:") || err.contains("line"), "{err}");
    }

    #[test]
    fn a_second_writer_is_told_the_store_is_locked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let _first = ClaimStore::open(&path).unwrap();
        let err = ClaimStore::open(&path)
            .err()
            .expect("second open must fail");
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    }
}
