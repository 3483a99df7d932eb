//! Regression tests for how a named actor's name is read: a name in capitals (a wire
//! headline) in the story's own casing, acronyms as organisations, titles and
//! institutions kept out of people's names, and headlines that capitalise every word.

use super::*;

#[test]
fn a_name_in_capitals_takes_the_casing_the_article_gives_it() {
    // The headline names them in capitals; the story writes them as they are written.
    let text = "CITICORP AND THE FED SAY RATES WILL RISE\nNEW YORK, March 3 - Citicorp said \
                rates would rise, and officials at the Fed agreed.";
    let (_, e) = run(text);
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Citicorp"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("CITICORP")), "{names:?}");
    // A name the story never writes otherwise: long words in title case, particles in
    // lower case, short ones (an acronym as often as not) as written.
    let (_, e) = run("FORSTMANN LITTLE AND CO SAYS IT HOLDS NINE PCT OF USX\n");
    let names: Vec<&str> = e.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Forstmann Little and CO"]);
}

#[test]
fn a_lone_word_in_capitals_is_an_organisation_where_the_story_writes_it_so() {
    assert_one_source(
        "IBM said profit fell.",
        "IBM",
        ActorKind::Organization,
        Some("IBM"),
    );
    assert_one_source(
        "The Fed said rates would rise.",
        "The Fed",
        ActorKind::Organization,
        None,
    );
    // In a headline every name is in capitals; the story's own are the sources.
    let (f, _) = run("USDA REPORTS CORN SALES\nCorn sales rose, the USDA said.");
    let kinds: Vec<ActorKind> = f.iter().map(|a| a.actor.as_ref().unwrap().kind).collect();
    assert_eq!(kinds, [ActorKind::Organization]);
    let (f, _) = run("REAGAN SAYS TAX PLAN IS DEAD\nPresident Reagan said the plan was dead.");
    let kinds: Vec<ActorKind> = f.iter().map(|a| a.actor.as_ref().unwrap().kind).collect();
    assert_eq!(kinds, [ActorKind::Person]);
}

#[test]
fn a_title_or_an_institution_before_a_name_is_no_part_of_it() {
    for (text, name) in [
        (
            "Agriculture Undersecretary Daniel Amstutz said the bill failed.",
            "Daniel Amstutz",
        ),
        (
            "Economist Ravi Batra said a depression would come.",
            "Ravi Batra",
        ),
        (
            "Australian Treasurer Paul Keating said the deficit fell.",
            "Paul Keating",
        ),
    ] {
        assert_eq!(run_one(text).actor.unwrap().name, name, "{text}");
    }
    // A surname alone is the name an institution's holder was given after "of".
    let (f, _) = run(
        "Chancellor of the Exchequer Nigel Lawson spoke on Monday. Lawson said rates would fall.",
    );
    assert_eq!(
        by_cue(&f, "said").actor.as_ref().unwrap().name,
        "Nigel Lawson"
    );
}

#[test]
fn a_headline_capitalising_every_word_names_no_one_by_its_run() {
    let text = "More Offensive Things Donald Trump Has Said About Latinos\n\nDonald Trump spoke \
                on Monday. Trump said the wall would be built.";
    let (f, e) = run(text);
    assert_eq!(
        by_cue(&f, "said").actor.as_ref().unwrap().name,
        "Donald Trump"
    );
    assert!(
        e.actors.iter().all(|a| !a.name.contains("Offensive")),
        "{:?}",
        e.actors
    );
}

#[test]
fn a_question_or_an_infinitive_opening_a_sentence_is_no_part_of_a_name() {
    for text in [
        "Does Marco Rubio have a chance? Rubio said he did.",
        "To Steve Sexton, the rally was a show. Sexton said it was loud.",
        "Marco Rubio's campaign was over. Rubio said he was proud.",
    ] {
        let (f, _) = run(text);
        let name = &by_cue(&f, "said").actor.as_ref().unwrap().name;
        assert!(
            ["Marco Rubio", "Steve Sexton"].contains(&name.as_str()),
            "{text}: {name}"
        );
    }
}

