//! The forms of an actor's name: the one its IRI is made of (what says who it is, the
//! same however an article writes it) and the one its label shows.

use super::ActorKind;
use crate::source::is_capitalized;

/// "Clinton’s campaign", "Gowdy's office": the body a person runs is named as "Clinton
/// campaign" is, so that the three spellings are one actor across articles. Only a
/// possessive before a word in lower case: "McDonald's Corp" keeps its mark. `None` when
/// the name has no such mark.
pub(super) fn without_owner_mark(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let owner = |i: usize| {
        i + 1 < words.len()
            && crate::lexicon::is_possessive(words[i])
            && words[i + 1].starts_with(|c: char| c.is_lowercase())
    };
    (0..words.len()).any(owner).then(|| {
        (0..words.len())
            .map(|i| {
                if owner(i) {
                    crate::lexicon::without_possessive(words[i])
                } else {
                    words[i]
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The part of an actor's name that says who it is, of which its IRI is made: a
/// company's without its legal form ("Chrysler Corp" is "Chrysler"), a candidate's
/// campaign by the surname ("Hillary Clinton campaign" is "Clinton campaign"), a
/// department by its portfolio first ("U.S. Department of Agriculture" is "U.S.
/// Agriculture Department"), a person's without middle initials ("Donald J. Trump" is
/// "Donald Trump"), any other name whole.
pub(crate) fn identity_name(kind: ActorKind, name: &str) -> std::borrow::Cow<'_, str> {
    match kind {
        ActorKind::Organization => campaign_of(name)
            .or_else(|| portfolio_first(name))
            .map_or_else(
                || crate::lexicon::without_company_form(name).into(),
                std::borrow::Cow::Owned,
            ),
        ActorKind::Person => person_identity(name),
        _ => name.into(),
    }
}

/// A person's name without the initials between the given name and the surname, which
/// one paper writes on every first mention ("Paul D. Ryan", "James B. Comey") and
/// another never, and without a knighthood's "Sir" or "Dame" before a full name ("Sir
/// Roy Denman" is Roy Denman; a peer's "Lord Young" is his name). (It merges a father
/// and a son told apart by an initial alone, "George W. Bush" and "George Bush": rarer
/// than one person written both ways.) A leading initial stays: "J. Hugh Liedtke" is not
/// "Hugh Liedtke".
fn person_identity(name: &str) -> std::borrow::Cow<'_, str> {
    let initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && matches!(cs.as_str(), "" | ".")
    };
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let knighted = words.len() >= 3 && matches!(words[0], "Sir" | "Dame");
    if knighted {
        words.remove(0);
    }
    if !knighted && (words.len() < 3 || !words[1..words.len() - 1].iter().any(|w| initial(w))) {
        return name.into();
    }
    let last = words.len() - 1;
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || i == last || !initial(w))
        .map(|(_, w)| *w)
        .collect();
    kept.join(" ").into()
}

/// "Department of Agriculture", "the U.S. Department of State", "Ministry of Finance": a
/// department or a ministry of one portfolio written after it, as the name with the
/// portfolio first ("U.S. Agriculture Department", "State Department", "Finance
/// Ministry") that the wire writes more often. Not a longer portfolio ("Ministry of
/// International Trade and Industry" is MITI's name).
fn portfolio_first(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [before @ .., body, "of", portfolio] = &words[..] else {
        return None;
    };
    let portfolio = crate::lexicon::without_possessive(portfolio);
    if !matches!(*body, "Department" | "Ministry") || !is_capitalized(portfolio) {
        return None;
    }
    let before = before.strip_prefix(&["the"]).unwrap_or(before);
    Some(
        before
            .iter()
            .copied()
            .chain([portfolio, body])
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// "Hillary Clinton campaign", "Mrs. Clinton campaign", "the Clinton camp": a candidate's
/// campaign, named by the candidate's surname, so that every way of writing it is one
/// actor ("Clinton campaign").
fn campaign_of(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., surname, last] = words[..] else {
        return None;
    };
    // ("Human Rights Campaign" is a body named so.)
    let campaign = matches!(last, "campaign" | "camp");
    let named = words[..words.len() - 1].iter().all(|w| is_capitalized(w));
    (campaign && named).then(|| format!("{surname} campaign"))
}

/// Title-cases words written in lower case ("Ned price" → "Ned Price") so that labels
/// agree across articles; particles stay lower case.
pub(super) fn canonical_name(kind: ActorKind, name: &str) -> String {
    if kind != ActorKind::Person {
        return name.to_owned();
    }
    name.split_whitespace()
        .map(|w| {
            if crate::lexicon::is_name_particle(w) {
                return w.to_owned();
            }
            let mut cs = w.chars();
            cs.next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(cs).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
