//! Relinking: the links and origins graphs recomputed from every claim in the store.
//!
//! A relink needs every claim; decoding them from RocksDB costs more than linking them.
//! The link state (`claimgraph_link::StateWriter`), a file in the store directory,
//! keeps them between runs: an ingest takes it before it writes, drops the claims of the
//! articles it replaces, adds those it extracted, and writes the state again after the
//! relink, with the links and origins graphs it wrote, so that their difference is
//! written without reading them back. The state is trusted only while the store's quad
//! count is the one it was written with, and it is removed before anything is written,
//! so that neither another tool nor a crash between loading and relinking can leave a
//! state that looks current.

use anyhow::{Context, Result};
use claimgraph_graph::{fact_of, read_claims, read_facts, BaseGraph, ClaimRow, Fact, FactKind};
use claimgraph_link::{
    link, read_state, stamp_state, ClaimRecord, FactRecord, LinkOptions, LinkState, Links,
    StateWriter, UNSTAMPED,
};
use claimgraph_store::oxigraph::model::{GraphName, Literal, NamedNode, Quad, Term};
use claimgraph_store::{nquads_lines, ClaimStore};
use claimgraph_vocab::{actors_graph, links_graph, origins_graph, rdfs, schema};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Instant;

/// The claims in the store before an ingest, and the derived graphs, from the link state
/// when it was current.
pub struct Before(Option<LinkState>);

impl Before {
    /// Nothing known: the relink reads the claims and the derived graphs from the store.
    pub fn none() -> Self {
        Self(None)
    }

    /// Reads the link state if it matches the store, and removes the file, since the
    /// store is about to change. An empty store needs no state: it holds nothing.
    pub fn take(store: &ClaimStore) -> Self {
        let Some(path) = store.link_state_path() else {
            return Self(None);
        };
        let count = store.quad_count().ok();
        let state = match read_state(&path) {
            Ok(state) if Some(state.quad_count) == count => Some(state),
            Ok(_) => {
                tracing::info!(
                    "the link state is older than the store; reading the claims from the store"
                );
                None
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                tracing::warn!("{}: {e}; reading the claims from the store", path.display());
                None
            }
        };
        forget(store);
        Self(state.or_else(|| (count == Some(0)).then(LinkState::default)))
    }

    /// Whether the claims and facts are known without reading the store: then
    /// [`derive`] reads nothing from it and may run while the store is still loading.
    pub fn is_known(&self) -> bool {
        self.0.is_some()
    }

    /// The lines of a derived graph as the state knows them: none at all in an empty
    /// store, whose state knows no graph.
    fn graph(&mut self, name: &NamedNode) -> Option<Vec<String>> {
        let state = self.0.as_mut()?;
        if state.quad_count == 0 {
            return Some(Vec::new());
        }
        let at = state.graphs.iter().position(|(g, _)| g == name.as_str())?;
        Some(state.graphs.swap_remove(at).1)
    }
}

/// Removes the link state without reading it: for a change to the store whose claims are
/// not known (`load`), after which the relink reads everything from the store.
pub fn forget(store: &ClaimStore) {
    let Some(path) = store.link_state_path() else {
        return;
    };
    if let Err(e) = std::fs::remove_file(&path) {
        if e.kind() != std::io::ErrorKind::NotFound {
            tracing::warn!("{}: could not remove the link state: {e}", path.display());
        }
    }
}

/// Writes a derived graph: its difference from the lines the state knows, else by
/// reading what the store holds. Returns its lines for the next state.
fn sync_derived(
    store: &ClaimStore,
    before: &mut Before,
    graph: &NamedNode,
    wanted: Vec<String>,
) -> Result<Vec<String>> {
    let context = || format!("writing the graph {}", graph.as_str());
    match before.graph(graph) {
        Some(lines) => store
            .sync_known_graph(graph, wanted, &lines)
            .with_context(context),
        None => store.sync_graph(graph, wanted).with_context(context),
    }
}

