#![doc = include_str!("../README.md")]

mod cohesion;
mod names;
mod normalize;
mod segments;
mod state;

pub use names::best_name;
pub use normalize::{
    cased_content_words, content_words, quantities, words_and_quantities, Quantity,
};
pub use state::{
    read_state, stamp_state, write_state, FactRecord, LinkState, StateWriter, UNSTAMPED,
};

use claimgraph_vocab::{cg, cluster_iri, links_graph, rdf, rdfs};
use oxrdf::{GraphName, Literal, NamedNode, Quad};
use rayon::prelude::*;
use segments::{intern, Interner, Segment};
use std::collections::BTreeMap;

/// One claim as linking needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRecord {
    /// The claim's IRI.
    pub iri: String,
    /// The IRI of the article it appears in.
    pub article: String,
    /// Its text.
    pub text: String,
}

/// Thresholds of the linker.
#[derive(Clone, Debug)]
pub struct LinkOptions {
    /// Weighted share of the smaller claim's words that the other must contain.
    pub same_claim: f64,
    /// Least number of shared content words for two claims to be the same claim.
    pub min_shared: usize,
    /// Of those, how many must be written in lower case in both, or be numbers both
    /// give (no part of a name): what is said, not only who it is said of. "Merrill Lynch Capital
    /// Markets is co-lead manager" and "… as arranger" share a name and nothing else.
    pub min_shared_plain: usize,
    /// Weighted overlap above which differing numbers mean disagreement.
    pub same_topic: f64,
    /// The same, when the differing numbers count the same named thing ("11 provincial
    /// capitals" against "12 of the 34 provincial capitals"): the count itself is then
    /// most of the evidence, and the sentences around it may differ more.
    pub same_count: f64,
    /// How much of their names two articles must share (see `ArticleNames::same_story`)
    /// for bare numbers that differ to be a disagreement. Counts of a named thing need
    /// only one shared name.
    pub same_story: f64,
    /// Words in more than this share of claims are not used to find candidates.
    pub max_df: f64,
    /// Share of the possible same-claim pairs between two groups of claims that must be
    /// found for them to be one cluster (see `cohesion`): 0 is single linkage.
    pub cohesion: f64,
}

impl Default for LinkOptions {
    fn default() -> Self {
        Self {
            same_claim: 0.6,
            min_shared: 4,
            min_shared_plain: 2,
            same_topic: 0.45,
            same_count: 0.25,
            same_story: 0.5,
            max_df: 0.1,
            cohesion: 0.3,
        }
    }
}

/// What linking found.
#[derive(Clone, Debug, Default)]
pub struct Links {
    /// Clusters: member claim indices, each cluster spanning at least two articles.
    pub clusters: Vec<Vec<usize>>,
    /// Pairs of claim indices that give different numbers for the same thing.
    pub disagreements: Vec<(usize, usize)>,
}

/// How two texts' numbers disagree, if they do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Conflict {
    /// The same named thing counted differently.
    Count,
    /// Bare numbers that differ.
    Number,
}

/// Whether two texts count the same thing with different numbers: some head (a counted
/// noun) for which both give values, and no value is given by both. Numbers counting nothing
/// named are compared only with each other. Both lists are sorted and distinct (see
/// [`analyse`]), so each head's values are a run found by binary search: this is asked
/// of every candidate pair, and Reuters states numbers in most sentences.
fn quantities_conflict(a: &[Quantity], b: &[Quantity]) -> Option<Conflict> {
    debug_assert!(a.is_sorted() && b.is_sorted());
    let run = |qs: &[Quantity], from: usize| {
        let head = &qs[from].head;
        from + qs[from..].partition_point(|q| q.head == *head)
    };
    let mut number = false;
    let mut i = 0;
    while i < a.len() {
        let end = run(a, i);
        let head = &a[i].head;
        let start_b = b.partition_point(|q| q.head < *head);
        let end_b = start_b + b[start_b..].partition_point(|q| q.head == *head);
        // Values differ when the two give none in common: a text that adds a second
        // figure ("387 mln dlrs for one station and 217 mln for the other") does not
        // contradict one that gives the first.
        let differ = start_b < end_b
            && !a[i..end]
                .iter()
                .any(|q| b[start_b..end_b].binary_search(q).is_ok());
        if differ {
            if !head.is_empty() && !head.ends_with("/of") {
                return Some(Conflict::Count);
            }
            number = true;
        }
        i = end;
    }
    number.then_some(Conflict::Number)
}

