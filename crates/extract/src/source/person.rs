//! How a source phrase names a person: the trailing run of name words with the title
//! before it ("State Department spokesperson Ned Price"), the holder of a role named after
//! its institution ("Secretary of State John Kerry"), a given name before a word that is
//! also a title ("Peter King"), and a name typed with a slip of the shift key ("Ned
//! price").

use super::classify::organization;
use super::*;

/// "Secretary of State John Kerry", "Speaker of the House Rep. Paul Ryan", "Director of
/// National Intelligence James Clapper": the holder of a role of an institution, named
/// after it. Only "of" and roles one holds (not "a spokesman for Hillary Clinton", whose
/// name is someone else's), and only where the name follows the institution's own words.
pub(super) fn role_of_then_name(words: &[&str], lower: &[&str], prep: usize) -> Option<SourceRef> {
    const ROLES: &[&str] = &[
        "secretary",
        "chancellor",
        "director",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "minister",
        "president",
        "governor",
        "leader",
        "head",
        "chief",
        "commander",
        "mayor",
        "ambassador",
        "founder",
        "ceo",
    ];
    if lower[prep] != "of" || !ROLES.contains(&lower[prep - 1]) {
        return None;
    }
    let name_word = |k: usize| {
        is_capitalized(words[k]) && !TITLES.contains(&lower[k]) && !ORG_WORDS.contains(&lower[k])
    };
    let mut start = words.len();
    while start > prep + 1 && name_word(start - 1) {
        start -= 1;
    }
    let run = words.len() - start;
    if run < 2 {
        return None;
    }
    // A longer run took the institution's last words ("National Intelligence James
    // Clapper").
    let start = words.len() - name_len(&words[start..]);
    // The institution's words stand between "of" and the name.
    if start <= prep + 1 || matches!(lower[start - 1], "of" | "the" | "for" | "to" | "at" | "in") {
        return None;
    }
    Some(SourceRef::Named {
        kind: ActorKind::Person,
        name: words[start..].join(" "),
        title: Some(words[..start].join(" ")),
    })
}

/// How many of a run of capitalised words, at its end, are a person's name when words
/// before it may be something else's (an institution, a headline's): a given name and a
/// surname, with an initial between ("James Clapper", "Donald J. Trump").
pub(crate) fn name_len(run: &[&str]) -> usize {
    let initial = |w: &str| w.len() <= 2 && w.ends_with('.');
    let keep = if run.len() >= 3 && initial(run[run.len() - 2]) {
        3
    } else {
        2
    };
    keep.min(run.len())
}

