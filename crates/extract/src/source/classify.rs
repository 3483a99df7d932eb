//! What kind of source a phrase names: a pronoun, a person with a title, an
//! organisation, an outlet, or an anonymous source with its count and affiliation.

mod described;
mod firms;

use super::person::{named, named_without_mark, role_of_then_name};
use super::*;
use crate::lexicon::contracted_pronoun;
pub(crate) use described::thing_put_out;
use described::{describes_the_name, names_listed, party_member, published_by, unnamed_body};
pub(super) use firms::names_a_firm;
use firms::{apposed_kind_of_body, names_a_firm_or_place, reads_as_personal_name};
pub(crate) use firms::{is_body_name, is_personal_name};

/// Reads a source phrase's tokens as a [`SourceRef`].
pub fn classify(doc: &Doc, start: usize, end: usize) -> SourceRef {
    // Parentheticals ("(R-Wyo.)", "(D-MA)") describe; they do not name.
    let mut depth = 0usize;
    let kept: Vec<usize> = (start..end)
        .filter(|&k| match doc.word(k) {
            "(" => {
                depth += 1;
                false
            }
            ")" => {
                depth = depth.saturating_sub(1);
                false
            }
            // A possessive mark after a plural ("Sanders’ campaign") names nothing.
            "’" | "'" => false,
            _ => depth == 0,
        })
        .collect();
    if kept.is_empty() {
        return SourceRef::Anonymous {
            count: None,
            affiliation: None,
        };
    }
    let words: Vec<&str> = kept.iter().map(|&k| doc.word(k)).collect();
    let lower: Vec<&str> = kept.iter().map(|&k| doc.lower(k)).collect();
    // A pronoun, or one with its auxiliary contracted onto it ("She’s"); "US" in capitals
    // is the country.
    if let ([word], false) = (&lower[..], words[0] == "US") {
        let word = *word;
        // "according to him", "prompted her to call for": an object pronoun points back
        // as its subject form does.
        let subject_form = crate::lexicon::object_pronoun_subject(word).unwrap_or(word);
        let pronoun = (PRONOUNS.contains(&subject_form) || matches!(word, "who" | "which"))
            .then_some(subject_form)
            .or_else(|| contracted_pronoun(word));
        if let Some(pronoun) = pronoun {
            return SourceRef::Pronoun(pronoun.to_owned());
        }
    }
    // "…,” Will wrote": a capitalised function word alone is a surname (George Will).
    if let [k] = kept[..] {
        if super::is_function_word_surname(doc, k) {
            return SourceRef::Named {
                kind: ActorKind::Person,
                name: doc.word(k).to_owned(),
                title: None,
            };
        }
    }
    if let Some(agent) = published_by(doc, &kept, &lower) {
        return agent;
    }
    // "Twenty-six percent", "Three-fourths of voters", "a majority of Republicans": a
    // share of a group names no one, however capitalised at the start of a sentence; the
    // group after "of" is its affiliation.
    // ("Bill McInturff, the Republican half of…" is a name with an appositive.)
    let share = crate::lexicon::share_end(&lower).filter(|&of| {
        !lower[..of]
            .iter()
            .any(|w| matches!(*w, "," | "—" | "–" | "who"))
    });
    if let Some(of) = share {
        let group = words.get(of + 1..).filter(|g| !g.is_empty());
        return SourceRef::Anonymous {
            count: None,
            affiliation: group.map(|g| g.join(" ")),
        };
    }
    // "The President", "The Senator", "The King": an office alone after "the" is a role,
    // however capitalised; the person holding it was named before. (Not every title
    // word: "The Senate" and "The GOP" are bodies.)
    if let ["the", office] = lower[..] {
        const OFFICES: &[&str] = &[
            "president",
            "senator",
            "governor",
            "secretary",
            "minister",
            "ambassador",
            "judge",
            "mayor",
            "chancellor",
            "king",
            "queen",
            "pope",
            "prince",
            "princess",
            "congressman",
            "congresswoman",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "chairman",
            "chairwoman",
            "speaker",
            "premier",
        ];
        if OFFICES.contains(&office) {
            return SourceRef::Role(office.to_owned());
        }
    }
    // "he and Mr. Allen": a group with someone named before in it.
    if lower.contains(&"and") && lower.iter().any(|w| PRONOUNS.contains(w)) {
        return SourceRef::Anonymous {
            count: None,
            affiliation: None,
        };
    }
    // "Carson, Fiorina and Huckabee": a list of names speaks as a group, no one of them
    // alone, and the actor model has one actor per source.
    if let Some(count) = names_listed(&words) {
        return SourceRef::Anonymous {
            count: Some(count),
            affiliation: None,
        };
    }
    // "Most of them", "Nearly 10 percent of those": part of a group named elsewhere.
    if words.len() >= 3
        && lower[lower.len() - 2] == "of"
        && matches!(lower[lower.len() - 1], "them" | "us" | "those")
    {
        return SourceRef::Anonymous {
            count: count_word(lower[0]),
            affiliation: None,
        };
    }
    // "Sources close to the campaign", "People briefed on the talks": people described by
    // what they know are anonymous, however capitalised at the start of a sentence, and
    // so are people described by who asked them, an outlet as it may be ("economists
    // polled by Reuters").
    // (A name with such an appositive is the name's: "Larry Baker, an analyst with E.F.
    // Hutton", below.)
    let appositive = words.iter().any(|w| matches!(*w, "," | "—" | "–" | "-"));
    let knowing = lower.windows(2).any(|w| {
        ANONYMOUS_HEADS.contains(&w[0])
            && KNOWING
                .iter()
                .any(|(adjective, _)| *adjective == w[1] || w[1] == "with")
    });
    if knowing && !appositive {
        return anonymous(&words, &lower);
    }
    // "Yeutter's letter said", "Clinton's statement": what a named person wrote or said
    // speaks for them.
    if let [.., owner, thing] = &lower[..] {
        let n = words.len();
        if SPOKEN_THINGS.contains(thing)
            && is_possessive(owner)
            && is_capitalized(words[n - 2])
            && outlet(without_possessive(words[n - 2])).is_none()
        {
            return named_without_mark(&words[..n - 1], &lower[..n - 1]);
        }
    }
    // "FactCheck.org", "Outsports.com": a website speaks as an outlet (the one it is, when
    // known: "Politico.com").
    if let [site] = words[..] {
        let lower_site = lower[0];
        let bare = [".com", ".org", ".net", ".co.uk"]
            .iter()
            .find_map(|tld| lower_site.strip_suffix(tld).map(|b| &site[..b.len()]))
            .filter(|b| !b.is_empty() && b.chars().all(|c| c.is_alphanumeric() || c == '-'));
        if let Some(bare) = bare {
            return match outlet(site).or_else(|| outlet(bare)) {
                Some(name) => SourceRef::Outlet(name),
                None => SourceRef::Named {
                    kind: ActorKind::Outlet,
                    name: site.to_owned(),
                    title: None,
                },
            };
        }
    }
    // An outlet named anywhere in the phrase ("the NYT report", "The New York Times"),
    // but not in the appositive of a person's name ("Joe Scarborough, the host of MSNBC’s
    // “Morning Joe”"; "Laxalt, appearing on ABC News").
    let name_then_appositive = words.iter().position(|w| *w == ",").filter(|&comma| {
        comma >= 1
            && lower[0] != "the"
            && words[..comma]
                .iter()
                .all(|w| is_capitalized(w) && !is_possessive(w))
            && !lower[..comma]
                .iter()
                .any(|w| ORG_WORDS.contains(w) || outlet(w).is_some())
    });
    let searched = name_then_appositive.unwrap_or(words.len());
    for len in (1..=searched.min(4)).rev() {
        for s in 0..=searched - len {
            // One word, the most runs, needs no joined copy.
            let run = match len {
                1 => std::borrow::Cow::Borrowed(words[s]),
                _ => std::borrow::Cow::Owned(words[s..s + len].join(" ")),
            };
            if let Some(name) = outlet(&run) {
                // "Michael Bloomberg": one outlet word ending the phrase (or the name before
                // an appositive: "Michael Bloomberg, the former mayor") after a
                // capitalised word is a surname, the phrase a person's name.
                let surname = len == 1
                    && s > 0
                    && (s + 1 == words.len() || matches!(words[s + 1], "," | "—" | "–" | "-"))
                    && is_capitalized(words[s - 1])
                    && lower[s - 1] != "the"
                    && !is_possessive(words[s - 1])
                    && !ORG_WORDS.contains(&lower[s - 1]);
                // "Times" alone needs "the" before it, so plain capitalised words stay words.
                if !surname
                    && (len > 1
                        || s > 0 && lower[s - 1] == "the"
                        || !AMBIGUOUS_OUTLETS.contains(&words[s]))
                {
                    return SourceRef::Outlet(name);
                }
            }
        }
    }
    // An appositive: "the spokesman for US diplomacy, Ned Price"; an aside in dashes
    // ("Democrats -- including Clinton --", the hyphens tokens of their own).
    if let Some(comma) = words
        .iter()
        .position(|w| matches!(*w, "," | "—" | "–" | "-"))
    {
        if describes_the_name(&words[comma + 1..], &lower[comma + 1..]) {
            return classify(doc, start, kept[comma]);
        }
        // "Sam Jacobs, Time’s Assistant Managing Editor": a name before the comma is the
        // name, whatever the appositive's capitals.
        if name_then_appositive == Some(comma) {
            // "Cleaver Brooks, a subsidiary of Aqua Chem": the appositive says the name
            // is a body's, however personal its words look.
            // Its name is all it wrote: no word of it a title ("General Tire").
            return match classify(doc, start, kept[comma]) {
                SourceRef::Named {
                    kind: ActorKind::Person,
                    ..
                } if apposed_kind_of_body(&lower[comma + 1..]) => SourceRef::Named {
                    kind: ActorKind::Organization,
                    name: words[..comma].join(" "),
                    title: None,
                },
                other => other,
            };
        }
        let rest = &lower[comma + 1..];
        let org = rest.iter().any(|w| ORG_WORDS.contains(w));
        // "the Organisation for Economic Cooperation and Development, OECD": a body's
        // initials set off by commas, as others write them in parentheses.
        let initials_apposed = matches!(words[comma + 1..], [_] | [_, ","])
            && is_acronym(doc, kept[comma + 1])
            && lower[..comma].iter().any(|w| ORG_WORDS.contains(w));
        if comma + 1 < words.len()
            && is_capitalized(words[comma + 1])
            && rest.len() <= 4
            && !org
            && !initials_apposed
        {
            // "His predecessor, Sen. Zorinsky", "Another Clinton ally, Agriculture
            // Secretary Tom Vilsack": a title in the appositive is the name's own.
            let (name, title) = match named(&words[comma + 1..], rest) {
                SourceRef::Named {
                    kind: ActorKind::Person,
                    name,
                    title: Some(title),
                } => (name, title),
                _ => (words[comma + 1..].join(" "), words[..comma].join(" ")),
            };
            return SourceRef::Named {
                kind: ActorKind::Person,
                name,
                title: Some(title),
            };
        }
        return classify(doc, start, kept[comma]);
    }
    // "one of its negotiators", "Afghan diplomats in Qatar", "veterans interviewed at
    // rallies", "voters who listened": the head comes before the first preposition, the
    // first participle after it or a relative pronoun.
    // ("A super PAC supporting Marco Rubio": a body may head it too.)
    let after_head = |(k, w): (usize, &&str)| {
        matches!(*w, "of" | "in" | "for" | "at" | "from" | "who" | "that")
            || k >= 1
                && !is_capitalized(words[k])
                && (w.ends_with("ed") || w.ends_with("ing"))
                && (ANONYMOUS_HEADS.contains(&lower[k - 1]) || ORG_WORDS.contains(&lower[k - 1]))
    };
    if let Some(prep) = lower
        .iter()
        .enumerate()
        .position(after_head)
        .filter(|&p| p > 0)
    {
        let head = lower[prep - 1];
        if let Some(person) = role_of_then_name(&words, &lower, prep) {
            return person;
        }
        if ANONYMOUS_HEADS.contains(&head)
            || count_word(head).is_some() && prep == 1
            || unnamed_body(&words[..prep], &lower[..prep])
            || party_member(&lower[..prep])
        {
            return anonymous(&words, &lower);
        }
        // "Foreign Minister Heiko Maas of Germany": a titled person from somewhere; "John
        // Smith of Merrill Lynch", "P.S. Tam of Morgan Guaranty Trust": a name of two
        // words or more from a firm ("Bank of America" is the bank's).
        if let SourceRef::Named {
            kind: ActorKind::Person,
            name,
            title,
        } = named(&words[..prep], &lower[..prep])
        {
            match title {
                Some(title) => {
                    return SourceRef::Named {
                        kind: ActorKind::Person,
                        name,
                        title: Some(format!("{title} ({})", words[prep + 1..].join(" "))),
                    }
                }
                None if prep >= 2
                    && lower[prep] == "of"
                    && words.get(prep + 1).is_some_and(|w| is_capitalized(w))
                    && reads_as_personal_name(&words[..prep], &lower[..prep])
                    // "Bill Sullivan of Dean Witter Reynolds Inc": a given name and a
                    // surname are a person's, whatever the firm after "of".
                    && (!names_a_firm_or_place(&lower[prep + 1..])
                        || prep == 2 && crate::lexicon::is_given_name(lower[0])) =>
                {
                    return SourceRef::Named {
                        kind: ActorKind::Person,
                        name,
                        title: None,
                    }
                }
                None => {}
            }
        }
    }
    let head = *lower.last().unwrap_or(&"");
    if party_member(&lower) {
        return anonymous(&words, &lower);
    }
    // "the Democrat", "the Republican", "the Wisconsin Republican": a person known by the
    // party (and the state), capitalised as a name is, whom the article named before.
    // (The state's words are joined only for a phrase that is "the … Republican".)
    let state = || {
        lower.len() > 2
            && crate::lexicon::PLACES.contains(&lower[1..lower.len() - 1].join(" ").as_str())
    };
    if lower[0] == "the"
        && matches!(
            head,
            "democrat" | "republican" | "independent" | "libertarian"
        )
        && (lower.len() == 2 || state())
    {
        return SourceRef::Role(head.to_owned());
    }
    // "the presumptive Republican nominee", "the Democratic candidate", "the presumptive
    // Republican presidential nominee": a role whose party is capitalised as a name is,
    // not an organisation or a name of its own.
    let party = |w: &str| matches!(w, "democratic" | "republican" | "gop" | "independent");
    if (3..=5).contains(&lower.len())
        && lower[0] == "the"
        && crate::lexicon::PARTY_ROLES.contains(&head)
        && lower[1..lower.len() - 1].iter().any(|w| party(w))
        && (1..words.len() - 1).all(|k| party(lower[k]) || !is_capitalized(words[k]))
    {
        return SourceRef::Role(head.to_owned());
    }
    let last = words.len() - 1;
    let has_proper = (0..words.len()).any(|k| {
        is_capitalized(words[k])
            && !DETERMINERS.contains(&lower[k])
            && !NOT_NAME_START.contains(&lower[k])
            // "Nearly half", "About 4 in 10": an amount's hedge opening the sentence.
            && !matches!(lower[k], "nearly" | "almost" | "about" | "roughly" | "approximately")
            && (k == last || !is_modifier_adjective(lower[k]))
            // "Analysts expect…", "Officials warned…": a common noun capitalised only
            // because it opens the sentence names no one.
            && !(k == 0 && ANONYMOUS_HEADS.contains(&lower[k]) && !ORG_WORDS.contains(&lower[k]))
    });
    let determiner = DETERMINERS.contains(&lower[0]) || count_word(lower[0]).is_some();
    if !has_proper {
        // "the terror network", "the travel agency": a word before the noun that is not
        // about news makes it something else than the outlet ("the cable network", "the
        // latest report" still are).
        let modifiers = lower.len().saturating_sub(2);
        let newsy = lower.iter().skip(1).take(modifiers).all(|w| {
            matches!(
                *w,
                "news"
                    | "cable"
                    | "tv"
                    | "television"
                    | "broadcast"
                    | "radio"
                    | "daily"
                    | "weekly"
                    | "online"
                    | "latest"
                    | "new"
                    | "same"
                    | "original"
                    | "local"
                    | "national"
                    | "conservative"
                    | "liberal"
            )
        });
        // "the media" is the press at large, no one outlet the text named before.
        if head == "media" {
            return anonymous(&words, &lower);
        }
        if OUTLET_NOUNS.contains(&head) && lower[0] == "the" && newsy {
            return SourceRef::OutletRef;
        }
        if lower[0] == "the" && !head.ends_with('s') && lower.len() <= 3 {
            return SourceRef::Role(head.to_owned());
        }
        return anonymous(&words, &lower);
    }
    // "Parliamentarians said", "Economists say": a plural of people by their trade opening
    // the sentence, capitalised there. Only the endings no surname has ("Sanders" ends in
    // "-ers").
    // So are "Businessmen", and "Banks" (the plural of a body's word).
    let bodies_plural = head
        .strip_suffix('s')
        .is_some_and(|one| ORG_WORDS.contains(&one));
    let trade_plural = words.len() == 1
        && (head.len() > 6 && (head.ends_with("ians") || head.ends_with("ists"))
            || head.len() > 7 && head.ends_with("men")
            || bodies_plural);
    // "influential MPs", "CEOs": an acronym in the plural is people, not a body.
    let people_plural = trade_plural || plural_acronym(words[words.len() - 1]);
    // "a U.S. Bank foreign exchange manager": a role in lower case after a determiner,
    // whatever names come before it.
    let role_head = !is_capitalized(words[words.len() - 1])
        && DETERMINERS.contains(&lower[0])
        && crate::lexicon::is_person_role(head);
    let head_is_common = ANONYMOUS_HEADS.contains(&head)
        || OUTLET_NOUNS.contains(&head)
        || role_head
        || unnamed_body(&words, &lower);
    // "U.S. Officials Say": a headline capitalises the plural of people it names no one by.
    // ("Senate Republicans" are a body named so.)
    let titled_plural = words.len() >= 2
        && head.len() > 4
        && head.ends_with('s')
        && ANONYMOUS_HEADS.contains(&head)
        && !ORG_WORDS.contains(&head)
        && !matches!(
            head,
            "republicans" | "democrats" | "conservatives" | "liberals" | "progressives"
        );
    if head_is_common && (!is_capitalized(words[words.len() - 1]) || determiner)
        || people_plural
        || titled_plural
    {
        return anonymous(&words, &lower);
    }
    // "A court document filed Thursday", "last September", "Report: …", "None showed…",
    // "Someone called it…": a day or a month ending the phrase ("April", "May", "June",
    // "August" are names too), or a word for a story or an indefinite pronoun alone,
    // names no one.
    let when = WEEKDAYS.contains(&head)
        || crate::lexicon::MONTHS.contains(&head)
            && !matches!(head, "april" | "may" | "june" | "august");
    let no_one = words.len() == 1
        && (OUTLET_NOUNS.contains(&head)
            || matches!(
                head,
                "none"
                    | "someone"
                    | "anyone"
                    | "everyone"
                    | "somebody"
                    | "anybody"
                    | "everybody"
                    | "nobody"
                    | "having"
            ));
    if when || no_one {
        return anonymous(&words, &lower);
    }
    // "Tehran Radio", "Radio Free Europe", "Israel Television": a broadcaster named so is
    // an outlet.
    let skip = usize::from(lower[0] == "the");
    let named_words = &words[skip..];
    let broadcaster = named_words.len() >= 2
        && named_words.iter().all(|w| is_capitalized(w))
        && [lower[skip], head]
            .iter()
            .any(|w| matches!(*w, "radio" | "television" | "tv"));
    if broadcaster {
        return SourceRef::Named {
            kind: ActorKind::Outlet,
            name: named_words.join(" "),
            title: None,
        };
    }
    // Organisations by the shape of their name: a country or its seat of government
    // speaks for the government ("Japan said", "Washington warned"), and so does its
    // people's adjective alone ("the Japanese said"; "American said" is an airline or a
    // company named so, never a person); one word in the possessive is a company
    // ("Moody's said"); so is an acronym ("USDA said", [`is_acronym`]).
    let single = words.len() == 1;
    let joined = lower.join(" ");
    if PLACES.contains(&joined.as_str())
        || crate::lexicon::is_demonym(joined.strip_prefix("the ").unwrap_or(&joined))
        || single && is_possessive(lower[0])
        || single && is_acronym(doc, kept[0])
    {
        return organization(&words, &lower);
    }
    named(&words, &lower)
}