/// What an ingest wrote: the article graphs, the claims in them, and the facts the
/// origins need from them and from the actors graph.
#[derive(Default)]
pub struct Written {
    graphs: HashSet<String>,
    claims: Vec<ClaimRecord>,
    facts: Facts,
}

/// Facts by the graph that states them.
type Facts = HashMap<String, Vec<Fact>>;

impl Written {
    /// Records one article graph and its claims, read off its quads: a claim is what has
    /// both a `schema:text` and a `schema:appearance`, as in the store.
    pub fn add(&mut self, graph: &str, quads: &[Quad]) {
        self.graphs.insert(graph.to_owned());
        for q in quads {
            if let (GraphName::NamedNode(g), Some(fact)) = (&q.graph_name, fact_of(q)) {
                self.facts
                    .entry(g.as_str().to_owned())
                    .or_default()
                    .push(fact);
            }
        }
        let mut texts: HashMap<&str, &str> = HashMap::new();
        let mut articles: Vec<(&str, &str)> = Vec::new();
        for q in quads {
            let subject = q.subject.as_ref();
            let claimgraph_store::oxigraph::model::NamedOrBlankNodeRef::NamedNode(s) = subject
            else {
                continue;
            };
            match &q.object {
                Term::Literal(text) if q.predicate.as_ref() == schema::TEXT => {
                    texts.insert(s.as_str(), text.value());
                }
                Term::NamedNode(article) if q.predicate.as_ref() == schema::APPEARANCE => {
                    articles.push((s.as_str(), article.as_str()));
                }
                _ => {}
            }
        }
        for (iri, article) in articles {
            if let Some(text) = texts.get(iri) {
                self.claims.push(ClaimRecord {
                    iri: iri.to_owned(),
                    article: article.to_owned(),
                    text: (*text).to_owned(),
                });
            }
        }
    }
}

/// Starts the link state with the claims and facts, and drops the facts: the relink
/// goes on without them in memory (the claims it still needs). A failure
/// to write costs the next relink time, not correctness, so it is reported and the
/// ingest goes on without a state.
fn start_state(store: &ClaimStore, claims: &[ClaimRecord], facts: Facts) -> Option<StateWriter> {
    let path = store.link_state_path()?;
    let mut facts: Vec<(String, Vec<FactRecord>)> = facts
        .into_iter()
        .map(|(graph, facts)| {
            let facts = facts
                .into_iter()
                .map(|f| (f.kind.code(), f.subject, f.object))
                .collect();
            (graph, facts)
        })
        .collect();
    facts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Unstamped: a crash before the store is counted leaves a state no store matches.
    StateWriter::create(&path, UNSTAMPED, claims, &facts, DERIVED_GRAPHS)
        .map_err(|e| warn_state(&path, &e))
        .ok()
}

/// The derived graphs the link state keeps: links and origins.
const DERIVED_GRAPHS: usize = 2;

fn warn_state(path: &std::path::Path, e: &std::io::Error) {
    tracing::warn!("{}: could not write the link state: {e}", path.display());
}

/// Adds a derived graph's lines to the state being written, and drops them.
fn keep_graph(state: &mut Option<StateWriter>, graph: &NamedNode, lines: Vec<String>) {
    if let Some(writer) = state {
        if let Err(e) = writer.graph(graph.as_str(), &lines) {
            warn_state(writer.path(), &e);
            // Dropped unfinished: its partial file goes with it.
            *state = None;
        }
    }
}

