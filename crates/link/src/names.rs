//! One name per actor across articles. A named actor is one IRI in every article that
//! names it, and each article states the name as it wrote it: "DONALD TRUMP" in a wire
//! headline, "bank of England" or "New York STock Exchange" in a story typed in a hurry,
//! "Donald Trump" elsewhere. The graph model gives an actor one `rdfs:label`, its
//! canonical name, so the relink keeps the best written of them ([`best_name`]) and drops
//! the rest; every query that prints names would otherwise print such an actor once per
//! spelling.
//!
//! "Best written" is an order on the spellings alone, never on how many articles used
//! each, so the choice does not depend on the order articles arrive in: keeping the best of
//! what the store holds and the best of what comes later is the best of all of them.

/// Words that stay in lower case inside a name ("Bank of England", "Richard von
/// Weizsaecker", "Forstmann Little and Co").
const PARTICLES: &[&str] = &[
    "of", "and", "the", "for", "de", "du", "da", "del", "der", "van", "von", "al", "bin", "le",
    "la", "y", "in", "on", "at", "to", "&",
];

/// The best written of an actor's names: the one with the fewest words that look mistyped
/// ("AGriculture", "INc"), then the fewest words in lower case that should be capitalised
/// ("Finance ministry", "bank of England"), then the fewest capitals ("Donald Trump" over
/// "DONALD TRUMP", "von" over "Von"), then the longest ("U.S." over "U.S"), then the first
/// in code-point order. `None` when there is none.
pub fn best_name<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    names.into_iter().min_by(|a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| b.chars().count().cmp(&a.chars().count()))
            .then_with(|| a.cmp(b))
    })
}

/// What makes a name worse written, most important first.
fn rank(name: &str) -> (usize, usize, usize) {
    let words = || name.split_whitespace();
    let mistyped = words().filter(|w| is_mistyped(w)).count();
    let uncapitalised = words()
        .enumerate()
        .filter(|&(i, w)| w.starts_with(char::is_lowercase) && !(i > 0 && PARTICLES.contains(&w)))
        .count();
    let capitals = name.chars().filter(|c| c.is_uppercase()).count();
    (mistyped, uncapitalised, capitals)
}

/// Whether a word starts with two capitals and goes on in lower case: a shift key held
/// too long ("AGriculture", "PEnney", "INc"). Names with capitals inside are written
/// otherwise ("McDonald", "BankAmerica", "DuPont").
fn is_mistyped(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let (Some(a), Some(b), Some(c)) = (letters.next(), letters.next(), letters.next()) else {
        return false;
    };
    a.is_uppercase() && b.is_uppercase() && c.is_lowercase() && letters.all(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::best_name;

    #[test]
    fn the_best_written_spelling_wins_whatever_the_order() {
        for (names, best) in [
            (&["DONALD TRUMP", "Donald Trump"][..], "Donald Trump"),
            (
                &["U.S. AGriculture Department", "U.S. Agriculture Department"],
                "U.S. Agriculture Department",
            ),
            (
                &["bank of England", "Bank of England", "BANK OF ENGLAND"],
                "Bank of England",
            ),
            (
                &["Finance ministry", "Finance Ministry", "FINANCE MINISTRY"],
                "Finance Ministry",
            ),
            (
                &["Richard Von Weizsaecker", "Richard von Weizsaecker"],
                "Richard von Weizsaecker",
            ),
            (&["PICTEL", "PicTel"], "PicTel"),
            (&["J.C. PEnney", "J.C. Penney", "JC Penney"], "J.C. Penney"),
            (&["U.S", "U.S."], "U.S."),
            (&["FED", "Fed"], "Fed"),
        ] {
            assert_eq!(best_name(names.iter().copied()), Some(best), "{names:?}");
            assert_eq!(
                best_name(names.iter().rev().copied()),
                Some(best),
                "{names:?}"
            );
        }
        assert_eq!(best_name([]), None);
    }
}
