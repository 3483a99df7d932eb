//! Regression tests for actors: what a source resolves to inside an article (pronouns,
//! roles, surnames, party nouns), and the one IRI a named actor has across articles.

use super::*;

#[test]
fn pronouns_and_roles_resolve_to_earlier_actors() {
    let text = "“We are concerned,” Spokesman Stephane Dujarric told reporters.\n“We hope for talks,” the spokesman said.\nBut, he said, the situation was “complex.”";
    let (f, _) = run(text);
    assert!(
        f.len() >= 3,
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    let names: Vec<String> = f
        .iter()
        .map(|a| a.actor.as_ref().unwrap().name.clone())
        .collect();
    assert!(names.iter().all(|n| n == "Stephane Dujarric"), "{names:?}");
}

#[test]
fn the_same_person_is_one_iri_across_articles_and_namesakes_are_not() {
    let first = actor_iris_of(
        "“The embassy stays open,” State Department spokesperson Ned Price said on Tuesday.",
    );
    let second = actor_iris_of(
        "The mission will continue, Ned price told reporters. Later, Price said talks went on.",
    );
    let namesake = actor_iris_of("Jane Price, a local teacher, said the schools were closed.");
    assert_eq!(first, ["https://w3id.org/claimgraph/id/person/ned-price"]);
    assert_eq!(second, [first[0].as_str(), first[0].as_str()]);
    assert_eq!(namesake.len(), 1);
    assert_ne!(namesake[0], first[0]);
}

#[test]
fn a_surname_alone_is_the_namesake_spoken_of_last() {
    let iris = actor_iris_of(
        "The embassy is open, Ned Price said. Schools will close, Jane Price, a teacher, said. \
         Buses will still run, Price added.",
    );
    assert_eq!(iris.len(), 3, "{iris:?}");
    assert!(
        iris[0].ends_with("/ned-price") && iris[1].ends_with("/jane-price"),
        "{iris:?}"
    );
    assert_eq!(iris[2], iris[1]);
}

#[test]
fn outlet_aliases_are_one_outlet() {
    let full = actor_iris_of("The talks will resume, The New York Times reported on Thursday.");
    let short = actor_iris_of("The talks will resume, the NYT said.");
    let later = actor_iris_of(
        "The New York Times first reported the plan. The talks will resume, the Times said.",
    );
    assert_eq!(full.len(), 1);
    assert_eq!(short, full);
    assert_eq!(later.last(), full.first());
}

#[test]
fn the_holder_of_a_role_of_an_institution_is_the_named_person() {
    for (text, name) in [
        (
            "Secretary of State John Kerry said the talks would resume.",
            "John Kerry",
        ),
        (
            "Speaker of the House Rep. Paul Ryan said the images have no place.",
            "Paul Ryan",
        ),
        (
            "Director of National Intelligence James Clapper said the threat was real.",
            "James Clapper",
        ),
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect(text);
        assert_eq!((actor.kind, actor.name.as_str()), (ActorKind::Person, name));
    }
    // Whoever speaks for someone is not that someone; supporters are not their candidate.
    for text in [
        "A spokesman for Hillary Clinton said the talks would resume.",
        "Supporters of Bernie Sanders said the rules were unfair.",
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect(text);
        assert_ne!(actor.kind, ActorKind::Person, "{text}: {}", actor.name);
    }
}

#[test]
fn owners_titles_and_surnames_resolve_to_the_person() {
    let person = ActorKind::Person;
    assert_one_source(
        "Germany's Kohl said the dollar would fall.",
        "Germany's Kohl",
        person,
        Some("Kohl"),
    );
    assert_one_source(
        "Chancellor of the Exchequer Nigel Lawson said taxes would fall.",
        "Chancellor of the Exchequer Nigel Lawson",
        person,
        Some("Nigel Lawson"),
    );
    assert_one_source(
        "Moody's said it may downgrade the bonds.",
        "Moody's",
        ActorKind::Organization,
        Some("Moody's"),
    );
    // A surname alone is the full name given earlier after a title inside the run.
    assert_one_source(
        "Treasury Secretary James Baker met the minister. Baker said the dollar would fall.",
        "Baker",
        person,
        Some("James Baker"),
    );
}

#[test]
fn a_party_before_a_name_describes_it_and_the_party_noun_refers_back() {
    assert_all_credited_to(
        "Democrat Hillary Clinton said on Monday that taxes would rise. The Democrat said the plan had failed.",
        "Hillary Clinton",
    );
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_is_a_pronoun_not_a_name() {
    assert_all_credited_to(
        "Hillary Clinton said on Monday that taxes would rise. She’s said the same for years.",
        "Hillary Clinton",
    );
}

#[test]
fn outlet_names_in_a_surname_or_in_capitals() {
    use ActorKind::{Outlet, Person};
    for (text, kind, name) in [
        (
            "Michael Bloomberg said the race was over.",
            Person,
            "Michael Bloomberg",
        ),
        (
            "Former mayor Michael Bloomberg said the race was over.",
            Person,
            "Michael Bloomberg",
        ),
        ("Bloomberg reported the race was over.", Outlet, "Bloomberg"),
        (
            "Thomson Reuters reported the race was over.",
            Outlet,
            "Reuters",
        ),
        // An outlet's name in capitals, as some outlets write their own.
        ("POLITICO reported the race was over.", Outlet, "Politico"),
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect(text);
        assert_eq!((actor.kind, actor.name.as_str()), (kind, name), "{text}");
    }
}

#[test]
fn an_inverted_cue_opening_the_sentence_credits_the_quote_after_its_source() {
    for (text, source, actor) in [
        (
            "The museum opened. Said Jane Roe, who grew up with him in the neighborhood, “We were all so proud of him.”",
            "Jane Roe, who grew up with him in the neighborhood",
            "Jane Roe",
        ),
        ("Intro.\n\nContinued Stone:\n\n“The stakes are so high.”", "Stone", "Stone"),
        ("Says Hope Hicks, “The stakes are so high.”", "Hope Hicks", "Hope Hicks"),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        assert_eq!(f[0].kind, QuoteKind::Direct, "{text}");
        assert_eq!(f[0].actor.as_ref().map(|a| a.name.as_str()), Some(actor), "{text}");
    }
}

#[test]
fn an_opening_participle_before_a_name_and_its_verb_is_no_inverted_cue() {
    // "Asked …, X said, “…”": the quote is X's, on "said"; "Asked" had taken the whole
    // clause up to the quote for its source.
    let text = "Asked a direct question about the emails in the debate, Clinton said, “I do take responsibility.”";
    let (f, _) = run(text);
    let said = by_cue(&f, "said");
    assert_eq!(said.source.as_deref(), Some("Clinton"), "{text}");
    assert_eq!(said.kind, QuoteKind::Direct, "{text}");
    let quoted = f
        .iter()
        .filter(|a| a.content.iter().any(|c| c.contains("responsibility")))
        .count();
    assert_eq!(quoted, 1, "{text}");
}

#[test]
fn who_and_which_resolve_to_the_phrase_before_them_not_the_last_source() {
    let (f, _) = run(
        "Governor Jane Roe said the budget was balanced. Later she met Senator John Smith, who said the plan would fail. The group also invited the Sierra Club, which said it opposed the pipeline. Roe thanked the two officials, who said they would help.",
    );
    let actor_of = |content: &str| {
        let a = f
            .iter()
            .find(|a| a.content == [content])
            .unwrap_or_else(|| {
                panic!(
                    "{content}: {:?}",
                    f.iter().map(|a| &a.content).collect::<Vec<_>>()
                )
            });
        a.actor.clone().expect("an actor")
    };
    let smith = actor_of("the plan would fail");
    assert_eq!(
        (smith.kind, smith.name.as_str()),
        (ActorKind::Person, "John Smith")
    );
    let club = actor_of("it opposed the pipeline");
    assert_eq!(club.name, "Sierra Club");
    let officials = actor_of("they would help");
    assert_eq!(
        (officials.kind, officials.count),
        (ActorKind::Anonymous, Some(2))
    );
}

#[test]
fn the_head_noun_of_an_organisation_refers_back_to_it() {
    let (f, _) = run(
        "The Russian Foreign Ministry said the talks had failed. Officials in Kyiv said nothing. The ministry added that it would respond. The committee said it was closed.",
    );
    let names: Vec<(ActorKind, &str)> = f
        .iter()
        .map(|a| {
            let actor = a.actor.as_ref().expect("an actor");
            (actor.kind, actor.name.as_str())
        })
        .collect();
    assert_eq!(
        names[2],
        (ActorKind::Organization, "Russian Foreign Ministry")
    );
    // No committee was named before: "the committee" stays an unnamed source.
    assert_eq!(names[3].0, ActorKind::Anonymous);
}

#[test]
fn a_company_named_before_a_pronoun_is_not_the_person_it_means() {
    let a = run_one(
        "Governor Jane Roe holds shares in Acme Motor Co. and Zenith Widgets Inc. She often calls out companies by name.",
    );
    assert_eq!(a.actor.as_ref().map(|x| x.name.as_str()), Some("Jane Roe"));
}

#[test]
fn a_role_with_its_party_refers_back_to_the_person() {
    let (f, _) = run(
        "Jane Roe said the economy was weak. The presumptive Republican nominee reported holding shares in Acme. Mary Poe said she was ready. The Democratic candidate said she would win.",
    );
    let actors: Vec<(Option<&str>, &str)> = f
        .iter()
        .map(|a| {
            let actor = a.actor.as_ref().expect("an actor");
            (a.source.as_deref(), actor.name.as_str())
        })
        .collect();
    assert_eq!(
        actors,
        [
            (Some("Jane Roe"), "Jane Roe"),
            (Some("The presumptive Republican nominee"), "Jane Roe"),
            (Some("Mary Poe"), "Mary Poe"),
            (Some("The Democratic candidate"), "Mary Poe"),
        ]
    );
}

#[test]
fn a_network_or_agency_that_is_not_about_news_is_no_outlet() {
    let (f, _) = run(
        "The New York Times reported the talks. The terror network said it wanted aid. The newspaper said the talks failed.",
    );
    let kinds: Vec<(Option<&str>, ActorKind)> = f
        .iter()
        .map(|a| {
            (
                a.source.as_deref(),
                a.actor.as_ref().expect("an actor").kind,
            )
        })
        .collect();
    assert_eq!(kinds[1], (Some("The terror network"), ActorKind::Anonymous));
    assert_eq!(kinds[2], (Some("The newspaper"), ActorKind::Outlet));
}

#[test]
fn an_aim_inside_what_was_said_is_no_report_relayed() {
    let (f, _) = run(
        "As per the reports, the envoy is trying to convince the leaders that the embassy must remain open if the rebel group hopes to receive aid. The station said that Price said troops would come.",
    );
    let hope = f.iter().find(|a| a.cue == "hopes").expect("the aim");
    assert_eq!(hope.via, None);
    // A report inside a report is relayed through it.
    let price = f
        .iter()
        .find(|a| a.source.as_deref() == Some("Price"))
        .expect("Price");
    assert!(price.via.is_some());
}

#[test]
fn a_name_described_in_lower_case_after_a_comma_is_the_source() {
    // The role noun and its modifiers open the clause after the comma: the phrase reaches
    // the comma, and what precedes it is what was said.
    for (text, source) in [
        (
            "The deal is bad, digital consultant Jane Roe says.",
            "digital consultant Jane Roe",
        ),
        (
            "The deal is bad for workers, political analyst Jane Roe said on Monday.",
            "political analyst Jane Roe",
        ),
        (
            "The deal is bad for workers, consultant Jane Roe said.",
            "consultant Jane Roe",
        ),
        // After "the", a role in lower case still makes the name a person's.
        (
            "The deal is bad, the veteran pollster Jane Roe said.",
            "the veteran pollster Jane Roe",
        ),
        // After a quote closed by its comma, with a capitalised word before the role.
        (
            "“The deal is bad,” super PAC spokeswoman Jane Roe said.",
            "super PAC spokeswoman Jane Roe",
        ),
        (
            "“The deal is bad,” organizing director Jane Roe told reporters.",
            "organizing director Jane Roe",
        ),
        // A trade no list names, by its ending.
        (
            "The record is almost finished, singer Jane Roe said.",
            "singer Jane Roe",
        ),
        (
            "The record is almost finished, frontman Jane Roe said.",
            "frontman Jane Roe",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        assert_eq!(f[0].content.len(), 1, "{text}");
        assert!(
            text.starts_with(&f[0].content[0]),
            "{text}: {:?}",
            f[0].content
        );
        let actor = f[0].actor.as_ref().expect(text);
        assert_eq!(
            (actor.kind, actor.name.as_str()),
            (ActorKind::Person, "Jane Roe")
        );
    }
    // An organisation's word there leaves it an organisation.
    assert_one_source(
        "The deal is bad, the group Citizens United said.",
        "the group Citizens United",
        ActorKind::Organization,
        None,
    );
}

#[test]
fn a_coordinated_verb_shares_the_whole_subject_not_its_first_name() {
    let (f, _) = run(
        "Civil rights groups praised the plan to shutter the prison and embraced his argument that courts are the best venue.",
    );
    assert_eq!(
        by_cue(&f, "embraced").source.as_deref(),
        Some("Civil rights groups")
    );
    let (f, _) = run(
        "Democratic presidential nominee Jane Roe spoke in Ohio on Friday, saying that the videos should be released.",
    );
    assert_eq!(
        by_cue(&f, "saying").source.as_deref(),
        Some("Democratic presidential nominee Jane Roe")
    );
    // A family acts as its members do: it urges, calls on, aims.
    let (f, _) = run("The family called on police to act and urged people to stay calm.");
    assert_eq!(by_cue(&f, "urged").source.as_deref(), Some("The family"));
}

#[test]
fn a_possessive_name_opens_a_phrase_of_any_nouns() {
    let (f, _) = run(
        "Mrs. Roe's presidential campaign, which has been dogged for months by questions about her private server, said that the emails had no bearing on the case.",
    );
    assert_eq!(
        by_cue(&f, "said").source.as_deref(),
        Some("Mrs. Roe's presidential campaign, which has been dogged for months by questions about her private server")
    );
}

#[test]
fn two_relative_clauses_joined_by_and_describe_one_source() {
    assert_one_source(
        "A man who worshiped at the center and who did not want to be named said he heard nothing.",
        "A man who worshiped at the center and who did not want to be named",
        ActorKind::Anonymous,
        None,
    );
}

#[test]
fn an_object_pronoun_source_points_back_as_its_subject_form_does() {
    for (text, source, name) in [
        (
            "Senator John Smith spoke on Monday. The plan will fail, according to him.",
            "him",
            "John Smith",
        ),
        (
            "Senator Jane Smith lost the vote. The scandal prompted her to call for an inquiry.",
            "her",
            "Jane Smith",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Person, Some(name));
    }
}

#[test]
fn i_in_a_tweet_is_its_author_and_what_was_said_stops_before_the_tag() {
    let text = "The embassy is in the capital.\n<tweet author=\"janeroe\">I said the embassy will stay open. I refuse to leave.</tweet>.";
    let (f, _) = run(text);
    // "said" nests under the tweet; "refuse" (a stance) nests under no one, and the
    // tweet's words hold it.
    for cue in ["said", "refuse"] {
        let actor = by_cue(&f, cue).actor.as_ref().unwrap();
        assert_eq!(actor.handle.as_deref(), Some("janeroe"), "{cue}");
    }
    assert_eq!(by_cue(&f, "refuse").content, ["to leave"]);
    // Outside anyone's words "I" stays an unknown first person.
    let (f, _) = run("I said the embassy will stay open.");
    assert_eq!(f[0].actor.as_ref().unwrap().kind, ActorKind::Anonymous);
}

#[test]
fn plural_heads_that_name_no_one_are_sources_after_an_opening_adverb() {
    // After "Still," a bare plural is the subject only when its head is a source noun.
    for (text, source) in [
        (
            "Still, outside groups said the plan failed.",
            "outside groups",
        ),
        (
            "Overall, state governors said the plan failed.",
            "state governors",
        ),
        (
            "Still, federal judges said the plan failed.",
            "federal judges",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn a_company_in_angle_brackets_is_no_markup() {
    // Reuters marks companies so; only a tag name in lower case opens markup.
    let (f, _) = run("The company said <Tesoro Petroleum Corp> would buy the refinery.");
    assert_eq!(
        by_cue(&f, "said").content,
        ["<Tesoro Petroleum Corp> would buy the refinery"]
    );
}

#[test]
fn two_phrases_from_one_place_are_one_anonymous_source_named_by_the_shorter() {
    let (f, e) = run(
        "The officials, who asked not to be identified, said the talks failed and warned \
         that prices would rise.",
    );
    let anonymous: Vec<&str> = e
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Anonymous)
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(anonymous.len(), 1, "{anonymous:?}");
    assert!(f.iter().all(|a| a
        .actor
        .as_ref()
        .is_some_and(|x| x.kind == ActorKind::Anonymous)));
}

#[test]
fn it_is_one_body_not_the_people_credited_last() {
    let (f, _) = run("UAL said it was in talks. Analysts have said UAL made itself vulnerable. It is emphasizing its new focus.");
    let it = by_cue(&f, "is emphasizing");
    let actor = it.actor.as_ref().expect("resolved");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "UAL")
    );
}

#[test]
fn he_or_she_may_be_the_one_unnamed_person_who_spoke_last() {
    let (f, _) = run("Mr. Roe said demand was firm. Another fund manager said bonds were cheap. He said he was buying.");
    let actor = f[2].actor.as_ref().expect("resolved");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Anonymous, "Another fund manager")
    );
    // A name that runs on after "and" into a company's is no person "he" could be.
    let (f, _) = run("Osamu Fukushima, deputy manager of Mitsui Trust and Banking Co Ltd's securities department, said demand was firm. He said he was buying.");
    let actor = f[1].actor.as_ref().expect("resolved");
    assert_eq!(actor.name, "Osamu Fukushima");
}

#[test]
fn an_epithet_of_the_main_figure_is_the_person_cited_most_and_the_man_is_no_one_named() {
    let (f, _) = run(
        "Donald Trump said the polls were wrong. Ted Cruz said he would win Iowa. Trump said he would build a wall. John Kasich said he was staying in. The billionaire businessman said the race was over.",
    );
    assert_eq!(
        actor_of(&f, "The billionaire businessman").name,
        "Donald Trump"
    );
    let (f, _) = run("Donald Trump spoke for an hour. The man said he was disappointed.");
    assert_eq!(actor_of(&f, "The man").kind, ActorKind::Anonymous);
}

#[test]
fn a_share_of_a_group_is_anonymous_whatever_its_capitals() {
    let text = "Twenty-six percent say they will vote for someone else. \
                Fifty-five percent of Republicans say the party is divided. \
                Three-fourths said the count was fair. \
                Bill McInturff, the Republican half of a polling team, said the race was close.";
    let (f, _) = run(text);
    for source in ["Twenty-six percent", "Three-fourths"] {
        let actor = actor_of(&f, source);
        assert_eq!(
            (actor.kind, actor.affiliation.as_deref()),
            (ActorKind::Anonymous, None)
        );
    }
    let republicans = actor_of(&f, "Fifty-five percent of Republicans");
    assert_eq!(republicans.kind, ActorKind::Anonymous);
    assert_eq!(republicans.affiliation.as_deref(), Some("Republicans"));
    let pollster = actor_of(&f, "Bill McInturff, the Republican half of a polling team");
    assert_eq!(
        (pollster.kind, pollster.name.as_str()),
        (ActorKind::Person, "Bill McInturff")
    );
}

#[test]
fn a_share_keeps_its_percent_sign_and_the_adverb_that_measures_it() {
    // The tokenizer splits "%" off its number; "Just" and "Only" measure the share, where
    // before a name they are sentence adverbs.
    for (text, source) in [
        (
            "About 54% of voters say the economy is bad.",
            "About 54% of voters",
        ),
        ("Only 49% say the economy is bad.", "Only 49%"),
        (
            "Just over half of voters say the economy is bad.",
            "Just over half of voters",
        ),
        (
            "Nearly half, 49%, say the economy is bad.",
            "Nearly half, 49%",
        ),
        ("Only Smith said the economy is bad.", "Smith"),
    ] {
        let kind = if source == "Smith" {
            ActorKind::Person
        } else {
            ActorKind::Anonymous
        };
        assert_one_source(text, source, kind, None);
    }
}

#[test]
fn it_and_a_role_point_past_a_share_of_voters() {
    // "It" is one body, not 63 percent of voters; "the poll" is the poll, not the
    // voters it polled.
    let text = "A new national poll found support rising. Sixty-three percent of voters polled \
                said the economy was improving. It also found that prices worried most people. \
                The economy will decide the race, the poll said.";
    let (f, _) = run(text);
    let poll = actor_of(&f, "A new national poll");
    assert_eq!(actor_of(&f, "It").name, poll.name);
    assert_eq!(actor_of(&f, "the poll").name, poll.name);
}

#[test]
fn a_capitalised_office_after_the_is_its_holder() {
    for (text, holder) in [
        (
            "President Obama said the deal was good. The President said it would pass.",
            "Obama",
        ),
        (
            "King Abdullah said the talks would go on. The King said they were close.",
            "Abdullah",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 2, "{text}");
        let names: Vec<&str> = f
            .iter()
            .map(|a| a.actor.as_ref().unwrap().name.as_str())
            .collect();
        assert_eq!(names, [holder, holder], "{text}");
    }
    let (f, _) = run("The Senate said the bill would pass.");
    assert_eq!(actor_of(&f, "The Senate").kind, ActorKind::Organization);
}

#[test]
fn a_body_described_but_not_named_is_unnamed_and_one_named_after_its_kind_is_that_body() {
    for text in [
        "A super PAC said the ad would run.",
        "A pro-Rubio super PAC said the ad would run.",
        "A super PAC supporting Jane Roe said the ad would run.",
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        let actor = said.actor.as_ref().expect("an actor");
        assert_eq!(actor.kind, ActorKind::Anonymous, "{text}: {}", actor.name);
    }
    let (f, _) = run("Pro-Roe super PAC Forward Together Action announced an ad buy.");
    let actor = f[0].actor.as_ref().expect("an actor");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "Forward Together Action")
    );
    // A service before a title is the person's.
    let (f, _) = run("Army Capt. Jane Roe said the ad would run.");
    assert_eq!(
        f[0].actor.as_ref().expect("an actor").kind,
        ActorKind::Person
    );
}