#[test]
fn a_peoples_adjective_alone_is_no_person() {
    assert_one_source(
        "American said it would cut flights.",
        "American",
        ActorKind::Organization,
        None,
    );
    // Nor is it a name for a pronoun to stand for.
    let a = run_one("West German officials met on Monday. He said rates would fall.");
    assert_ne!(a.actor.unwrap().kind, ActorKind::Person);
}

#[test]
fn a_name_opening_an_organisations_name_credited_before_is_that_organisation() {
    let (f, _) = run("Morgan Stanley and Co, the underwriter, said the offer was priced. Morgan Stanley said each share may be converted.");
    for a in &f {
        let actor = a.actor.as_ref().expect("resolved");
        assert_eq!(
            (actor.kind, actor.name.as_str()),
            (ActorKind::Organization, "Morgan Stanley and Co"),
            "{:?}",
            a.source
        );
    }
    assert_eq!(f.len(), 2);
}

#[test]
fn a_surname_that_reads_as_a_people_or_a_country_is_the_person_named_before() {
    // "Cuban" is a demonym and "Israel" a country, but after the full name each is
    // the person's surname.
    assert_all_credited_to(
        "The investor Mark Cuban said the race was open. Cuban also said he would not run.",
        "Mark Cuban",
    );
    assert_all_credited_to(
        "Rep. Steve Israel said the caucus was united. “We are ready,” Israel said.",
        "Steve Israel",
    );
}

#[test]
fn a_given_name_and_a_surname_of_a_firm_are_a_person() {
    assert_one_source(
        "Bill Sullivan of Dean Witter Reynolds Inc. said the market would rise.",
        "Bill Sullivan of Dean Witter Reynolds Inc.",
        ActorKind::Person,
        Some("Bill Sullivan"),
    );
}

/// The name of the actor each attribution of `text` resolves to, in text order.
fn actor_names(text: &str) -> Vec<String> {
    let (f, _) = run(text);
    f.iter()
        .map(|a| a.actor.as_ref().map_or(String::new(), |x| x.name.clone()))
        .collect()
}

#[test]
fn a_persons_name_in_the_possessive_is_the_name() {
    // PolNeAR's sources are possessives before noun cues; the actor is the person.
    assert_eq!(
        actor_names("Hillary Clinton’s claim that the plan is dead was false."),
        ["Hillary Clinton"]
    );
    let names = actor_names("He answered Jeb Bush's calling him a jerk.");
    assert_eq!(names.last().map(String::as_str), Some("Jeb Bush"));
    // A firm's name keeps its mark.
    let iris = actor_iris_of("Standard and Poor's said it cut the rating.");
    assert_eq!(
        iris,
        ["https://w3id.org/claimgraph/id/org/standard-and-poors"]
    );
}

#[test]
fn titles_without_a_period_and_titles_in_an_appositive_stay_out_of_the_name() {
    assert_eq!(
        actor_names(
            "Mr Farage said Britain should leave. Dr Joseph Latino said the drug \
             worked. Vice-Premier Yao Yilin said growth would slow."
        ),
        ["Farage", "Joseph Latino", "Yao Yilin"]
    );
    assert_eq!(
        actor_names(
            "Another Clinton ally, Agriculture Secretary Tom Vilsack, said farmers would \
             gain. His predecessor, Sen. Zorinsky, said the bill was bad."
        ),
        ["Tom Vilsack", "Zorinsky"]
    );
    // "A Hoechst spokesman" is no person named "A Hoechst" for "Hoechst said" to be.
    let names = actor_names(
        "A Hoechst spokesman said a joint venture was likely. Hoechst said it would go ahead.",
    );
    assert_eq!(names.last().map(String::as_str), Some("Hoechst"));
}