/// Capitalised adjectives of place that modify a common noun ("American officials").
fn is_modifier_adjective(lower: &str) -> bool {
    NP_MODIFIERS.contains(&lower) && !matches!(lower, "white" | "house" | "department" | "state")
}

fn anonymous(words: &[&str], lower: &[&str]) -> SourceRef {
    // "two officials", and after a determiner "the two officials" (not an affiliation).
    let determiner = DETERMINERS.contains(&lower[0]);
    let (count, skip) = match (
        count_word(lower[0]),
        lower.get(1).and_then(|w| count_word(w)),
    ) {
        (Some(n), _) => (Some(n), 1),
        (None, Some(n)) if determiner && lower.len() > 2 => (Some(n), 2),
        _ => (None, usize::from(determiner)),
    };
    let modifiers: Vec<&str> = (skip..words.len().saturating_sub(1))
        .filter(|&k| {
            !matches!(
                lower[k],
                "senior" | "former" | "current" | "top" | "other" | "and" | "of" | "the"
            )
        })
        .map(|k| words[k])
        .collect();
    let affiliation = (!modifiers.is_empty()).then(|| modifiers.join(" "));
    SourceRef::Anonymous { count, affiliation }
}

/// Whether token `k` is an acronym: two to six letters, all capitals ("S&P", "S/P"), in
/// running text. A headline writes every name in capitals ("REAGAN SAYS", "USDA
/// REPORTS"), so there capitals tell nothing; a headline over a story gives no
/// attribution of its own (`find_attributions`), and a brief that is its headline alone
/// has no story to tell a name from an acronym.
fn is_acronym(doc: &Doc, k: usize) -> bool {
    let word = doc.word(k);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || matches!(c, '&' | '/'))
        && doc.in_running_text(k)
}