/// Most segments a word may occur in and still propose candidates: past it a word is
/// too common to say that two sentences are about the same thing, and its postings
/// would make candidate generation quadratic in corpus size.
const MAX_POSTINGS: usize = 400;

/// Links claims across articles.
pub fn link(claims: &[ClaimRecord], options: &LinkOptions) -> Links {
    // Units of comparison: sentences of claims, each remembering its claim, with words
    // interned so that comparing two sentences is a merge of two sorted id lists.
    let Interner {
        vocabulary,
        mut segments,
        capitalised,
        lower,
        ..
    } = intern(claims);
    // Document frequency of words, for weights and for blocking.
    let mut df = vec![0usize; vocabulary.len()];
    for s in &segments {
        for &w in &s.words {
            df[w as usize] += 1;
        }
    }
    let n = segments.len().max(1) as f64;
    let max_df = ((options.max_df * n).ceil() as usize).clamp(3, MAX_POSTINGS);
    let mut stats = WordStats {
        weight: df
            .iter()
            .map(|&d| (n / d.max(1) as f64).ln() + 1.0)
            .collect(),
        rare: df.iter().map(|&d| d <= max_df).collect(),
        subject: vec![false; vocabulary.len()],
        unit: vec![false; vocabulary.len()],
    };
    for (word, &id) in &vocabulary {
        // Numbers and units say nothing of what a sentence is about.
        let unit = normalize::is_unit(word);
        stats.unit[id as usize] = unit;
        stats.subject[id as usize] = !(word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))
            || unit);
    }
    drop(vocabulary);
    for s in &mut segments {
        s.total = s.words.iter().map(|&w| stats.weight[w as usize]).sum();
    }
    let names = ArticleNames::new(capitalised, &lower, &stats.subject);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); stats.rare.len()];
    for (i, s) in segments.iter().enumerate() {
        for &w in &s.words {
            if stats.rare[w as usize] {
                postings[w as usize].push(i as u32);
            }
        }
    }
    let comparison = Comparison {
        segments: &segments,
        postings: &postings,
        stats: &stats,
        names: &names,
        options,
        loosest: options
            .same_count
            .min(options.same_topic)
            .min(options.same_claim),
    };
    // Each sentence against those after it, on all cores: pairs are only collected
    // here, and since clustering sorts the same-claim pairs before joining and
    // disagreements are sorted, the order in which they are found does not matter.
    let found = (0..segments.len())
        .into_par_iter()
        .with_min_len(COMPARISON_CHUNK)
        .fold(
            || Candidates::new(segments.len()),
            |mut candidates, i| {
                comparison.compare(i, &mut candidates);
                candidates
            },
        )
        .map(|candidates| candidates.found)
        .collect::<Vec<Found>>();
    let mut same = Vec::new();
    let mut disagreements = Vec::new();
    for part in found {
        same.extend(part.same);
        disagreements.extend(part.disagree);
    }
    disagreements.sort_unstable();
    disagreements.dedup();
    let cluster_of = cohesion::cohesive_clusters(claims.len(), same, options.cohesion);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, root) in cluster_of.into_iter().enumerate() {
        groups.entry(root).or_default().push(i);
    }
    let clusters = groups
        .into_values()
        .filter(|members| {
            let first = &claims[members[0]].article;
            members.iter().any(|&m| &claims[m].article != first)
        })
        .collect();
    Links {
        clusters,
        disagreements,
    }
}

/// Fewest sentences one thread compares before its pairs are handed over: each part
/// holds a hit counter per sentence, so parts must not be many.
const COMPARISON_CHUNK: usize = 4096;