#[test]
fn a_surname_opening_with_a_particle_is_the_full_name_used_before() {
    assert_eq!(
        actor_names(
            "Finance Minister Barend du Plessis said the rand would rise. Du Plessis said \
             growth was slow."
        ),
        ["Barend du Plessis", "Barend du Plessis"]
    );
    assert_eq!(
        actor_names(
            "Belgian minister Willy de Clercq said talks went well. De Clercq said more \
             were due."
        ),
        ["Willy de Clercq", "Willy de Clercq"]
    );
    // The particles join a name only inside it: "de" alone is no surname.
    assert_eq!(
        actor_names("Ned Price said talks went on. Price said they would end."),
        ["Ned Price", "Ned Price"]
    );
}

#[test]
fn a_middle_initial_is_no_part_of_a_persons_iri() {
    let person = |slug: &str| format!("https://w3id.org/claimgraph/id/person/{slug}");
    assert_eq!(
        actor_iris_of("Donald J. Trump said the wall would rise."),
        [person("donald-trump")]
    );
    assert_eq!(
        actor_iris_of("Donald Trump said the wall would rise."),
        [person("donald-trump")]
    );
    // The name keeps it; a leading initial and a middle name stay in the IRI.
    assert_eq!(
        actor_names("Paul D. Ryan said the bill would pass."),
        ["Paul D. Ryan"]
    );
    assert_eq!(
        actor_iris_of("J. Hugh Liedtke said Pennzoil would appeal."),
        [person("j-hugh-liedtke")]
    );
    assert_eq!(
        actor_iris_of("Hillary Rodham Clinton said the plan would work."),
        [person("hillary-rodham-clinton")]
    );
    // A knighthood is no part of it either; a peerage is.
    assert_eq!(
        actor_iris_of("Sir Roy Denman said talks would resume."),
        [person("roy-denman")]
    );
    assert_eq!(
        actor_iris_of("Lord Young said talks would resume."),
        [person("lord-young")]
    );
}

#[test]
fn a_word_of_a_titled_name_before_its_last_is_that_name() {
    // Chinese and Korean names put the surname first; the story then writes it alone.
    assert_eq!(
        actor_names("Chinese Premier Zhao Ziyang met the envoy. Zhao said talks went well."),
        ["Zhao Ziyang"]
    );
    assert_eq!(
        actor_names("Foreign Minister Kim Mahn-je arrived. Kim told reporters the talks failed."),
        ["Kim Mahn-je"]
    );
    // A Spanish name's first surname, and a surname before "Jr".
    assert_eq!(
        actor_names(
            "Bolivia's plan will pass, central bank governor Javier Nogales Iturri said. \
             Nogales said banks backed it."
        ),
        ["Javier Nogales Iturri", "Javier Nogales Iturri"]
    );
    assert_eq!(
        actor_names("Sen. Joseph Biden Jr. spoke first. Biden said the bill was weak."),
        ["Joseph Biden Jr."]
    );
    // A given name alone after the full name is that person.
    assert_eq!(
        actor_names("Secretary of State Hillary Clinton spoke. Hillary said she would run."),
        ["Hillary Clinton"]
    );
    // A firm's name the word opens is no person's full name.
    assert_eq!(
        actor_names(
            "Investment firm Harris Associates LP bought shares. Harris said it may buy more."
        ),
        ["Harris"]
    );
}

#[test]
fn will_before_a_name_is_a_given_name_unless_it_asks() {
    for (text, source) in [
        ("Will Smith said the deal is dead.", "Will Smith"),
        ("The deal is dead, said Will Hurd.", "Will Hurd"),
        // The auxiliary opening a question is no part of the name.
        ("Will Trump say the deal is dead?", "Trump"),
    ] {
        let (f, _) = run(text);
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn armed_groups_capitalised_at_the_start_of_a_sentence_are_no_names() {
    for (text, source) in [
        ("Militants said the city had fallen.", "Militants"),
        ("Fighters said the city had fallen.", "Fighters"),
        (
            "Communist rebels said the city had fallen.",
            "Communist rebels",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
    assert_one_source(
        "Sanders said the city had fallen.",
        "Sanders",
        ActorKind::Person,
        Some("Sanders"),
    );
}