/// Finishes the link state with the last derived graph and stamps it with the store's
/// quad count, which it returns. The store is counted (a scan of every quad) while the
/// last lines are written.
fn finish_state(
    store: &ClaimStore,
    state: Option<StateWriter>,
    graph: &NamedNode,
    lines: Vec<String>,
) -> Result<u64> {
    let (count, finished) = std::thread::scope(|scope| {
        let count = scope.spawn(|| store.quad_count());
        let mut state = state;
        keep_graph(&mut state, graph, lines);
        let finished = state.map(|writer| {
            let path = writer.path().to_owned();
            (writer.finish(), path)
        });
        (count.join(), finished)
    });
    let count = count
        .map_err(|_| anyhow::anyhow!("counting the store's quads failed"))?
        .context("counting the store's quads")?;
    if let Some((finished, path)) = finished {
        if let Err(e) = finished.and_then(|()| stamp_state(&path, count)) {
            warn_state(&path, &e);
        }
    }
    Ok(count)
}

/// Recomputes the links and origins graphs from every claim in the store, so that
/// ingesting more articles later gives the same links as ingesting everything at once.
/// The claims come from the link state and what the ingest wrote when the state was
/// current, else from the store.
pub fn relink(store: &ClaimStore, mut before: Before, written: Written) -> Result<Relinked> {
    let derived = derive(store, &mut before, written)?;
    write_derived(store, before, derived)
}

/// The links and origins graphs, computed and not yet written, with what the next link
/// state keeps.
pub struct Derived {
    /// The link state, begun with the claims and facts.
    state: Option<StateWriter>,
    /// The links and origins graphs, as the store's sorted lines ([`nquads_lines`]).
    links: Vec<String>,
    origins: Vec<String>,
    /// Actors' names to add and to remove ([`choose_names`]).
    names: NameChanges,
    clusters: u64,
    /// Seconds spent computing.
    seconds: f64,
}

/// Computes the links and origins graphs from every claim: the state's and the
/// ingest's when the state was current, else the store's (which must then hold
/// everything the ingest loads).
pub fn derive(store: &ClaimStore, before: &mut Before, mut written: Written) -> Result<Derived> {
    let started = Instant::now();
    // Not in the store, even when the rest is read from it.
    let found_names = take_names(&mut written.facts);
    let from = if before.is_known() {
        "link state"
    } else {
        "store"
    };
    let claims = match before.0.as_mut().map(|s| std::mem::take(&mut s.claims)) {
        Some(before) => {
            let mut claims: Vec<ClaimRecord> = before
                .into_iter()
                .filter(|c| !written.graphs.contains(&c.article))
                .chain(written.claims)
                .collect();
            // The order the store gives: by IRI, then article and text.
            claims.sort_unstable_by(|a, b| {
                (&a.iri, &a.article, &a.text).cmp(&(&b.iri, &b.article, &b.text))
            });
            claims.dedup();
            claims
        }
        // Read by predicate scans, not by a SPARQL join over the union graph, which took
        // four seconds on 20,000 articles; already in IRI order.
        None => read_claims(store)
            .context("reading the claims")?
            .into_iter()
            .map(|(iri, article, text)| ClaimRecord { iri, article, text })
            .collect(),
    };
    // What linking does not change (articles, actors, attributions, chains), as facts:
    // the state's, less the replaced articles', plus what the ingest wrote.
    let mut facts: Facts = match before.0.as_mut().map(|s| std::mem::take(&mut s.facts)) {
        Some(kept) => {
            let mut facts: Facts = kept
                .into_iter()
                .filter(|(graph, _)| !written.graphs.contains(graph))
                .map(|(graph, facts)| {
                    let facts = facts
                        .into_iter()
                        .filter_map(|(code, subject, object)| {
                            Some(Fact {
                                kind: FactKind::from_code(code)?,
                                subject,
                                object,
                            })
                        })
                        .collect();
                    (graph, facts)
                })
                .collect();
            for (graph, new) in written.facts {
                // The actors graph only grows: the ingest's actors join the kept ones.
                let all = facts.entry(graph).or_default();
                all.extend(new);
                all.sort_unstable();
                all.dedup();
            }
            facts
        }
        None => {
            let mut facts = Facts::new();
            for (graph, fact) in read_facts(store).context("reading the claim graph")? {
                facts.entry(graph).or_default().push(fact);
            }
            facts
        }
    };
    let names = choose_names(&mut facts, found_names);
    let read = started.elapsed().as_secs_f64();
    // The rest of the claim graph is built on a second core while the linker runs; then
    // the claims and facts go to the link state and the facts are dropped, before the
    // linker's own memory peaks.
    let (links, built) = std::thread::scope(|scope| {
        let claims = &claims;
        let built = scope.spawn(move || {
            let base = BaseGraph::from_facts(facts.values().flatten());
            (base, start_state(store, claims, facts))
        });
        let links = link(claims, &LinkOptions::default());
        (links, built.join())
    });
    let (base, state) = built.map_err(|_| anyhow::anyhow!("building the claim graph failed"))?;
    let linked = started.elapsed().as_secs_f64();
    let (origins, cluster_count) = trace_origins(base, &claims, &links);
    let links = nquads_lines(claimgraph_link::to_quads(&claims, &links));
    let seconds = started.elapsed().as_secs_f64();
    tracing::info!(
        claims = claims.len(),
        from,
        "relink: claims and facts {read:.2} s, link (and build the rest of the claim graph) {:.2} s, trace origins {:.2} s",
        linked - read,
        seconds - linked,
    );
    Ok(Derived {
        state,
        links,
        origins,
        names,
        clusters: cluster_count,
        seconds,
    })
}