/// Pairs of claims one part of the comparison found.
#[derive(Default)]
struct Found {
    /// The same claim, with the overlap that said so.
    same: Vec<cohesion::Pair>,
    /// Different numbers for the same thing, least claim first.
    disagree: Vec<(usize, usize)>,
}

/// One thread's working memory for comparing sentences, and what it found.
struct Candidates {
    /// Shared rare words per candidate, reset through the list of candidates touched.
    hits: Vec<u16>,
    touched: Vec<u32>,
    found: Found,
}

impl Candidates {
    fn new(segments: usize) -> Self {
        Self {
            hits: vec![0; segments],
            touched: Vec::new(),
            found: Found::default(),
        }
    }
}

/// What comparing sentences needs to know.
struct Comparison<'a> {
    segments: &'a [Segment],
    /// Per word id, the sentences with that word if it is rare, in sentence order.
    postings: &'a [Vec<u32>],
    stats: &'a WordStats,
    names: &'a ArticleNames,
    options: &'a LinkOptions,
    /// The lowest overlap any rule accepts.
    loosest: f64,
}

impl Comparison<'_> {
    /// Compares sentence `i` with the later sentences that share rare words with it.
    fn compare(&self, i: usize, candidates: &mut Candidates) {
        let Candidates {
            hits,
            touched,
            found,
        } = candidates;
        let (stats, options) = (self.stats, self.options);
        let p = &self.segments[i];
        let rare = p.words.iter().filter(|&&w| stats.rare[w as usize]).count();
        for &w in &p.words {
            for &j in self.postings[w as usize].iter().rev() {
                if j as usize <= i {
                    break;
                }
                if hits[j as usize] == 0 {
                    touched.push(j);
                }
                hits[j as usize] = hits[j as usize].saturating_add(1);
            }
        }
        // Two sentences about the same thing share more than one rare word, unless
        // the sentence has only one.
        let needed = if rare >= 2 { 2 } else { 1 };
        for &j in touched.iter() {
            let enough = hits[j as usize] >= needed;
            hits[j as usize] = 0;
            let q = &self.segments[j as usize];
            if !enough || q.article == p.article {
                continue;
            }
            let Overlap {
                shared,
                score,
                subject,
                rare_subject,
            } = overlap(p, q, stats);
            if score < self.loosest {
                continue;
            }
            // Numbers differ in every pair of reports of different events ("a 1-1/4 pct
            // selling concession" in two bond issues): a disagreement needs the two
            // articles to tell one story, as the names they share say.
            let topic = match quantities_conflict(&p.quantities, &q.quantities) {
                Some(Conflict::Count) => Some((options.same_count, f64::MIN_POSITIVE)),
                Some(Conflict::Number) => Some((options.same_topic, options.same_story)),
                None => None,
            };
            let pair = (p.owner.min(q.owner), p.owner.max(q.owner));
            match topic {
                // A disagreement is about one subject: three shared words that are
                // neither numbers nor units, two of them rare, must carry the overlap,
                // or every pair of earnings tables ("Avg shrs 3,141,217 vs 2,925,294")
                // would disagree. Sentences whose numbers differ are never one claim.
                Some((same_topic, same_story)) => {
                    if score >= same_topic
                        && shared >= options.min_shared.saturating_sub(1)
                        && subject >= 3
                        && rare_subject >= 2
                        && self.names.same_story(p.article, q.article) >= same_story
                    {
                        found.disagree.push(pair);
                    }
                }
                None => {
                    if score >= options.same_claim
                        && (shared >= options.min_shared
                            || shared >= 3 && shared == p.words.len().min(q.words.len()))
                        && plain_shared(p, q, stats) >= options.min_shared_plain
                        && same_figures(&p.quantities, &q.quantities)
                    {
                        found.same.push(cohesion::Pair {
                            score,
                            a: pair.0,
                            b: pair.1,
                        });
                    }
                }
            }
        }
        touched.clear();
    }
}