#[test]
fn a_body_someone_runs_is_one_actor_however_its_owner_is_written() {
    let (f, _) = run(
        "Roe’s campaign said the ad would run. Later Roe's campaign said it would not. The Roe campaign said nothing more.",
    );
    let names: Vec<&str> = f
        .iter()
        .map(|a| a.actor.as_ref().expect("an actor").name.as_str())
        .collect();
    assert_eq!(names, ["Roe campaign"; 3]);
    // A company whose name holds the mark keeps it.
    let (f, _) = run("McDonald's Corp said the ad would run.");
    assert_eq!(
        f[0].actor.as_ref().expect("an actor").name,
        "McDonald's Corp"
    );
}

#[test]
fn a_partys_word_alone_or_one_member_is_no_organisation() {
    for text in [
        "A Republican who has not endorsed him said the ad would run.",
        "One Democrat said the ad would run.",
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        assert_eq!(
            said.actor.as_ref().expect("an actor").kind,
            ActorKind::Anonymous,
            "{text}"
        );
    }
    // The party's committee is one.
    let (f, _) = run("The Republican National Committee said the ad would run.");
    assert_eq!(
        f[0].actor.as_ref().expect("an actor").kind,
        ActorKind::Organization
    );
}

#[test]
fn a_phrase_that_describes_a_body_is_unnamed_and_one_that_names_it_is_that_body() {
    for text in [
        "A New Hampshire Republican said the ad would run.",
        "The government in Beijing said the ad would run.",
        "The deal is dead, the government in Beijing said.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_eq!(actor.kind, ActorKind::Anonymous, "{text}: {}", actor.name);
    }
    let (f, _) = run("The advocacy group Common Cause said the ad would run.");
    let actor = f[0].actor.as_ref().expect("an actor");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "Common Cause")
    );
}