/// Whether a quad is an actor's name in the actors graph, which an ingest holds back for
/// the relink to choose among ([`choose_names`]).
pub fn is_actor_name(quad: &Quad, actors_graph: &NamedNode) -> bool {
    quad.predicate.as_ref() == rdfs::LABEL
        && matches!(&quad.graph_name, GraphName::NamedNode(g) if g == actors_graph)
}

/// The actors' names among facts, taken out of them: an ingest's, which unlike its other
/// facts are not in the store yet ([`is_actor_name`]), or the stored ones to choose among.
fn take_names(written: &mut Facts) -> Vec<Fact> {
    let Some(actors) = written.get_mut(actors_graph().as_str()) else {
        return Vec::new();
    };
    let (names, rest) = std::mem::take(actors)
        .into_iter()
        .partition(|f| f.kind == FactKind::Label);
    *actors = rest;
    names
}

/// How the actors graph's names change: the best written for each actor is added where
/// the store lacks it, and the names it replaces are removed.
#[derive(Default)]
struct NameChanges {
    add: Vec<Quad>,
    remove: Vec<Quad>,
}

/// Chooses, among each actor's names stored (in `facts`) and found by this ingest
/// (`found`), the best written (`claimgraph_link::best_name`), and leaves only it in
/// `facts`: the graph model gives an actor one `rdfs:label`, and each article states the
/// name as it wrote it ("DONALD TRUMP", "Donald Trump"). The choice is by the spellings
/// alone, so choosing again when more articles come gives what choosing once among all
/// of them would. An ingest into an empty store removes nothing; a later one removes a
/// stored name only when it found a better one.
fn choose_names(facts: &mut Facts, found: Vec<Fact>) -> NameChanges {
    let graph = actors_graph();
    let stored = take_names(facts);
    let actors = facts.entry(graph.as_str().to_owned()).or_default();
    // Per actor, its names, each marked stored or not; ordered by actor, the store's
    // subject-first index order, so that removals read neighbouring blocks.
    let mut names: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
    for (fact, is_stored) in stored
        .into_iter()
        .map(|f| (f, true))
        .chain(found.into_iter().map(|f| (f, false)))
    {
        let known = names.entry(fact.subject).or_default();
        match known.iter_mut().find(|(name, _)| *name == fact.object) {
            Some(entry) => entry.1 |= is_stored,
            None => known.push((fact.object, is_stored)),
        }
    }
    let mut changes = NameChanges::default();
    let quad = |actor: &str, name: &str| {
        Quad::new(
            NamedNode::new_unchecked(actor),
            rdfs::LABEL,
            Literal::new_simple_literal(name),
            graph.clone(),
        )
    };
    for (actor, names) in names {
        let Some(best) = claimgraph_link::best_name(names.iter().map(|(n, _)| n.as_str())) else {
            continue;
        };
        for (name, is_stored) in &names {
            if name == best && !is_stored {
                changes.add.push(quad(&actor, name));
            } else if name != best && *is_stored {
                changes.remove.push(quad(&actor, name));
            }
        }
        let best = best.to_owned();
        actors.push(Fact {
            subject: actor,
            kind: FactKind::Label,
            object: best,
        });
    }
    actors.sort_unstable();
    changes
}

