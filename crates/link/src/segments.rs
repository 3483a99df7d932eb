//! The claims' sentences as the linker compares them: each claim split into sentences,
//! each sentence read into content words and quantities on all cores, and its words
//! interned in claim order.

use crate::normalize::{words_and_quantities, Quantity};
use crate::ClaimRecord;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// One sentence of a claim, as linking compares it.
pub(crate) struct Segment {
    /// The claim it belongs to.
    pub(crate) owner: usize,
    /// The article of that claim, as an index into the linker's article list.
    pub(crate) article: u32,
    /// Its content words as ids into the vocabulary, sorted, unique.
    pub(crate) words: Vec<u32>,
    /// Those of them it writes in lower case somewhere, sorted: words that are no part
    /// of a name here.
    pub(crate) plain: Vec<u32>,
    /// The sum of its words' weights.
    pub(crate) total: f64,
    pub(crate) quantities: Vec<Quantity>,
}

/// Claims read in parallel before their words are interned.
const ANALYSIS_CHUNK: usize = 2048;

/// One sentence of a claim, read: its content words (with whether each was written
/// with a capital) and the quantities it states.
struct AnalysedSegment {
    words: Vec<(String, bool)>,
    quantities: Vec<Quantity>,
}

fn analyse(segment: &str) -> AnalysedSegment {
    let (words, mut quantities) = words_and_quantities(segment);
    // Only sentences of three words or more are compared (see `link`): the others'
    // numbers are never read.
    let distinct = words
        .iter()
        .enumerate()
        .filter(|&(k, (w, _))| k == 0 || words[k - 1].0 != *w)
        .count();
    if distinct >= 3 {
        quantities.sort_unstable();
        quantities.dedup();
    } else {
        quantities.clear();
    }
    AnalysedSegment { words, quantities }
}

/// Splits a claim's text into sentences: a quote continued over several sentences is
/// compared sentence by sentence, so that one outlet quoting two sentences and another
/// quoting one of them still meet.
fn segments_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for w in chars.windows(3) {
        let ((_, a), (_, b), (k, c)) = (w[0], w[1], w[2]);
        let sentence_end = matches!(a, '.' | '!' | '?')
            && b == ' '
            && (c.is_uppercase() || matches!(c, '“' | '"' | '‘'));
        if sentence_end || b == '…' {
            out.push(&text[start..k]);
            start = k;
        }
    }
    out.push(&text[start..]);
    out
}

/// The claims' sentences as linking compares them, built a chunk of claims at a time.
#[derive(Default)]
pub(crate) struct Interner<'a> {
    /// Word ids; Fx hashing, as the words are the corpus's own and interning is on the
    /// linker's one sequential path.
    pub(crate) vocabulary: FxHashMap<String, u32>,
    pub(crate) segments: Vec<Segment>,
    /// Article ids by IRI.
    pub(crate) articles: FxHashMap<&'a str, usize>,
    /// Words written with a capital, by article, and words ever written in lower case:
    /// together they give each article's names.
    pub(crate) capitalised: Vec<Vec<u32>>,
    pub(crate) lower: Vec<bool>,
}

impl<'a> Interner<'a> {
    /// Adds claim `i`'s analysed sentences.
    fn add(&mut self, i: usize, claim: &'a ClaimRecord, segs: Vec<AnalysedSegment>) {
        let next_article = self.articles.len();
        let article = *self
            .articles
            .entry(claim.article.as_str())
            .or_insert(next_article);
        if article == self.capitalised.len() {
            self.capitalised.push(Vec::new());
        }
        for AnalysedSegment { words, quantities } in segs {
            let mut ids: Vec<u32> = Vec::with_capacity(words.len());
            let mut plain: Vec<u32> = Vec::new();
            let mut lower_case = false;
            for (w, capital) in words {
                let letters = w.chars().any(char::is_alphabetic);
                let next = self.vocabulary.len() as u32;
                let id = *self.vocabulary.entry(w).or_insert(next);
                if id as usize == self.lower.len() {
                    self.lower.push(false);
                }
                if capital {
                    self.capitalised[article].push(id);
                } else {
                    self.lower[id as usize] = true;
                    lower_case |= letters;
                    plain.push(id);
                }
                ids.push(id);
            }
            ids.dedup();
            if ids.len() >= 3 {
                ids.sort_unstable();
                plain.sort_unstable();
                plain.dedup();
                // A sentence that writes every word with a capital (a headline in title
                // case or capitals) says nothing by its capitals: all its words count.
                if !lower_case {
                    plain.clone_from(&ids);
                }
                self.segments.push(Segment {
                    owner: i,
                    article: article as u32,
                    words: ids,
                    plain,
                    total: 0.0,
                    quantities,
                });
            }
        }
    }
}

/// Reads the sentences of every claim: on all cores a chunk at a time (so the words of
/// only two chunks are held), each chunk interned in claim order while the next is read,
/// so the ids (and everything after) are the same whatever the number of threads.
pub(crate) fn intern(claims: &[ClaimRecord]) -> Interner<'_> {
    let analyse_chunk = |chunk: &[ClaimRecord]| -> Vec<Vec<AnalysedSegment>> {
        chunk
            .par_iter()
            .map(|c| segments_of(&c.text).into_iter().map(analyse).collect())
            .collect()
    };
    let mut interner = Interner::default();
    let mut chunks = claims.chunks(ANALYSIS_CHUNK).enumerate().peekable();
    let mut current = chunks.peek().map(|(_, c)| analyse_chunk(c));
    while let Some((k, chunk)) = chunks.next() {
        let next = chunks.peek().map(|(_, c)| *c);
        let analysed = current.take().unwrap_or_default();
        let interner = &mut interner;
        let ((), following) = rayon::join(
            || {
                for (offset, (claim, segs)) in chunk.iter().zip(analysed).enumerate() {
                    interner.add(k * ANALYSIS_CHUNK + offset, claim, segs);
                }
            },
            || next.map(analyse_chunk),
        );
        current = following;
    }
    interner
}