/// An organisation named by a phrase's words, without a leading "the".
///
/// A phrase that opens with an indefinite article or, after any "the", with a word in
/// lower case ("a New Hampshire Republican", "the government in Beijing", "unofficial
/// election results…") describes rather than names, and is an unnamed source of this
/// article: a named organisation is one actor across the corpus, and two articles' "a
/// Democrat familiar with…" are not one body.
pub(super) fn organization(words: &[&str], lower: &[&str]) -> SourceRef {
    let skip = usize::from(lower[0] == "the" && words.len() > 1);
    let indefinite = matches!(lower[0], "a" | "an" | "another" | "one");
    if indefinite || words[skip].chars().all(|c| !c.is_uppercase()) {
        // "the group Citizens United", "the advocacy group Common Cause": the name after
        // the kind of body it is.
        let name_start = (skip..words.len())
            .rev()
            .take_while(|&k| is_capitalized(words[k]))
            .last()
            .filter(|&k| k > skip && ORG_WORDS.contains(&lower[k - 1]));
        return match name_start {
            Some(k) if !indefinite => SourceRef::Named {
                kind: ActorKind::Organization,
                name: words[k..].join(" "),
                title: None,
            },
            _ => anonymous(words, lower),
        };
    }
    SourceRef::Named {
        kind: ActorKind::Organization,
        name: words[skip..].join(" "),
        title: None,
    }
}

/// What a person writes or says, which speaks for them: "Yeutter's letter", "Clinton's
/// statement". (A campaign or a spokesman is someone else.)
const SPOKEN_THINGS: &[&str] = &[
    "letter",
    "statement",
    "remarks",
    "comments",
    "speech",
    "testimony",
    "memo",
    "tweet",
    "tweets",
    "op-ed",
];

/// "MPs", "CEOs", "GIs": capitals and a plural "s", people of a kind.
fn plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}