/// The person a phrase of capitalised words names, with the words before the name as
/// the title; an organisation when no name ends the phrase.
pub(super) fn named(words: &[&str], lower: &[&str]) -> SourceRef {
    // "Jeb Bush’s calling him a jerk", "Hillary Clinton’s claim": a person's name without
    // its possessive ending. (A firm's keeps it: "Standard and Poor's", "Moody's".)
    if let [_, .., last] = words {
        if is_possessive(last) {
            let bare = named_without_mark(words, lower);
            if matches!(
                bare,
                SourceRef::Named {
                    kind: ActorKind::Person,
                    ..
                }
            ) {
                return bare;
            }
        }
    }
    // "Peter King", "Rep. Peter T. King": a given name (an initial may follow it) makes
    // the title word after it a surname.
    let n = words.len();
    let g = n - name_len(words);
    if n >= 2
        && TITLES.contains(&lower[n - 1])
        && is_capitalized(words[n - 1])
        && is_capitalized(words[g])
        && crate::lexicon::is_given_name(lower[g])
    {
        return SourceRef::Named {
            kind: ActorKind::Person,
            name: words[g..].join(" "),
            title: (g > 0).then(|| words[..g].join(" ")),
        };
    }
    // A person: the trailing run of name words; what precedes it is the title.
    let mut name_start = words.len();
    while name_start > 0 {
        let k = name_start - 1;
        let w = without_possessive(lower[k]);
        // "Guillermo de la Dehesa", "Orlando dos Santos", "Mohye al-Deen Gharib".
        let particle = crate::lexicon::is_name_particle(lower[k]) && name_start < words.len();
        // "Germany's Kohl", "Treasury's Baker": the owner before the name is no part of it.
        let owner = name_start < words.len() && is_possessive(lower[k]);
        // "Economist Ravi Batra", "Chief Executive Officer Anthony O'Reilly": a word
        // that heads a description of people is no part of a name.
        // (A headline writes "AND" in capitals: "U.S. AND JAPAN AGREE".)
        if (is_capitalized(words[k]) || particle)
            && !owner
            && words[k] != "AND"
            && !TITLES.contains(&w)
            && !ORG_WORDS.contains(&w)
            && !ANONYMOUS_HEADS.contains(&w)
        {
            name_start = k;
        } else {
            break;
        }
    }
    // "Ned price": a capitalised word and a lower-case one that is no common head of a
    // source phrase is a name with a slip of the shift key, not an organisation.
    if name_start == words.len() && is_miscased_name(words, lower) {
        return SourceRef::Named {
            kind: ActorKind::Person,
            name: words.join(" "),
            title: None,
        };
    }
    // "Mitsui Trust and Banking Co" joins an organisation's words; "chief pollster and
    // strategist Joel Benenson" joins two roles of one person.
    let joins_roles = |i: usize| {
        i > 0
            && i + 1 < name_start
            && crate::lexicon::is_person_role(lower[i - 1])
            && crate::lexicon::is_person_role(lower[i + 1])
    };
    let prefix_has_preposition = lower[..name_start]
        .iter()
        .enumerate()
        .any(|(i, w)| matches!(*w, "in" | "of" | "for" | "at") || *w == "and" && !joins_roles(i));
    // "the consultant Jane Roe", "the veteran pollster Jane Roe": a person after a role
    // in lower case; "the Democratic National Committee" stays an organisation.
    let the_role = name_start >= 2
        && words[1..name_start].iter().all(|w| !is_capitalized(w))
        && crate::lexicon::is_person_role(lower[name_start - 1]);
    // (In lower case or an acronym's capitals, a word that heads organisations is the kind
    // of body a name after it is: "Army Capt. Jane Roe" is a person with her service.)
    let kind_word = |w: &str| !is_capitalized(w) || w.chars().all(|c| !c.is_lowercase());
    // "Bank of Japan Governor Satoshi Sumita", "Centers for Disease Control Director Jane
    // Roe": a capitalised title right before a name of two words ends the institution's
    // name, whatever prepositions that holds; not when words in lower case describe
    // someone else ("a former backer of Sen. Ted Cruz") or join two people ("Trump and
    // Sen. Ted Cruz").
    let titled_name = name_start > 1
        && words.len() - name_start >= 2
        && TITLES.contains(&lower[name_start - 1])
        && is_capitalized(words[name_start - 1])
        && !DETERMINERS.contains(&lower[0])
        && (0..name_start - 1).all(|k| {
            is_capitalized(words[k]) && lower[k] != "and"
                || matches!(lower[k], "of" | "for" | "on" | "the")
        });
    // "International Paper", "Bank Negara": a capitalised word that heads organisations,
    // right before the run, is the first word of the organisation's name, not a title.
    let org_word_first = name_start > 0
        && ORG_WORDS.contains(&lower[name_start - 1])
        && !kind_word(words[name_start - 1]);
    // "Statistics Canada", "Air Canada": a country ending a name that opens with no given
    // name ("Rep. Steve Israel") is a body of that country's.
    let of_a_country = words.len() - name_start >= 2
        && PLACES.contains(&lower[words.len() - 1])
        && !crate::lexicon::is_given_name(lower[name_start]);
    if name_start == words.len()
        || of_a_country
        || prefix_has_preposition && !titled_name
        || lower[0] == "the" && !the_role
        || org_word_first
    {
        return organization(words, lower);
    }
    let name = words[name_start..].join(" ");
    // "Pro-Clinton super PAC Priorities USA Action", "the advocacy group Common Cause": a
    // name after the kind of body it is names that body.
    if name_start > 0
        && ORG_WORDS.contains(&lower[name_start - 1])
        && kind_word(words[name_start - 1])
    {
        return SourceRef::Named {
            kind: ActorKind::Organization,
            name,
            title: None,
        };
    }
    if super::classify::names_a_firm(&lower[name_start..], name_start > 0) {
        return organization(words, lower);
    }
    let title = (name_start > 0).then(|| words[..name_start].join(" "));
    SourceRef::Named {
        kind: ActorKind::Person,
        name,
        title,
    }
}

/// [`named`] of a phrase whose last word is in the possessive, read without its mark
/// ("Yeutter's" of "Yeutter's letter", "Jeb Bush's").
pub(super) fn named_without_mark(words: &[&str], lower: &[&str]) -> SourceRef {
    let (Some(last), Some(last_lower)) = (words.last(), lower.last()) else {
        return named(words, lower);
    };
    let n = words.len();
    let mut bare_words = words.to_vec();
    let mut bare_lower = lower.to_vec();
    bare_words[n - 1] = without_possessive(last);
    bare_lower[n - 1] = without_possessive(last_lower);
    named(&bare_words, &bare_lower)
}

/// Two words, the first capitalised and the second in lower case, neither a title nor a
/// word that heads organisations, groups or outlets, and the second no plural.
fn is_miscased_name(words: &[&str], lower: &[&str]) -> bool {
    let common = |w: &str| {
        TITLES.contains(&w)
            || ORG_WORDS.contains(&w)
            || ANONYMOUS_HEADS.contains(&w)
            || OUTLET_NOUNS.contains(&w)
            || DETERMINERS.contains(&w)
    };
    words.len() == 2
        && is_capitalized(words[0])
        && !matches!(
            lower[0],
            "my" | "your" | "our" | "his" | "her" | "their" | "its"
        )
        && words[1].chars().all(|c| c.is_ascii_lowercase())
        && !words[1].ends_with('s')
        && !lower.iter().any(|w| common(w))
        && outlet(words[0]).is_none()
}
