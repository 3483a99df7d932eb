//! Regression tests for what kind of source a phrase names: anonymous groups described by
//! what they know or whom they serve, counts and shares, places and acronyms, nouns of
//! time; the subjects themselves (where a source phrase starts and ends) are in
//! `sources.rs`.

use super::*;

#[test]
fn people_described_by_what_they_know_are_anonymous_sources() {
    for (text, source) in [
        (
            "A person familiar with the matter said the deal was close.",
            "A person familiar with the matter",
        ),
        (
            "Sources close to the campaign said he would drop out.",
            "Sources close to the campaign",
        ),
        (
            "One person with direct knowledge of the talks said the deal was close.",
            "One person with direct knowledge of the talks",
        ),
        (
            "The deal was close, people briefed on the talks said.",
            "people briefed on the talks",
        ),
        // What they know may be a pronoun, which opens no phrase of its own.
        (
            "Cruz will rethink his approach, a source close to him said.",
            "a source close to him",
        ),
        (
            "Aides familiar with them say the talks stalled.",
            "Aides familiar with them",
        ),
        // With an aside in commas before the cue, the description still ends the phrase.
        (
            "Officials close to the investigation, speaking privately, said the deal was off.",
            "Officials close to the investigation, speaking privately",
        ),
        (
            "State officials familiar with the audit, speaking on condition of anonymity because they were not authorized to discuss it, said that the figures were wrong.",
            "State officials familiar with the audit, speaking on condition of anonymity because they were not authorized to discuss it",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn a_common_noun_opening_the_sentence_is_no_name() {
    for (text, source) in [
        ("Analysts expect the bank to raise rates.", "Analysts"),
        ("Residents said the blast shook the city.", "Residents"),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
    // A title before a name still makes a person.
    assert_one_source(
        "Senator Graham said the bill would fail.",
        "Senator Graham",
        ActorKind::Person,
        Some("Graham"),
    );
}

#[test]
fn acronyms_and_countries_are_organisations_and_prepositions_are_no_cues() {
    assert_one_source(
        "USDA said exports rose.",
        "USDA",
        ActorKind::Organization,
        Some("USDA"),
    );
    // A country speaks for its government; a person may share a place's name.
    assert_one_source(
        "West Germany said it would cut rates.",
        "West Germany",
        ActorKind::Organization,
        Some("West Germany"),
    );
    assert_one_source(
        "George Washington said it would snow.",
        "George Washington",
        ActorKind::Person,
        Some("George Washington"),
    );
    // "Commenting on": the preposition is no cue of its own, so nobody named Commenting
    // reports, and "the analyst" does not resolve to such a one.
    assert_one_source(
        "Commenting on the figures, the analyst said the trend was clear.",
        "the analyst",
        ActorKind::Anonymous,
        None,
    );
}

#[test]
fn a_place_is_no_one_a_pronoun_stands_for() {
    let (f, _) = run(
        "West Germany's central bank left rates unchanged on Thursday. He said inflation was low.",
    );
    let he = f
        .iter()
        .find(|a| a.source.as_deref() == Some("He"))
        .expect("he");
    let actor = he.actor.as_ref().expect("an actor");
    assert!(
        !actor.name.contains("Germany"),
        "{:?} {}",
        actor.kind,
        actor.name
    );
    assert_one_source(
        "Chancellor Helmut Kohl met the cabinet. He said inflation was low.",
        "He",
        ActorKind::Person,
        Some("Helmut Kohl"),
    );
}

#[test]
fn a_quantifier_over_a_pronoun_is_an_anonymous_source() {
    for (text, source) in [
        (
            "Until the shutdown, most of them said they had loved working there.",
            "most of them",
        ),
        (
            "Nearly 10 percent of them said they would not vote.",
            "Nearly 10 percent of them",
        ),
        ("Two of them told reporters the plan failed.", "Two of them"),
        (
            "Many of you have questioned whether the mayor has the experience.",
            "Many of you",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn those_set_against_others_and_shares_of_a_poll_are_anonymous_sources() {
    for (text, source) in [
        ("Others say he has never been healthier.", "Others"),
        (
            "Some were angry, others say the mayor has never been busier.",
            "others",
        ),
        (
            "But hacking specialists say the files are fake.",
            "hacking specialists",
        ),
        ("On economic issues, 42% say they are liberal.", "42%"),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
    // "another" opens its own attribution after the comma, and ends the first content.
    let (f, _) = run("While one firm says there are 2,400 of them, another says there are 1,800.");
    let sources: Vec<_> = f.iter().map(|a| a.source.as_deref()).collect();
    assert_eq!(sources, [Some("one firm"), Some("another")]);
    assert_eq!(f[0].content, ["there are 2,400 of them"]);
}

#[test]
fn a_quantifier_alone_after_a_semicolon_is_a_source() {
    for text in [
        "Nine of 10 were worried; most said they were very worried.",
        "Republicans are divided, although most oppose the plan.",
    ] {
        assert_one_source(text, "most", ActorKind::Anonymous, None);
    }
}

#[test]
fn a_share_of_people_before_a_verb_and_its_clause_is_a_source() {
    assert_sources_and_cues(&[
        // (The adverb that measures the share is part of it, as PolNeAR marks it.)
        ("Only a third say they will vote.", "Only a third", "say"),
        (
            "Just a handful claim that the count was fair.",
            "Just a handful",
            "claim",
        ),
    ]);
    // Before a noun, the share is part of a noun phrase: no one says anything.
    for text in [
        "The court failed to reach a majority decision on the plan.",
        "A majority vote on the bill is due.",
    ] {
        let (f, _) = run(text);
        assert!(f.is_empty(), "{text}: {:?}", f[0].cue);
    }
}

#[test]
fn people_described_by_whom_they_serve_are_the_source() {
    for (text, source) in [
        (
            "Advisers to Mr. Rubio point out that he placed second.",
            "Advisers to Mr. Rubio",
        ),
        (
            "Aides at the agency said the deal was off.",
            "Aides at the agency",
        ),
        // "Those" names no one until its description does.
        ("Those around him say the deal was off.", "Those around him"),
        (
            "Those close to the campaign said the deal was off.",
            "Those close to the campaign",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn counts_and_coordinated_pronouns_are_sources() {
    for (text, source) in [
        (
            "While 86 percent liked Clinton, 43 said the same for Sanders.",
            "43",
        ),
        (
            "More than half back the change, and all but two said the party should act.",
            "all but two",
        ),
        (
            "Since June, at least 21,000 said they would run.",
            "at least 21,000",
        ),
        (
            "It is not only about big audiences, he and Mr. Allen said.",
            "he and Mr. Allen",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn a_noun_of_time_alone_is_a_name() {
    assert_one_source(
        "“It has been the general message,” Day said of the platform.",
        "Day",
        ActorKind::Person,
        Some("Day"),
    );
}

#[test]
fn that_before_a_plural_of_people_opens_a_clause_and_all_told_is_a_sum() {
    let (f, _) = run("The group posted videos that experts say were made abroad.");
    let say = by_cue(&f, "say");
    assert_eq!(say.source.as_deref(), Some("experts"));
    let (f, _) = run("All told, the group raised $4 million in February.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
}

#[test]
fn people_described_by_who_polled_them_are_anonymous_even_when_an_outlet_did() {
    for (text, source) in [
        (
            "Rates will rise, economists polled by Reuters said.",
            "economists polled by Reuters",
        ),
        (
            "Rates will rise, analysts surveyed by the newspaper said.",
            "analysts surveyed by the newspaper",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
        assert_eq!(
            a.actor.as_ref().map(|x| x.kind),
            Some(ActorKind::Anonymous),
            "{text}"
        );
    }
}

#[test]
fn people_by_trade_shares_and_hedged_amounts_are_anonymous_sources() {
    for (text, source) in [
        // A plural of a trade no list names heads the phrase on its own.
        (
            "If it does not slow down, forecasters say spending will cripple the economy.",
            "forecasters",
        ),
        ("Still, bloggers say the rally was a flop.", "bloggers"),
        // A share told as a ratio, with or without its hedge.
        ("One in five say the plan won't work.", "One in five"),
        ("About 4 in 10 say the plan won't work.", "About 4 in 10"),
        // A hedge capitalised at the start names no one.
        ("Nearly half say the plan won't work.", "Nearly half"),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn people_described_by_a_relative_clause_or_prepositions_are_the_source() {
    for (text, source) in [
        // A relative clause ending in a bare noun, with a verb no list knows.
        (
            "Voters who want to ban abortion said the decision will make the choice stark.",
            "Voters who want to ban abortion",
        ),
        (
            "Officials whose laws were struck down say the real change came in the courts.",
            "Officials whose laws were struck down",
        ),
        // A chain of prepositional phrases after the people it describes.
        (
            "Indeed, proponents of more controls on hate speech say there is a correlation.",
            "proponents of more controls on hate speech",
        ),
        // A relative clause with no pronoun of its own, ending in its preposition.
        (
            "People I have spoken with said the plan was dead.",
            "People I have spoken with",
        ),
        (
            "Experts we consulted say the plan is sound.",
            "Experts we consulted",
        ),
        // Where they heard it, set off in commas after the relative clause.
        (
            "Voters who heard him, on television or at rallies, said he had less magnetism.",
            "Voters who heard him, on television or at rallies",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
    // A relative clause of only the cue's auxiliaries is the cue's own: its source is
    // "who", not the people before it.
    let (f, _) = run("He needs superdelegates who have not yet announced their preference.");
    assert!(f
        .iter()
        .all(|a| a.source.as_deref() != Some("superdelegates who have not yet")));
    // An appositive with a relative clause keeps the name before it.
    let (f, _) = run(
        "Jane Roe, 33, a supporter of the senator who lives in Greeley, Colo., finds the job hard.",
    );
    assert!(by_cue(&f, "finds")
        .source
        .as_deref()
        .is_some_and(|s| s.starts_with("Jane Roe")));
}

#[test]
fn people_who_know_a_bare_noun_are_one_anonymous_source() {
    for (text, source) in [
        (
            "Multiple sources privy to negotiations say the vote will come on Friday.",
            "Multiple sources privy to negotiations",
        ),
        (
            "Two people briefed on negotiations said the talks had failed.",
            "Two people briefed on negotiations",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn what_a_named_person_wrote_speaks_for_them_and_a_trade_plural_is_people() {
    let (f, _) = run("Agriculture Secretary Clayton Yeutter wrote to the committee. Yeutter's letter also said Americans eat little palm oil.");
    let letter = by_cue(&f, "also said");
    let actor = letter.actor.as_ref().expect("resolved");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Person, "Clayton Yeutter")
    );
    assert_one_source(
        "Parliamentarians said their action would increase pressure.",
        "Parliamentarians",
        ActorKind::Anonymous,
        None,
    );
    // So is an acronym in the plural.
    assert_one_source(
        "Influential MPs said the plan was dead.",
        "Influential MPs",
        ActorKind::Anonymous,
        None,
    );
    // A surname that ends like a trade is still a name.
    assert_one_source(
        "Sanders said he would win.",
        "Sanders",
        ActorKind::Person,
        Some("Sanders"),
    );
}

#[test]
fn a_name_of_a_firm_is_a_person_and_a_role_after_a_firm_is_anonymous() {
    for (text, source, kind, name) in [
        (
            "John Smith of Merrill Lynch said rates would rise.",
            "John Smith of Merrill Lynch",
            ActorKind::Person,
            Some("John Smith"),
        ),
        (
            "Rates will rise, said P.S. Tam of Morgan Guaranty Trust.",
            "P.S. Tam of Morgan Guaranty Trust",
            ActorKind::Person,
            Some("P.S. Tam"),
        ),
        (
            "Bank of America said profits rose.",
            "Bank of America",
            ActorKind::Organization,
            Some("Bank of America"),
        ),
        // A company of a place, or with a company's form in its name.
        (
            "Lanson Champagne of France said it named a new importer.",
            "Lanson Champagne of France",
            ActorKind::Organization,
            Some("Lanson Champagne of France"),
        ),
        (
            "United Technologies said profits rose.",
            "United Technologies",
            ActorKind::Organization,
            Some("United Technologies"),
        ),
        (
            "Hoechst AG of West Germany said profits rose.",
            "Hoechst AG of West Germany",
            ActorKind::Organization,
            Some("Hoechst AG of West Germany"),
        ),
        (
            "Larry Baker, an analyst with E.F. Hutton, said rates would rise.",
            "Larry Baker, an analyst with E.F. Hutton",
            ActorKind::Person,
            Some("Larry Baker"),
        ),
        (
            "Rates will rise, said a U.S. Bank foreign exchange manager.",
            "a U.S. Bank foreign exchange manager",
            ActorKind::Anonymous,
            None,
        ),
    ] {
        assert_one_source(text, source, kind, name);
    }
}

#[test]
fn a_time_before_a_name_is_when_it_was_said() {
    for (text, source, name) in [
        (
            "Last year Pacific Gas reported record earnings.",
            "Pacific Gas",
            "Pacific Gas",
        ),
        ("On Tuesday Smith said the plan was dead.", "Smith", "Smith"),
    ] {
        let a = run_one(text);
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
        assert_eq!(
            a.actor.as_ref().map(|x| x.name.as_str()),
            Some(name),
            "{text}"
        );
    }
}

#[test]
fn two_roles_joined_by_and_before_a_name_are_one_persons() {
    assert_one_source(
        "The senator's chief pollster and strategist Joel Benenson said the race was close.",
        "The senator's chief pollster and strategist Joel Benenson",
        ActorKind::Person,
        Some("Joel Benenson"),
    );
    // An organisation's name may hold "and".
    assert_one_source(
        "Mitsui Trust and Banking Co said profits rose.",
        "Mitsui Trust and Banking Co",
        ActorKind::Organization,
        None,
    );
}

#[test]
fn a_given_name_makes_a_title_or_an_outlet_word_after_it_a_surname() {
    for (text, source, name) in [
        (
            "Growth is slowing, said Peter King.",
            "Peter King",
            "Peter King",
        ),
        (
            "Michael Bloomberg, the former mayor, said it was impossible.",
            "Michael Bloomberg, the former mayor",
            "Michael Bloomberg",
        ),
        (
            "Representative Peter T. King, Republican of New York, said the plan failed.",
            "Representative Peter T. King, Republican of New York",
            "Peter T. King",
        ),
        // The name before the comma is the person, whatever outlet or capitals follow.
        (
            "Senator Chris Coons, Democrat of Delaware, said the plan failed.",
            "Senator Chris Coons, Democrat of Delaware",
            "Chris Coons",
        ),
        (
            "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested the refusal was disqualifying.",
            "Joe Scarborough, host of MSNBC’s “Morning Joe,”",
            "Joe Scarborough",
        ),
        (
            "Sam Jacobs, Time’s Assistant Managing Editor, explained the choice.",
            "Sam Jacobs, Time’s Assistant Managing Editor",
            "Sam Jacobs",
        ),
        // A surname alone is a name too: the outlet it appeared on is not the source.
        (
            "Laxalt, appearing on ABC News, admitted the nomination was in trouble.",
            "Laxalt, appearing on ABC News",
            "Laxalt",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Person, Some(name));
    }
    // "My staff" opening a sentence is no one's name.
    let a = run_one("My staff cautioned me not to go.");
    assert_ne!(a.actor.expect("an actor").kind, ActorKind::Person);
}

#[test]
fn a_town_and_state_describe_a_person_and_a_trade_with_a_town_is_anonymous() {
    for (text, source, kind, name) in [
        (
            "\"I do not know where he stands,\" said Stephanie Hooton of Derry, N.H., before the event.",
            "Stephanie Hooton of Derry, N.H.",
            ActorKind::Person,
            Some("Stephanie Hooton"),
        ),
        (
            "\"I do not know where he stands,\" said undecided voter Stephanie Hooton.",
            "undecided voter Stephanie Hooton",
            ActorKind::Person,
            Some("Stephanie Hooton"),
        ),
        (
            "A 55-year-old salesman from Sumter said the plan failed.",
            "A 55-year-old salesman from Sumter",
            ActorKind::Anonymous,
            None,
        ),
        (
            "A retiree in Carthage, Ill., said the plan failed.",
            "A retiree in Carthage, Ill.",
            ActorKind::Anonymous,
            None,
        ),
    ] {
        assert_one_source(text, source, kind, name);
    }
}

#[test]
fn a_share_of_those_polled_is_the_source_however_it_is_written() {
    for (text, source) in [
        (
            "Among Republicans, three-fourths say the plan is too costly.",
            "three-fourths",
        ),
        (
            "Overall, four-fifths say the plan is too costly.",
            "four-fifths",
        ),
        (
            "Nearly 60 percent say the plan is too costly.",
            "Nearly 60 percent",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        assert_eq!(f[0].content, ["the plan is too costly"], "{text}");
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_eq!(actor.kind, ActorKind::Anonymous, "{text}");
    }
}
