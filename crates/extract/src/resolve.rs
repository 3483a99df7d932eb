//! Resolution inside one document: source phrases to actors.
//!
//! Named actors get their identity from their kind and canonical name, so the same person
//! in two articles is one IRI without any corpus-level step. What only the document can
//! tell is settled here: "he" is the person last named (or the one unnamed person who
//! spoke last: "another fund manager"), but not one named only in what the last speaker
//! said, nor one whose title or first name says "she" (`gender`); "it" one body, never a
//! group of people, "the spokesman" the actor whose title says so, "the newspaper" the
//! outlet last mentioned, "Price" the "Ned Price" named elsewhere in the same article.
//! `mentions` finds the names and outlets the text writes, `surnames` the full name a
//! surname stands for, `casing` the casing of a name a headline writes in capitals,
//! `pronouns` whom "he", "she", "who", "it" and "I" stand for.

mod bodies;
mod casing;
mod gender;
mod identity;
mod mentions;
mod pronouns;
mod surnames;

use gender::{gender_of, Gender};
pub(crate) use identity::identity_name;
use identity::{canonical_name, without_owner_mark};
use mentions::{scan_mentions, NameMention};
use pronouns::{first_person, speaker_of};

use crate::attribution::Attribution;
use crate::lexicon::{outlet, ANONYMOUS_HEADS, ORG_WORDS, TITLES};
use crate::source::SourceRef;
use crate::text::{is_headline_case, Span};
use crate::Doc;
use claimgraph_vocab::{slug, ActorKind};
use std::collections::HashMap;

/// Epithets for the figure a political or business story is about ("the billionaire
/// businessman", "the presumptive nominee"): without a holder named, they stand for the
/// person cited most, not the last one named.
const PROMINENT_EPITHETS: &[&str] = &[
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "tycoon",
    "candidate",
    "nominee",
    "front-runner",
    "frontrunner",
    "challenger",
];

/// An actor as one document knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Person, organisation, outlet or anonymous source.
    pub kind: ActorKind,
    /// Canonical name for named actors; the phrase as written for anonymous ones.
    pub name: String,
    /// Title or role written with the name.
    pub title: Option<String>,
    /// Twitter handle.
    pub handle: Option<String>,
    /// How many people an anonymous source stands for, when said.
    pub count: Option<u32>,
    /// Affiliation of an anonymous source as written ("American", "U.S. defense").
    pub affiliation: Option<String>,
    /// First mention in the document.
    pub first: Span,
}