/// The names each article's claims give: words written with a capital that the corpus
/// never writes in lower case, weighted by how few articles give them. Two articles
/// that share most of their names report the same story; two filings that share a
/// template but not their companies do not.
struct ArticleNames {
    /// Per article, its names' word ids, sorted, distinct.
    names: Vec<Vec<u32>>,
    /// Per word id, its weight as a name (zero for words that are no name).
    weight: Vec<f64>,
    /// Per article, the sum of its names' weights.
    total: Vec<f64>,
}

impl ArticleNames {
    fn new(mut capitalised: Vec<Vec<u32>>, lower: &[bool], subject: &[bool]) -> Self {
        let mut df = vec![0usize; lower.len()];
        for ids in &mut capitalised {
            ids.retain(|&w| !lower[w as usize] && subject[w as usize]);
            ids.sort_unstable();
            ids.dedup();
            for &w in ids.iter() {
                df[w as usize] += 1;
            }
        }
        let n = capitalised.len().max(1) as f64;
        let weight: Vec<f64> = df
            .iter()
            .map(|&d| {
                if d == 0 {
                    0.0
                } else {
                    (n / d as f64).ln() + 1.0
                }
            })
            .collect();
        let total = capitalised
            .iter()
            .map(|ids| ids.iter().map(|&w| weight[w as usize]).sum())
            .collect();
        Self {
            names: capitalised,
            weight,
            total,
        }
    }

    /// The weighted share of the names of whichever of two articles names less that the
    /// other names too: 1 when one's names are all the other's, 0 when none are shared.
    fn same_story(&self, a: u32, b: u32) -> f64 {
        let smaller = self.total[a as usize].min(self.total[b as usize]);
        if smaller <= 0.0 {
            return 0.0;
        }
        let mut shared = 0.0;
        for_each_shared(&self.names[a as usize], &self.names[b as usize], |w| {
            shared += self.weight[w as usize];
        });
        shared / smaller
    }
}

/// What is known of each word of the vocabulary, by id.
struct WordStats {
    /// Inverse document frequency weight.
    weight: Vec<f64>,
    /// Rare enough to propose candidates and to say what a sentence is about.
    rare: Vec<bool>,
    /// Neither a number nor a unit.
    subject: Vec<bool>,
    /// A unit ("pct", "dlrs", "mln").
    unit: Vec<bool>,
}

/// What two segments share.
struct Overlap {
    /// Shared words.
    shared: usize,
    /// The weighted share they cover: of the smaller side, but never more than twice
    /// their share of the larger side, so that a short claim ("they will not attack")
    /// does not join every long claim that happens to contain its few words.
    score: f64,
    /// Shared words that are neither numbers nor units.
    subject: usize,
    /// Of those, the rare ones.
    rare_subject: usize,
}

/// Compares two segments by merging their sorted word ids.
fn overlap(a: &Segment, b: &Segment, stats: &WordStats) -> Overlap {
    let (small, large) = if a.words.len() <= b.words.len() {
        (a, b)
    } else {
        (b, a)
    };
    let (mut shared, mut subject, mut rare_subject) = (0, 0, 0);
    let mut covered = 0.0;
    for_each_shared(&small.words, &large.words, |w| {
        let w = w as usize;
        shared += 1;
        covered += stats.weight[w];
        if stats.subject[w] {
            subject += 1;
            rare_subject += usize::from(stats.rare[w]);
        }
    });
    let score = if small.total <= 0.0 {
        0.0
    } else {
        let (of_small, of_large) = (covered / small.total, covered / large.total);
        of_small.min(2.0 * of_large)
    };
    Overlap {
        shared,
        score,
        subject,
        rare_subject,
    }
}

/// Whether the figures of the sentence that gives fewer are all among the other's. Two
/// results tables ("Shr profit five cts vs profit 42 cts", "Shr profit 42 cts vs loss
/// 11 cts") share a figure and most words and are no more one claim than they
/// disagree; single linkage through such pairs chained hundreds of earnings reports
/// into one cluster.
fn same_figures(a: &[Quantity], b: &[Quantity]) -> bool {
    let (few, many) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Both sorted and distinct (see `analyse`).
    few.iter().all(|q| many.binary_search(q).is_ok())
}