/// The origins graph and the number of claim clusters. Origins follow chains and cluster
/// membership: the claim graph is completed with the claims and links in memory rather
/// than read back from the store. The completed graph holds the IRI and text of every
/// claim in it again, so it lives only here, not while the links graph's lines are made
/// and written.
fn trace_origins(base: BaseGraph, claims: &[ClaimRecord], links: &Links) -> (Vec<String>, u64) {
    let clusters = claimgraph_link::clusters(claims, links);
    let mut cluster_of: Vec<Option<&str>> = vec![None; claims.len()];
    for cluster in &clusters {
        for &m in &cluster.members {
            cluster_of[m] = Some(cluster.iri.as_str());
        }
    }
    let rows = claims.iter().zip(&cluster_of).map(|(c, cluster)| ClaimRow {
        iri: &c.iri,
        article: &c.article,
        text: &c.text,
        cluster: *cluster,
    });
    let graph = base.complete(
        rows,
        clusters
            .iter()
            .map(|k| (k.iri.as_str().to_owned(), k.label.to_owned())),
        links
            .disagreements
            .iter()
            .map(|&(a, b)| (claims[a].iri.clone(), claims[b].iri.clone())),
    );
    (nquads_lines(graph.origin_quads()), clusters.len() as u64)
}

/// Writes the derived graphs (their difference from what the state knows, else from
/// what the store holds) and keeps the link state for the next relink.
pub fn write_derived(store: &ClaimStore, mut before: Before, derived: Derived) -> Result<Relinked> {
    let started = Instant::now();
    let Derived {
        mut state,
        links,
        origins,
        names,
        clusters,
        seconds,
    } = derived;
    // Removals are rare (a better name for an actor an earlier ingest stored), and go
    // first: a transaction after bulk loads waits on their compaction.
    let (added, removed) = (names.add.len(), names.remove.len());
    store
        .remove_quads(&names.remove)
        .context("removing actors' worse written names")?;
    store
        .add_quads(names.add)
        .context("writing actors' names")?;
    let renamed = started.elapsed().as_secs_f64();
    let links_lines = sync_derived(store, &mut before, &links_graph(), links)?;
    keep_graph(&mut state, &links_graph(), links_lines);
    let origins_lines = sync_derived(store, &mut before, &origins_graph(), origins)?;
    let written = started.elapsed().as_secs_f64();
    // Counted once, for the state and for the caller's report alike.
    let quads = finish_state(store, state, &origins_graph(), origins_lines)?;
    let total = started.elapsed().as_secs_f64();
    tracing::info!(
        added,
        removed,
        "relink: write actors' names {renamed:.2} s, write links and origins {:.2} s, count and keep the state {:.2} s",
        written - renamed,
        total - written
    );
    Ok(Relinked {
        seconds: seconds + total,
        quads,
        clusters,
    })
}

/// What a relink left: what the ingest reports, without counting the store again.
pub struct Relinked {
    /// Seconds it took.
    pub seconds: f64,
    /// Quads in the store afterwards.
    pub quads: u64,
    /// Claim clusters in the links graph.
    pub clusters: u64,
}
