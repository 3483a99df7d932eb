//! Names written short: a surname alone ("Price") becomes the full name the article
//! uses for that person, with the title it gave them, and one word the source phrase
//! reads as an organisation ("Cuban", "Israel", "Kerry’s") is a person's surname when
//! the article named that person before.

use super::{ActorKind, Resolver, Span};

impl Resolver<'_> {
    /// The person whose surname a one-word organisation name at `span` is, when the
    /// article named them before: "Cuban also said…" after "Mark Cuban". Not after "the"
    /// ("the SVP"), which no surname takes.
    pub(super) fn person_by_surname(&mut self, name: &str, span: Span) -> Option<usize> {
        if name.contains(' ')
            || span
                .of(self.doc.text)
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("the "))
        {
            return None;
        }
        let bare = crate::lexicon::without_possessive(name);
        let full = self.full_name(bare, span.start);
        if full == bare || !self.named_before(&full, span.start) {
            return None;
        }
        // "Japan said" after a headline's "U.S. AND JAPAN": a country is a surname only
        // of a name that opens with a given name ("Rep. Steve Israel").
        let place = || crate::lexicon::PLACES.contains(&crate::text::lowercase(bare).as_ref());
        let given = || {
            full.split_whitespace()
                .next()
                .is_some_and(|w| crate::lexicon::is_given_name(&crate::text::lowercase(w)))
        };
        if place() && !given() {
            return None;
        }
        let title = self.title_of(&full);
        Some(self.named(ActorKind::Person, &full, title.as_deref(), span))
    }

    /// Whether `name` is a person's: named before `at` in full or by surname, or a given
    /// name and a surname ("Bernie Sanders").
    pub(super) fn is_persons_name(&self, name: &str, at: usize) -> bool {
        let mut words = name.split_whitespace();
        let given = words.next().is_some_and(|w| {
            crate::lexicon::is_given_name(&w.to_lowercase()) && words.next().is_some()
        });
        given
            || self.named_before(
                &self.full_name(crate::lexicon::without_possessive(name), at),
                at,
            )
    }

    fn named_before(&self, full: &str, at: usize) -> bool {
        self.names.iter().any(|(s, n, _)| s.end <= at && n == full)
            || self
                .actors
                .iter()
                .any(|a| a.kind == ActorKind::Person && a.name == full)
    }

    /// A surname alone becomes the full name the article uses for that person: the one
    /// it spoke of last, when two people share the surname ("Ned Price … Jane Price …
    /// Price added" is Jane Price), else any. A surname may open with particles ("Du
    /// Plessis", "de la Dehesa").
    pub(super) fn full_name(&self, name: &str, at: usize) -> String {
        let surname: Vec<String> = name
            .split_whitespace()
            .map(|w| w.chars().flat_map(char::to_lowercase).collect())
            .collect();
        let particles = &surname[..surname.len().saturating_sub(1)];
        if surname.is_empty()
            || !particles
                .iter()
                .all(|w| crate::lexicon::is_name_particle(w))
        {
            return name.to_owned();
        }
        let has_surname = |n: &str| {
            let mut theirs = n.split_whitespace().rev();
            // Compared char by char: a lower-cased copy of every name known, for each
            // surname looked up, was most of this lookup's time.
            surname.iter().rev().all(|w| {
                theirs
                    .next()
                    .is_some_and(|t| t.chars().flat_map(char::to_lowercase).eq(w.chars()))
            }) && theirs.next().is_some()
        };
        let titled = self
            .names
            .iter()
            .filter(|(s, n, _)| s.end <= at && has_surname(n))
            .map(|(s, n, _)| (s.start, n.as_str()))
            .next_back();
        let quoted = self
            .salience
            .iter()
            .filter(|&&(pos, a)| {
                pos < at
                    && self.actors[a].kind == ActorKind::Person
                    && has_surname(&self.actors[a].name)
            })
            .map(|&(pos, a)| (pos, self.actors[a].name.as_str()))
            .next_back();
        if let Some((_, n)) = titled.into_iter().chain(quoted).max_by_key(|&(pos, _)| pos) {
            return n.to_owned();
        }
        let mut candidates = self.names.iter().map(|(_, n, _)| n.as_str()).chain(
            self.actors
                .iter()
                .filter(|a| a.kind == ActorKind::Person)
                .map(|a| a.name.as_str()),
        );
        if let Some(n) = candidates.find(|n| has_surname(n)) {
            return n.to_owned();
        }
        self.surname_first(&surname, at)
            .map_or_else(|| name.to_owned(), str::to_owned)
    }

    /// The full name that holds one word before its last, when none ends with it: a name
    /// written surname first ("Zhao Ziyang … Zhao said", "Kim Young-sam … Kim said"), a
    /// Spanish name's first surname ("Javier Nogales Iturri … Nogales said"), or a person
    /// called by the given name the article wrote in full before ("Hillary said" after
    /// "Hillary Clinton"). Only a name the article gave a title ("Premier Zhao Ziyang"),
    /// which says it is a person's: an untitled run of capitals opening with the word is
    /// as often a firm's or a show's ("Texaco Inc", "Maddow Show"). The last such name
    /// before `at`, else any person the article titled.
    fn surname_first(&self, word: &[String], at: usize) -> Option<&str> {
        let [word] = word else { return None };
        let holds = |n: &str| {
            let words: Vec<&str> = n.split_whitespace().collect();
            words.len() >= 2
                && words[..words.len() - 1]
                    .iter()
                    .any(|w| w.chars().flat_map(char::to_lowercase).eq(word.chars()))
                && crate::source::is_personal_name(n)
        };
        self.names
            .iter()
            .filter(|(s, n, t)| s.end <= at && t.is_some() && holds(n))
            .map(|(_, n, _)| n.as_str())
            .next_back()
            .or_else(|| {
                self.actors
                    .iter()
                    .find(|a| a.kind == ActorKind::Person && a.title.is_some() && holds(&a.name))
                    .map(|a| a.name.as_str())
            })
    }

    pub(super) fn title_of(&self, full: &str) -> Option<String> {
        self.names
            .iter()
            .find(|(_, n, t)| n == full && t.is_some())
            .and_then(|(_, _, t)| t.clone())
    }
}