/// How many words two segments both write in lower case, or numbers they both give:
/// units are not counted, being in every sentence with a number.
fn plain_shared(a: &Segment, b: &Segment, stats: &WordStats) -> usize {
    let mut n = 0;
    for_each_shared(&a.plain, &b.plain, |w| {
        n += usize::from(!stats.unit[w as usize])
    });
    n
}

/// Calls `f` with every id two sorted, distinct id lists share, in order: one merge.
fn for_each_shared(a: &[u32], b: &[u32], mut f: impl FnMut(u32)) {
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                f(a[x]);
                x += 1;
                y += 1;
            }
        }
    }
}

/// A cluster as the links graph describes it.
pub struct ClusterSummary<'a> {
    /// Its IRI: a hash of its members' IRIs, so the same members give the same cluster.
    pub iri: NamedNode,
    /// The shortest member text, which reads best; ties go to the smallest IRI.
    pub label: &'a str,
    /// Member claim indices, in IRI order.
    pub members: Vec<usize>,
    /// How many articles its members appear in.
    pub articles: usize,
}

/// The clusters of `links`, with their IRIs and labels: what the links graph states and
/// what the relink needs to trace origins without reading it back.
pub fn clusters<'a>(claims: &'a [ClaimRecord], links: &Links) -> Vec<ClusterSummary<'a>> {
    links
        .clusters
        .iter()
        .map(|members| {
            let mut members = members.clone();
            members.sort_unstable_by(|&a, &b| claims[a].iri.cmp(&claims[b].iri));
            let iris: Vec<&str> = members.iter().map(|&m| claims[m].iri.as_str()).collect();
            let label = members
                .iter()
                .min_by_key(|&&m| (claims[m].text.len(), claims[m].iri.as_str()))
                .map(|&m| claims[m].text.as_str())
                .unwrap_or_default();
            let articles: std::collections::BTreeSet<&str> = members
                .iter()
                .map(|&m| claims[m].article.as_str())
                .collect();
            ClusterSummary {
                iri: cluster_iri(&iris.join(" ")),
                label,
                articles: articles.len(),
                members,
            }
        })
        .collect()
}

/// The links graph as quads: clusters with their members and a representative label,
/// and disagreements in both directions. Made a cluster at a time, for the caller to turn
/// into lines as they come (the graph grows with the corpus).
pub fn to_quads<'a>(
    claims: &'a [ClaimRecord],
    links: &'a Links,
) -> impl Iterator<Item = Quad> + 'a {
    let graph = GraphName::NamedNode(links_graph());
    let claim = |m: usize| NamedNode::new_unchecked(&claims[m].iri);
    let in_graph = graph.clone();
    let clustered = clusters(claims, links)
        .into_iter()
        .flat_map(move |cluster| {
            let graph = &in_graph;
            let iri = cluster.iri;
            let mut quads = vec![
                Quad::new(iri.clone(), rdf::TYPE, cg::CLAIM_CLUSTER, graph.clone()),
                Quad::new(
                    iri.clone(),
                    rdfs::LABEL,
                    Literal::new_simple_literal(cluster.label),
                    graph.clone(),
                ),
                Quad::new(
                    iri.clone(),
                    cg::ARTICLE_COUNT,
                    Literal::from(cluster.articles as i64),
                    graph.clone(),
                ),
            ];
            for &m in &cluster.members {
                quads.push(Quad::new(iri.clone(), cg::MEMBER, claim(m), graph.clone()));
                quads.push(Quad::new(claim(m), cg::CLUSTER, iri.clone(), graph.clone()));
            }
            quads
        });
    let disagreeing = links.disagreements.iter().flat_map(move |&(a, b)| {
        [
            Quad::new(claim(a), cg::DISAGREES_WITH, claim(b), graph.clone()),
            Quad::new(claim(b), cg::DISAGREES_WITH, claim(a), graph.clone()),
        ]
    });
    clustered.chain(disagreeing)
}

#[cfg(test)]
mod tests;