#[test]
fn what_someone_put_out_speaks_for_them() {
    for (text, kind, name) in [
        (
            "The report, published by the Pentagon on Friday, concluded that the strike was lawful.",
            ActorKind::Organization,
            "Pentagon",
        ),
        (
            "A survey conducted by analyst Jane Roe found that most voters were undecided.",
            ActorKind::Person,
            "Jane Roe",
        ),
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_eq!((actor.kind, actor.name.as_str()), (kind, name), "{text}");
    }
    // "The survey" after it stands for who conducted it.
    let (f, _) = run(
        "The survey, conducted by the Acme Institute, finds the mayor ahead. The survey also shows a small gender gap.",
    );
    let shows = by_cue(&f, "also shows");
    assert_eq!(
        shows.actor.as_ref().expect("an actor").name,
        "Acme Institute"
    );
    // A statement in an aside after a name is the name's.
    let (f, _) = run(
        "Corey Lewandowski, in a statement released by the campaign on Thursday, said he was grateful.",
    );
    assert_eq!(
        f[0].actor.as_ref().expect("an actor").name,
        "Corey Lewandowski"
    );
}

#[test]
fn two_people_speaking_together_are_a_group_not_a_firm() {
    for text in [
        "Jane Roe and John Poe met voters. Roe and Poe said they would win.",
        "Hillary Clinton and Bernie Sanders said they would debate again.",
        // Each with a title or a role before the name.
        "Jane Roe spoke. Later, Roe and Texas Sen. Ted Cruz said they would debate again.",
        "Democratic candidates Hillary Clinton and Bernie Sanders said they would debate again.",
        // Two governments.
        "Britain and France said they would debate again.",
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        let actor = said.actor.as_ref().expect("an actor");
        assert_eq!(
            (actor.kind, actor.count),
            (ActorKind::Anonymous, Some(2)),
            "{text}"
        );
    }
    // A firm named so stays one.
    let (f, _) = run("Procter and Gamble said sales rose.");
    assert_eq!(
        f[0].actor.as_ref().expect("an actor").kind,
        ActorKind::Organization
    );
}
