//! Pronouns: "he" and "she" to the person who fits, by salience and by the names the
//! text writes; "who" to the phrase it follows; "it" and "they" to a body; "I" and a
//! pronoun speaking inside what someone reported to that someone.

use super::*;

impl Resolver<'_> {
    /// "Sen. Jane Roe, a supporter of John Smith, told CNN she believed…": "he" or "she"
    /// speaking inside what someone reported is that someone when the gender fits, not a
    /// name nearer to it in the reporter's own phrase. `resolved` holds the actors of the
    /// attributions before `a`.
    pub(super) fn reporter_of(&self, a: &Attribution, resolved: &[Option<usize>]) -> Option<usize> {
        let Some(SourceRef::Pronoun(p)) = &a.source_ref else {
            return None;
        };
        let want = Gender::of_pronoun(p)?;
        let source = a.source?;
        let outer = a.via.filter(|&j| j < resolved.len())?;
        let reporter = resolved[outer]?;
        let actor = &self.actors[reporter];
        let person = actor.kind == ActorKind::Person || is_one_unnamed_person(actor);
        let inside = self
            .said
            .iter()
            .any(|&(c, by)| by == reporter && c.contains(&source));
        (person && inside && self.gender(reporter).is_none_or(|g| g == want)).then_some(reporter)
    }

    pub(super) fn pronoun(&mut self, p: &str, span: Span) -> usize {
        match p {
            "he" | "she" => {
                // A person, or one unnamed ("Another fund manager said …. He said"), whose
                // name or title does not say the other gender. (What an earlier "he" made
                // of an actor is not kept: one wrong guess would then mislead the rest.)
                let want = Gender::of_pronoun(p);
                let fits = |g: Option<Gender>| g.is_none() || g == want;
                let from_sources = self.recent(span.start).find(|&a| {
                    let actor = &self.actors[a];
                    (actor.kind == ActorKind::Person || is_one_unnamed_person(actor))
                        && fits(self.gender(a))
                });
                let from_text = self
                    .names
                    .iter()
                    .rev()
                    .find(|(s, n, t)| {
                        s.end <= span.start && !self.quoted(*s) && fits(gender_of(n, t.as_deref()))
                    })
                    .map(|(s, n, t)| (*s, n.clone(), t.clone()));
                // "Gingrich said if Trump picked him it would be a “two-pirate ticket.” He
                // said…": a name in what the last speaker said is not who speaks next.
                let said_by =
                    |a: usize, s: Span| self.said.iter().any(|&(c, by)| by == a && c.contains(&s));
                match (from_sources, from_text) {
                    (Some(a), Some((s, _, _)))
                        if self.actors[a].first.start >= s.start
                            || self.salience_pos(a) >= s.start
                            || said_by(a, s) =>
                    {
                        a
                    }
                    (_, Some((s, name, title))) => {
                        self.named(ActorKind::Person, &name, title.as_deref(), s)
                    }
                    (Some(a), None) => a,
                    (None, None) => self.anonymous(span, Some(1), None),
                }
            }
            "who" | "which" => {
                // The relative pronoun stands for the phrase just before it ("she met
                // Senator John Smith, who said…"), whether or not that phrase was a
                // source before; failing one, for the actor last credited.
                if let Some((r, at)) = self.antecedent(span) {
                    return self.resolve_ref(&r, at);
                }
                let found = self.recent(span.start).next();
                found.unwrap_or_else(|| self.anonymous(span, None, None))
            }
            "they" | "it" => {
                // "It" is one body: not the analysts or the officials credited last.
                let found = self.recent(span.start).find(|&a| {
                    let actor = &self.actors[a];
                    actor.kind != ActorKind::Person && (p == "they" || !is_plural_group(actor))
                });
                found.unwrap_or_else(|| self.anonymous(span, None, None))
            }
            _ => self.anonymous(span, None, None),
        }
    }

    /// The phrase a relative pronoun at `span` refers to, when a comma sets it off right
    /// after one: "…, Senator John Smith, who", "the Sierra Club, which"; or, for "who"
    /// with no comma, the people right before it ("voters who said"). A pronoun is no
    /// antecedent here (it resolves by salience already).
    fn antecedent(&self, span: Span) -> Option<(SourceRef, Span)> {
        let doc = self.doc;
        let k = doc.token_at(span.start);
        // "voters who said…": with no comma, "who" stands for the people right before it.
        let comma = k >= 2 && doc.word(k - 1) == ",";
        let restrictive = k >= 1 && doc.lower(k) == "who" && doc.is_word(k - 1);
        if !comma && !restrictive {
            return None;
        }
        let floor = doc
            .sentences
            .iter()
            .find(|s| s.tokens.contains(&k))
            .map_or(0, |s| s.tokens.start);
        let (s, e) = crate::source::subject_before(doc, if comma { k - 1 } else { k }, floor)?;
        // "Roe thanked the two officials, who": the subject scan may run back over the
        // main clause's verb; the antecedent is the noun phrase after it.
        let s = (s..e)
            .rev()
            .find(|&t| crate::source::looks_verbal(doc, t))
            .map_or(s, |t| t + 1);
        // So may it over a preposition opening the sentence ("Among voters who").
        let s = if s == floor && crate::lexicon::is_preposition(doc.lower(s)) {
            s + 1
        } else {
            s
        };
        if s >= e {
            return None;
        }
        let r = crate::source::classify(doc, s, e);
        (!matches!(r, SourceRef::Pronoun(_))).then(|| (r, doc.span(s, e)))
    }

    /// Whether a name stands inside a quotation: the speaker's words, whose names ("I will
    /// take Bernie Sanders over Ted Cruz,” she said) are not what the reporter's "she"
    /// or "the senator" after them points back to.
    pub(super) fn quoted(&self, name: Span) -> bool {
        let k = self.doc.token_at(name.start);
        k < self.doc.tokens.len() && self.doc.in_quote(k)
    }

    fn salience_pos(&self, actor: usize) -> usize {
        self.salience
            .iter()
            .rev()
            .find(|(_, a)| *a == actor)
            .map_or(0, |(p, _)| *p)
    }
}