/// Resolves source phrases to actors, document-wide.
pub struct Resolver<'d> {
    doc: &'d Doc<'d>,
    actors: Vec<Actor>,
    by_key: HashMap<(ActorKind, String), usize>,
    /// Actors in order of mention, for pronouns and role nouns.
    salience: Vec<(usize, usize)>,
    /// What each resolved attribution said, with its actor: a name inside it is no
    /// antecedent for "he" over the one who said it.
    said: Vec<(Span, usize)>,
    /// People named anywhere in the text with a title ("President Joe Biden").
    names: Vec<NameMention>,
    /// Outlets named anywhere in the text.
    outlets: Vec<(Span, &'static str)>,
    /// How the running text writes words, read when a name in capitals first needs it.
    casing: Option<casing::Casing<'d>>,
    /// Things credited to whoever put them out ("The survey, conducted by the Public
    /// Policy Institute…"), for "the survey" after them.
    put_out: Vec<(&'static str, usize)>,
    /// One-word names that speak of themselves as "it" in this document ("Texaco said its
    /// profits rose"): firms, however a surname they look.
    firms: Vec<&'d str>,
    /// The country the story was filed from, when its dateline names a city the lexicon
    /// places ("TOKYO"): whose ministry "the Finance Ministry" is.
    home: Option<&'static str>,
    /// Where the text writes a company's legal form, found when a name first needs it.
    company_forms: Option<Vec<usize>>,
}

impl<'d> Resolver<'d> {
    /// Prepares resolution for a document, scanning it once for names and outlets.
    pub fn new(doc: &'d Doc<'d>) -> Self {
        let (names, outlets) = scan_mentions(doc);
        Self {
            doc,
            actors: Vec::new(),
            by_key: HashMap::new(),
            salience: Vec::new(),
            said: Vec::new(),
            names,
            outlets,
            casing: None,
            put_out: Vec::new(),
            firms: Vec::new(),
            home: None,
            company_forms: None,
        }
    }

    /// Records where the story was filed, as its dateline names the place ("TOKYO").
    pub fn filed_from(&mut self, place: &str) {
        self.home = crate::lexicon::country_of_city(&crate::text::lowercase(place));
    }

    /// The actors found so far.
    pub fn into_actors(self) -> Vec<Actor> {
        self.actors
    }

    /// Adds (or finds) an actor for the publisher named in metadata.
    pub fn outlet_actor(&mut self, name: &str, at: Span) -> usize {
        let canon = outlet(name).map_or_else(|| name.to_owned(), str::to_owned);
        self.named(ActorKind::Outlet, &canon, None, at)
    }

    fn named(&mut self, kind: ActorKind, name: &str, title: Option<&str>, at: Span) -> usize {
        let recased = casing::has_capitals(name)
            .then(|| {
                let doc = self.doc;
                self.casing
                    .get_or_insert_with(|| casing::Casing::new(doc))
                    .recased(name)
            })
            .flatten();
        let mut name = recased.as_deref().unwrap_or(name);
        // "More Offensive Things Donald Trump Has Said": a headline capitalises every
        // word, so a person's name there is the run's end.
        if kind == ActorKind::Person
            && name.split_whitespace().nth(2).is_some()
            && is_headline_case(self.doc.line_at(at.start))
        {
            let words: Vec<&str> = name.split_whitespace().collect();
            let from = words[words.len() - crate::source::name_len(&words)];
            name = &name[name.rfind(from).unwrap_or(0)..];
        }
        let owned = (kind == ActorKind::Organization)
            .then(|| without_owner_mark(name))
            .flatten();
        let name = owned.as_deref().unwrap_or(name);
        // "U.S." and "the United States" are one government.
        let name = match kind {
            ActorKind::Organization => {
                crate::lexicon::country_name(&crate::text::lowercase(name)).unwrap_or(name)
            }
            _ => name,
        };
        let key = (kind, slug(&identity_name(kind, name)));
        if let Some(&i) = self.by_key.get(&key) {
            if self.actors[i].title.is_none() {
                self.actors[i].title = title.map(str::to_owned);
            }
            return i;
        }
        self.actors.push(Actor {
            kind,
            name: canonical_name(kind, name),
            title: title.map(str::to_owned),
            handle: None,
            count: None,
            affiliation: None,
            first: at,
        });
        self.by_key.insert(key, self.actors.len() - 1);
        self.actors.len() - 1
    }

    fn anonymous(&mut self, at: Span, count: Option<u32>, affiliation: Option<String>) -> usize {
        // An anonymous source is named by where its phrase starts, so two phrases from
        // one place ("this official" and "this official, who asked not to be
        // identified", read by two patterns) are one source; the shorter says who.
        let same = self
            .actors
            .iter()
            .rposition(|a| a.kind == ActorKind::Anonymous && a.first.start == at.start);
        if let Some(i) = same {
            let actor = &mut self.actors[i];
            if at.end < actor.first.end {
                actor.name = at.of(self.doc.text).to_owned();
                actor.first = at;
            }
            actor.count = actor.count.or(count);
            actor.affiliation = actor.affiliation.take().or(affiliation);
            return i;
        }
        self.actors.push(Actor {
            kind: ActorKind::Anonymous,
            name: at.of(self.doc.text).to_owned(),
            title: None,
            handle: None,
            count,
            affiliation,
            first: at,
        });
        self.actors.len() - 1
    }

    /// Resolves every attribution's source to an actor index, in text order.
    pub fn resolve_all(&mut self, attributions: &[Attribution]) -> Vec<Option<usize>> {
        let mut out: Vec<Option<usize>> = Vec::with_capacity(attributions.len());
        self.firms = bodies::firms_speaking_as_it(self.doc, attributions);
        for a in attributions {
            let speaker = first_person(a)
                .then(|| speaker_of(attributions, a, out.len()))
                .flatten()
                .and_then(|j| out[j]);
            let reporter = || {
                let actor = self.reporter_of(a, &out)?;
                self.credit(a, actor);
                Some(actor)
            };
            let actor = speaker.or_else(reporter).or_else(|| self.resolve(a));
            out.push(actor);
        }
        out
    }

    /// Resolves one attribution's source to an actor index.
    pub fn resolve(&mut self, a: &Attribution) -> Option<usize> {
        let span = a.source?;
        let r = a.source_ref.as_ref()?;
        let actor = self.resolve_ref(r, span);
        let doc = self.doc;
        if let Some(thing) =
            crate::source::thing_put_out(doc, doc.token_at(span.start), doc.token_at(span.end))
        {
            if self.actors[actor].kind != ActorKind::Anonymous {
                self.put_out.push((thing, actor));
            }
        }
        if let Some(handle) = &a.handle {
            let actor = &mut self.actors[actor];
            actor.handle.get_or_insert_with(|| handle.clone());
            // An account known only by its handle is named as the handle is written
            // ("realDonaldTrump", "tedcruz"), not cased as a person's name would be.
            if span.of(self.doc.text).trim_start_matches('@') == handle {
                actor.name.clone_from(handle);
            }
        }
        self.credit(a, actor);
        Some(actor)
    }

    /// Notes that `actor` spoke the attribution `a`: the latest source for the pronouns
    /// after it, and the one who said its contents.
    fn credit(&mut self, a: &Attribution, actor: usize) {
        if let Some(span) = a.source {
            self.salience.push((span.start, actor));
        }
        self.said.extend(a.contents.iter().map(|&c| (c, actor)));
    }

    /// The actor a source phrase at `span` refers to.
    fn resolve_ref(&mut self, r: &SourceRef, span: Span) -> usize {
        // "The survey also shows…" after "The survey, conducted by the Public Policy
        // Institute of California, finds…": the thing stands for who put it out.
        let text = span.of(self.doc.text);
        let back = text
            .get(..4)
            .filter(|the| the.eq_ignore_ascii_case("the "))
            .and_then(|_| {
                let thing = &text[4..];
                self.put_out
                    .iter()
                    .rev()
                    .find(|(t, _)| thing.eq_ignore_ascii_case(t))
            });
        if let Some(&(_, actor)) = back {
            return actor;
        }
        match r {
            SourceRef::Outlet(name) => self.named(ActorKind::Outlet, name, None, span),
            SourceRef::OutletRef => self
                .last_outlet(span)
                .unwrap_or_else(|| self.anonymous(span, None, None)),
            SourceRef::Named {
                kind: ActorKind::Person,
                name,
                title,
            } => {
                if let Some(org) = self.organization_starting(name, span.start) {
                    return org;
                }
                let full = self.full_name(name, span.start);
                // "Texaco said" where the text wrote "Texaco Inc": the company.
                if full == *name && title.is_none() {
                    if let Some(company) = self.company_written_in_full(name) {
                        return self.named(ActorKind::Organization, &company, None, span);
                    }
                    if self.firms.contains(&name.as_str()) {
                        return self.named(ActorKind::Organization, name, None, span);
                    }
                    // "Leo said" after "Leo, a subsidiary of Aqua Chem, said": the firm the
                    // article credited under that very name, a given name or not.
                    if let Some(org) = self.organization_named(name, span.start) {
                        return org;
                    }
                    // "Continental said" after "Continental Bank of Canada said", when
                    // the article names no person so: the body credited before.
                    if let Some(org) = self.organization_opened_by(name, span.start) {
                        return org;
                    }
                }
                let title = title.clone().or_else(|| self.title_of(&full));
                self.named(ActorKind::Person, &full, title.as_deref(), span)
            }
            SourceRef::Named { kind, name, title } => {
                // "Cuban also said…" after "Mark Cuban": the surname of a person named before.
                if *kind == ActorKind::Organization {
                    // "CCC said" after "the Commodity Credit Corporation (CCC)".
                    if let Some(full) = bodies::expansion_of(self.doc, name)
                        .or_else(|| bodies::initials_spelled_before(self.doc, name, span.start))
                    {
                        return self.named(ActorKind::Organization, &full, None, span);
                    }
                    if let Some(body) = self.body_named_before(span) {
                        return body;
                    }
                    // "Moody's said" after "Moody's Investors Service Inc"; not "Japan
                    // said" after "Japan Air Lines Co".
                    let place = || {
                        let lower = crate::text::lowercase(name);
                        crate::lexicon::is_place(&lower) || crate::lexicon::is_demonym(&lower)
                    };
                    if !name.contains(' ') && !place() {
                        if let Some(company) = self.company_written_in_full(name) {
                            return self.named(ActorKind::Organization, &company, None, span);
                        }
                    }
                    if let Some(person) = self.person_by_surname(name, span) {
                        return person;
                    }
                    // "Cruz and Rubio said" after both were named, "Hillary Clinton and
                    // Bernie Sanders said", "Trump and Texas Sen. Ted Cruz": two people
                    // speaking together, each perhaps with a title, no firm of that name;
                    // so are two governments ("Britain and France said").
                    let speaker = |side: &str| {
                        let lower = crate::text::lowercase(side);
                        let lower = lower.strip_prefix("the ").unwrap_or(&lower);
                        if crate::lexicon::is_place(lower) {
                            return true;
                        }
                        let words: Vec<&str> = side.split_whitespace().collect();
                        let name = words[words.len() - crate::source::name_len(&words)..].join(" ");
                        self.is_persons_name(&name, span.start)
                    };
                    let pair = name.split_once(" and ").filter(|(a, b)| {
                        !a.is_empty()
                            && !b.is_empty()
                            && !b.contains(" and ")
                            && speaker(a)
                            && speaker(b)
                    });
                    if pair.is_some() {
                        return self.anonymous(span, Some(2), None);
                    }
                }
                self.named(*kind, name, title.as_deref(), span)
            }
            SourceRef::Anonymous { count, affiliation } => {
                // "Banks said" after "Tyra Banks": a plural, as one word, may be a surname.
                let word = (!text.contains(' ')).then_some(text);
                word.and_then(|w| self.person_by_surname(w, span))
                    .or_else(|| self.organization_by_head(span))
                    .unwrap_or_else(|| self.anonymous(span, *count, affiliation.clone()))
            }
            SourceRef::Pronoun(p) => self.pronoun(p, span),
            SourceRef::Role(role) => self
                .organization_by_head(span)
                .unwrap_or_else(|| self.role(role, span)),
        }
    }

    /// The company's full name, legal form and all, that the text opens with `name`
    /// ([`bodies::company_named_from`]).
    fn company_written_in_full(&mut self, name: &str) -> Option<String> {
        let forms = self
            .company_forms
            .get_or_insert_with(|| bodies::company_forms(self.doc));
        bodies::company_named_from(self.doc, forms, name)
    }

    /// What an actor's title or first name say of its gender.
    fn gender(&self, actor: usize) -> Option<Gender> {
        let a = &self.actors[actor];
        gender_of(&a.name, a.title.as_deref())
    }

    fn recent(&self, before: usize) -> impl Iterator<Item = usize> + '_ {
        self.salience
            .iter()
            .rev()
            .filter(move |(pos, _)| *pos < before)
            .map(|&(_, a)| a)
    }

    /// "The ministry added": "the" and an organisation's head noun refer to the
    /// organisation of that kind credited last ("Russia's Foreign Ministry said…").
    fn organization_by_head(&self, span: Span) -> Option<usize> {
        let text = span.of(self.doc.text).to_lowercase();
        let head = text.strip_prefix("the ")?;
        if head.contains(' ') || !ORG_WORDS.contains(&head) {
            return None;
        }
        self.recent(span.start).find(|&a| {
            self.actors[a].kind == ActorKind::Organization
                && self.actors[a]
                    .name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| w == head)
        })
    }

    fn role(&mut self, role: &str, span: Span) -> usize {
        let own = [role];
        // Stems of titles match inside a word ("spokes" in "spokeswoman"); a role of its
        // own only as a word, or its plural ("the poll" is not "voters polled").
        let (keys, stems): (&[&str], bool) = match role {
            "lawmaker" | "senator" | "congressman" | "congresswoman" => {
                (&["sen.", "rep.", "senator", "congress", "lawmaker"], true)
            }
            "spokesman" | "spokeswoman" | "spokesperson" => (&["spokes"], true),
            "official" => (
                &["official", "spokes", "secretary", "minister", "envoy"],
                true,
            ),
            _ => (&own, false),
        };
        let holds_key = |hay: &str| {
            keys.iter().any(|k| {
                if stems {
                    return hay.contains(k);
                }
                hay.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .any(|w| {
                        w.strip_prefix(k)
                            .is_some_and(|rest| matches!(rest, "" | "s" | "es"))
                    })
            })
        };
        // "the Republican" is one person: a group named so ("other Republican leaders")
        // is not who it stands for.
        let party = matches!(
            role,
            "republican" | "democrat" | "independent" | "libertarian"
        );
        let matches_role = |a: &Actor| {
            if party && a.kind != ActorKind::Person {
                return false;
            }
            let hay = format!(
                "{} {}",
                a.title.as_deref().unwrap_or(""),
                if a.kind == ActorKind::Anonymous {
                    a.name.as_str()
                } else {
                    ""
                }
            )
            .to_lowercase();
            holds_key(&hay)
        };
        let from_sources = self
            .salience
            .iter()
            .rev()
            .find(|(pos, a)| *pos < span.start && matches_role(&self.actors[*a]))
            .copied();
        let from_text = self
            .names
            .iter()
            .rev()
            .find(|(s, _, t)| {
                s.end <= span.start
                    && !self.quoted(*s)
                    && t.as_deref().is_some_and(|t| holds_key(&t.to_lowercase()))
            })
            .cloned();
        match (from_sources, from_text) {
            (Some((pos, a)), Some((s, _, _))) if pos >= s.start => return a,
            (_, Some((s, name, title))) => {
                return self.named(ActorKind::Person, &name, title.as_deref(), s)
            }
            (Some((_, a)), None) => return a,
            (None, None) => {}
        }
        let person_role = ANONYMOUS_HEADS.contains(&role)
            || TITLES.contains(&role)
            || crate::lexicon::PARTY_ROLES.contains(&role);
        // An epithet of the story's main figure ("the billionaire businessman", "the
        // candidate", "the front-runner") with no holder named: the person cited most so
        // far, the most recent of them on a tie, not merely the last one named.
        // (A party in the phrase, "the Democratic candidate", names who was last named
        // with it: the party roles below.)
        let party_named = || {
            let phrase = span.of(self.doc.text).to_lowercase();
            ["republican", "democrat", "gop"]
                .iter()
                .any(|p| phrase.contains(p))
        };
        if PROMINENT_EPITHETS.contains(&role) && !party_named() {
            let mut cited: Vec<(usize, usize)> = Vec::new();
            for a in self.recent(span.start) {
                if self.actors[a].kind != ActorKind::Person {
                    continue;
                }
                match cited.iter_mut().find(|(b, _)| *b == a) {
                    Some((_, n)) => *n += 1,
                    None => cited.push((a, 1)),
                }
            }
            // `max_by_key` keeps the last of equals; the most recent comes first here.
            if let Some(&(a, _)) = cited.iter().rev().max_by_key(|(_, n)| *n) {
                return a;
            }
        }
        // "the man", "the woman": someone the story does not name.
        if matches!(role, "man" | "woman" | "person") {
            return self.anonymous(span, None, None);
        }
        // A title or a party ("the governor", "the Kentucky Republican") with no holder
        // named: the last person named.
        if person_role {
            if let Some(a) = self
                .recent(span.start)
                .find(|&a| self.actors[a].kind == ActorKind::Person)
            {
                return a;
            }
        }
        self.anonymous(span, None, None)
    }

    /// The outlet "the newspaper" stands for: the one credited last, else the last the
    /// text names.
    fn last_outlet(&mut self, span: Span) -> Option<usize> {
        let credited = self
            .recent(span.start)
            .find(|&a| self.actors[a].kind == ActorKind::Outlet);
        credited.or_else(|| {
            let (_, name) = *self
                .outlets
                .iter()
                .rev()
                .find(|(s, _)| s.end <= span.start)?;
            Some(self.named(ActorKind::Outlet, name, None, span))
        })
    }
}
