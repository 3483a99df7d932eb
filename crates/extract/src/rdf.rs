//! RDF emission: an [`Extraction`] as quads in the article's named graph, in the
//! vocabulary of `ARCHITECTURE.md`. Offsets become Unicode code points here and only here.

use crate::attribution::QuoteKind;
use crate::text::{CharIndex, Span};
use crate::Extraction;
use claimgraph_corpus::Document;
use claimgraph_vocab::{
    actor_iri, actors_graph, anonymous_source_iri, article_iri, attribution_iri, cg, claim_iri,
    mention_iri, nif, prov, rdf, rdfs, schema, short_hash, ActorKind,
};
use oxrdf::vocab::xsd;
use oxrdf::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};
use std::collections::BTreeSet;

struct Emitter<'a> {
    graph: GraphName,
    article: NamedNode,
    text: &'a str,
    index: CharIndex<'a>,
    quads: Vec<Quad>,
    mentions: BTreeSet<Span>,
}

impl Emitter<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }

    fn mention(&mut self, span: Span) -> NamedNode {
        let (b, e) = (
            self.index.char_offset(span.start),
            self.index.char_offset(span.end),
        );
        let iri = mention_iri(&self.article, b, e);
        if self.mentions.insert(span) {
            self.add(&iri, rdf::TYPE, nif::STRING);
            self.add(&iri, nif::BEGIN_INDEX, Literal::from(b as i64));
            self.add(&iri, nif::END_INDEX, Literal::from(e as i64));
            self.add(
                &iri,
                nif::ANCHOR_OF,
                Literal::new_simple_literal(span.of(self.text)),
            );
            let article = self.article.clone();
            self.add(&iri, nif::REFERENCE_CONTEXT, article);
        }
        iri
    }
}

/// The IRI of each actor of an extraction: corpus-wide for named actors, per article for
/// anonymous sources.
pub fn actor_iris(article: &NamedNode, text: &str, ex: &Extraction) -> Vec<NamedNode> {
    let index = CharIndex::new(text);
    ex.actors
        .iter()
        .map(|a| match a.kind {
            ActorKind::Anonymous => anonymous_source_iri(article, index.char_offset(a.first.start)),
            kind => actor_iri(kind, &crate::resolve::identity_name(kind, &a.name)),
        })
        .collect()
}