/// Whether an attribution's source is "I".
pub(super) fn first_person(a: &Attribution) -> bool {
    matches!(&a.source_ref, Some(SourceRef::Pronoun(p)) if p == "i")
}

/// Of the attributions before `before`, the one whose speaker an "I" in `a` is: "I" in
/// what someone wrote or tweeted (`<tweet author=…>I said…`) is that someone, not an
/// unknown first person. The attribution `a` is reported through, or (a stance nests
/// under no one) the direct quote or tweet whose words hold its source.
pub(super) fn speaker_of(
    attributions: &[Attribution],
    a: &Attribution,
    before: usize,
) -> Option<usize> {
    let holds = |j: &usize| {
        let outer = &attributions[*j];
        outer.kind == crate::attribution::QuoteKind::Direct
            && a.source
                .is_some_and(|s| outer.contents.iter().any(|c| c.contains(&s)))
    };
    a.via
        .or_else(|| (0..before).rev().find(holds))
        .filter(|&j| j < before)
}

/// Whether an anonymous source is several people ("Analysts", "two officials", "63
/// percent of voters"), whom "it" cannot refer to.
fn is_plural_group(actor: &Actor) -> bool {
    let lower = actor.name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    actor.kind == ActorKind::Anonymous
        && (actor.count.is_some_and(|n| n > 1)
            || crate::lexicon::share_end(&words).is_some()
            || words.last().is_some_and(|w| {
                w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && *w != "news"
            }))
}

/// Whether an anonymous source is one person: "another fund manager", "a senior
/// official", "one analyst", whom "he" or "she" may refer back to.
fn is_one_unnamed_person(actor: &Actor) -> bool {
    let lower = actor.name.to_lowercase();
    let mut words = lower.split_whitespace();
    actor.kind == ActorKind::Anonymous
        && !is_plural_group(actor)
        && matches!(words.next(), Some("a" | "an" | "another" | "one"))
        && words.last().is_some_and(crate::lexicon::is_person_role)
}