/// The text of a claim: its content pieces joined by " … " (as a reader marks a split
/// quote), outer quote marks and the comma that closes a quoted clause dropped, white
/// space folded.
pub fn claim_text(text: &str, contents: &[Span]) -> String {
    let joined: Vec<String> = contents
        .iter()
        .map(|c| {
            let s = c.of(text).trim();
            // The content span keeps a complementiser ("said that the US…"), as PolNeAR
            // marks it; the claim is what follows it.
            let s = s
                .strip_prefix("that ")
                .or_else(|| s.strip_prefix("That "))
                .unwrap_or(s);
            let s = s
                .trim_start_matches(['“', '"', '‘', '\'', '«'])
                .trim_end_matches(['”', '"', '’', '\'', '»', '“']);
            s.trim_end_matches([',', ';', ':']).trim().to_owned()
        })
        .collect();
    joined
        .iter()
        .map(|piece| piece.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|piece| !piece.is_empty())
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The quads of one article: article, mentions, attributions, actors and claims, all in
/// the article's named graph.
pub fn to_quads(doc: &Document, ex: &Extraction) -> Vec<Quad> {
    let article = article_iri(&doc.id);
    let mut em = Emitter {
        graph: GraphName::NamedNode(article.clone()),
        article: article.clone(),
        text: &doc.text,
        index: CharIndex::new(&doc.text),
        quads: Vec::with_capacity(64 + ex.attributions.len() * 40),
        mentions: BTreeSet::new(),
    };
    let actors = actor_iris(&article, &doc.text, ex);

    em.add(&article, rdf::TYPE, schema::NEWS_ARTICLE);
    em.add(&article, cg::DOC_ID, Literal::new_simple_literal(&doc.id));
    em.add(
        &article,
        cg::CONTENT_HASH,
        Literal::new_simple_literal(short_hash(&doc.text)),
    );
    if let Some(title) = &doc.meta.title {
        em.add(
            &article,
            schema::HEADLINE,
            Literal::new_simple_literal(title),
        );
    }
    if let Some(date) = &doc.meta.date {
        em.add(&article, schema::DATE_PUBLISHED, date_literal(date));
    }
    if let Some(url) = &doc.meta.url {
        match NamedNode::new(url) {
            Ok(node) => em.add(&article, schema::URL, node),
            Err(_) => em.add(&article, schema::URL, Literal::new_simple_literal(url)),
        }
    }
    if let Some(p) = ex.publisher {
        em.add(&article, schema::PUBLISHER, actors[p].clone());
    }
    if let Some(d) = &ex.dateline {
        em.add(
            &article,
            cg::DATELINE,
            Literal::new_simple_literal(&d.place),
        );
    }
    if let Some(a) = ex.agency {
        em.add(&article, cg::AGENCY, actors[a].clone());
    }

    for (i, actor) in ex.actors.iter().enumerate() {
        let iri = &actors[i];
        // Anonymous sources belong to their article; named actors to the corpus.
        let graph = if actor.kind == ActorKind::Anonymous {
            em.graph.clone()
        } else {
            GraphName::NamedNode(actors_graph())
        };
        let mut say = |p: NamedNodeRef<'_>, o: Term| {
            em.quads.push(Quad::new(iri.clone(), p, o, graph.clone()));
        };
        say(rdf::TYPE, prov::AGENT.into());
        let class = match actor.kind {
            ActorKind::Person => schema::PERSON,
            ActorKind::Organization => schema::ORGANIZATION,
            ActorKind::Outlet => schema::NEWS_MEDIA_ORGANIZATION,
            ActorKind::Anonymous => cg::ANONYMOUS_SOURCE,
        };
        say(rdf::TYPE, class.into());
        say(rdfs::LABEL, Literal::new_simple_literal(&actor.name).into());
        if let Some(t) = &actor.title {
            say(schema::JOB_TITLE, Literal::new_simple_literal(t).into());
        }
        if let Some(a) = &actor.affiliation {
            say(schema::AFFILIATION, Literal::new_simple_literal(a).into());
        }
        if let Some(c) = actor.count {
            say(cg::COUNT, Literal::from(i64::from(c)).into());
        }
        if let Some(h) = &actor.handle {
            let profile = format!(
                "https://twitter.com/{}",
                claimgraph_vocab::encode_segment(h)
            );
            say(schema::SAME_AS, NamedNode::new_unchecked(profile).into());
        }
    }

    for (n, a) in ex.attributions.iter().enumerate() {
        let iri = attribution_iri(&article, n);
        let claim = claim_iri(&article, "a", n);
        em.add(&iri, rdf::TYPE, cg::ATTRIBUTION);
        em.add(&iri, cg::IN_ARTICLE, article.clone());
        let cue = em.mention(a.cue);
        em.add(&iri, cg::CUE, cue);
        em.add(
            &iri,
            cg::CUE_LEMMA,
            Literal::new_simple_literal(a.cue_lemma),
        );
        let mut content_mentions = Vec::new();
        for c in &a.contents {
            let m = em.mention(*c);
            em.add(&iri, cg::CONTENT, m.clone());
            content_mentions.push(m);
        }
        if let Some(s) = a.source {
            let m = em.mention(s);
            em.add(&iri, cg::SOURCE, m);
        }
        let kind = match a.kind {
            QuoteKind::Direct => cg::DIRECT,
            QuoteKind::Indirect => cg::INDIRECT,
            QuoteKind::Mixed => cg::MIXED,
        };
        em.add(&iri, cg::QUOTE_KIND, kind);
        if let Some(v) = a.via {
            em.add(&iri, cg::VIA, attribution_iri(&article, v));
            em.add(
                &claim_iri(&article, "a", v),
                prov::WAS_DERIVED_FROM,
                claim.clone(),
            );
        }
        if let Some(h) = a.hedge {
            em.add(&iri, cg::HEDGE, Literal::new_simple_literal(h));
        }
        em.add(&iri, cg::CLAIM, claim.clone());
        em.add(&claim, rdf::TYPE, schema::CLAIM);
        em.add(
            &claim,
            schema::TEXT,
            Literal::new_simple_literal(claim_text(&doc.text, &a.contents)),
        );
        em.add(&claim, schema::APPEARANCE, article.clone());
        for m in content_mentions {
            em.add(&claim, cg::MENTION, m);
        }
        if let Some(actor) = ex.attributed_to[n] {
            em.add(&iri, cg::ATTRIBUTED_TO, actors[actor].clone());
            em.add(&claim, prov::WAS_ATTRIBUTED_TO, actors[actor].clone());
        }
    }

    for (n, u) in ex.unattributed.iter().enumerate() {
        let claim = claim_iri(&article, "u", n);
        em.add(&claim, rdf::TYPE, schema::CLAIM);
        em.add(
            &claim,
            schema::TEXT,
            Literal::new_simple_literal(claim_text(&doc.text, &[u.span])),
        );
        em.add(&claim, schema::APPEARANCE, article.clone());
        em.add(&claim, cg::UNATTRIBUTED, Literal::from(true));
        let m = em.mention(u.span);
        em.add(&claim, cg::MENTION, m);
        let by = ex
            .publisher
            .map_or_else(|| article.clone(), |p| actors[p].clone());
        em.add(&claim, prov::WAS_ATTRIBUTED_TO, by);
        if let Some(h) = u.hedge {
            em.add(&claim, cg::HEDGE, Literal::new_simple_literal(h));
        }
    }
    em.quads
}

/// A date as `xsd:date` or `xsd:dateTime` when it has that form; as written otherwise.
fn date_literal(date: &str) -> Literal {
    let b = date.as_bytes();
    let ymd = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if ymd && b.len() == 10 {
        Literal::new_typed_literal(date, xsd::DATE)
    } else if ymd && b.get(10) == Some(&b'T') {
        Literal::new_typed_literal(date, xsd::DATE_TIME)
    } else {
        Literal::new_simple_literal(date)
    }
}
