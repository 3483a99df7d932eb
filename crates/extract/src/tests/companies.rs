//! Regression tests for companies and governments as sources: a firm's name however it
//! is written ("Chrysler Corp", "Chrysler", "International Paper"), a country speaking for
//! its government, and the people named with a firm's or an institution's words before
//! them ("Bank of Japan Governor Satoshi Sumita").

use super::*;

/// Asserts the kind of actor the first attribution of each text resolves to.
fn assert_kinds(cases: &[(&str, ActorKind)]) {
    for &(text, kind) in cases {
        assert_eq!(kind_of_first(text), kind, "{text}");
    }
}

/// The kind and name of the actor the first attribution of `text` resolves to.
fn first_actor(text: &str) -> (ActorKind, String) {
    let (f, _) = run(text);
    let actor = f
        .first()
        .and_then(|a| a.actor.as_ref())
        .unwrap_or_else(|| panic!("no actor in {text:?}"));
    (actor.kind, actor.name.clone())
}

/// The kind of actor the first attribution of `text` resolves to.
fn kind_of_first(text: &str) -> ActorKind {
    let (f, _) = run(text);
    f.first()
        .and_then(|a| a.actor.as_ref())
        .unwrap_or_else(|| panic!("no actor in {text:?}"))
        .kind
}

#[test]
fn a_firm_is_one_actor_with_or_without_its_legal_form() {
    let with_form = actor_iris_of("Chrysler Corp said it would cut output.");
    let later = actor_iris_of("Texaco Inc said it sued. Texaco said the ruling was unfair.");
    let bare = actor_iris_of("<Chrysler Corp> cut output. Chrysler said demand was weak.");
    assert_eq!(with_form, ["https://w3id.org/claimgraph/id/org/chrysler"]);
    assert_eq!(bare, with_form);
    assert_eq!(later, ["https://w3id.org/claimgraph/id/org/texaco"; 2]);
    // "and Co" goes with its form; a name that is only a form stays whole.
    assert_eq!(
        actor_iris_of("Morgan Stanley and Co said it agreed."),
        ["https://w3id.org/claimgraph/id/org/morgan-stanley"]
    );
    // A name of two words, too ("Merrill Lynch and Co Inc").
    let (f, _) =
        run("Merrill Lynch and Co Inc raised its stake. Merrill Lynch said the deal was done.");
    assert_eq!(actor_of(&f, "Merrill Lynch").kind, ActorKind::Organization);
    // One word the text never writes with a legal form is still a surname.
    let (f, _) = run("Texaco said it would appeal. Smith said the case was weak.");
    assert_eq!(actor_of(&f, "Smith").kind, ActorKind::Person);
}

#[test]
fn the_legal_forms_of_other_countries_make_a_firm() {
    let org = |slug: &str| format!("https://w3id.org/claimgraph/id/org/{slug}");
    for (text, slug) in [
        ("Hoechst AG said it would raise prices.", "hoechst"),
        ("Philips NV said it would cut jobs.", "philips"),
        ("Volvo AB said sales rose.", "volvo"),
        ("Olivetti SpA said it signed the deal.", "olivetti"),
        (
            "Broken Hill Pty said it would sell the mine.",
            "broken-hill",
        ),
        // The slash of a Nordic form does not leave an "S" to stand as the source.
        ("Novo Industri A/S said earnings fell.", "novo-industri"),
    ] {
        assert_eq!(actor_iris_of(text), [org(slug)], "{text}");
    }
    // A given name that is also a form's letters stays a person's.
    assert_eq!(
        kind_of_first("Asa Khalif said the march would go on."),
        ActorKind::Person
    );
}

#[test]
fn a_word_that_heads_organisations_opening_a_name_is_part_of_it() {
    for (text, name) in [
        (
            "International Paper said it raised prices.",
            "International Paper",
        ),
        ("Bank Negara said it took up the issue.", "Bank Negara"),
    ] {
        assert_eq!(
            first_actor(text),
            (ActorKind::Organization, name.to_owned())
        );
    }
}

#[test]
fn a_titled_name_after_an_institution_with_prepositions_is_a_person() {
    for (text, name) in [
        (
            "Bank of Japan Governor Satoshi Sumita said rates were low.",
            "Satoshi Sumita",
        ),
        (
            "Centers for Disease Control Director Jane Roe said cases fell.",
            "Jane Roe",
        ),
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_eq!((actor.kind, actor.name.as_str()), (ActorKind::Person, name));
    }
    // Someone described by the titled person, or two people, are not that person.
    for text in [
        "A former backer of Sen. Jane Roe said the race was close.",
        "Mr. Smith and Sen. Jane Roe said the race was close.",
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_ne!(actor.name, "Jane Roe", "{text}");
    }
}

#[test]
fn countries_news_agencies_and_trades_are_no_people() {
    assert_kinds(&[
        (
            "Ecuador said it would suspend oil exports.",
            ActorKind::Organization,
        ),
        ("Zambia said it would pay.", ActorKind::Organization),
        ("Tass said the talks had ended.", ActorKind::Outlet),
        ("Tanjug said the talks had ended.", ActorKind::Outlet),
        ("Brokers said volume rose.", ActorKind::Anonymous),
        ("Investors said volume rose.", ActorKind::Anonymous),
    ]);
}

#[test]
fn a_country_is_a_surname_only_after_a_given_name() {
    // A headline's capitals joined the country to "AND".
    let (f, _) = run("U.S. AND JAPAN AGREE ON TRADE\n\nJapan said it would buy more chips.");
    let actor = actor_of(&f, "Japan");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "Japan")
    );
    let (f, _) = run("Rep. Steve Israel spoke first. Israel said the vote would be close.");
    let actor = actor_of(&f, "Israel");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Person, "Steve Israel")
    );
}

#[test]
fn the_bank_is_the_bank_of_that_kind_named_last_or_one_the_article_does_not_name() {
    let (f, _) = run(
        "The Bank of England said it provided help. Rates at the Bank of France fell, dealers \
         said. The Bank said it would act again.",
    );
    let last = f.last().expect("attributions");
    assert_eq!(
        last.actor.as_ref().expect("an actor").name,
        "Bank of France"
    );
    let (f, _) =
        run("The Central Bank of Brazil raised rates. The Central Bank said it would act.");
    assert_eq!(
        actor_of(&f, "The Central Bank").name,
        "Central Bank of Brazil"
    );
    // Named nowhere: this article's, not a "Central Bank" shared by every country.
    for text in [
        "The Central Bank said rates would rise.",
        "The Bank said rates would rise.",
    ] {
        assert_eq!(kind_of_first(text), ActorKind::Anonymous, "{text}");
    }
    // One body of its name stays that body.
    assert_eq!(
        kind_of_first("The State Department said the embassy would stay open."),
        ActorKind::Organization
    );
}

#[test]
fn a_country_written_several_ways_is_one_government() {
    let iris = actor_iris_of(
        "The U.S. said it would act. The United States said so again. US said so. The UK said no. \
         Britain said no again.",
    );
    let us = "https://w3id.org/claimgraph/id/org/united-states";
    let uk = "https://w3id.org/claimgraph/id/org/britain";
    assert_eq!(iris, [us, us, us, uk, uk]);
}

#[test]
fn bodies_named_after_their_country_are_organisations() {
    assert_eq!(
        kind_of_first("The rate rose 0.2 pct in January, Statistics Canada said."),
        ActorKind::Organization
    );
    // A headline's capitals over a story are no source: the story's lead names the body.
    let (f, _) =
        run("USDA REPORTS CORN SOLD\n\nThe U.S. Agriculture Department said exporters sold corn.");
    assert_eq!(f.len(), 1);
    assert_eq!(
        actor_of(&f, "The U.S. Agriculture Department").kind,
        ActorKind::Organization
    );
    // A headline's plural of people is no body ("U.S. Officials Say").
    assert_eq!(
        kind_of_first("U.S. Officials said the talks had failed."),
        ActorKind::Anonymous
    );
}

#[test]
fn a_word_in_parentheses_inside_a_company_name_keeps_the_name_whole() {
    let text = "Industrial Equity (Pacific) Ltd, a Hong Kong firm, said it raised its stake.";
    let expected = (ActorKind::Organization, "Industrial Equity Ltd".to_owned());
    assert_eq!(first_actor(text), expected);
}

#[test]
fn a_firm_written_as_a_name_is_a_firm() {
    assert_kinds(&[
        (
            "GenCorp said it would sell the unit.",
            ActorKind::Organization,
        ),
        (
            "Merrill Lynch Capital Markets said the issue was priced.",
            ActorKind::Organization,
        ),
        // A kind of body alone is the one the story names, else one it does not.
        ("Company said it would sell the unit.", ActorKind::Anonymous),
        // Surnames that look like trades or firms stay people's.
        ("Danielle Steel said the book was done.", ActorKind::Person),
        ("Dana Milbank said the book was done.", ActorKind::Person),
    ]);
}

#[test]
fn a_one_word_name_that_speaks_of_itself_as_it_is_a_firm() {
    let (f, _) = run(
        "Acmetron said the order was firm. Later Acmetron said it signed a deal with the airline.",
    );
    for a in &f {
        assert_eq!(
            a.actor.as_ref().expect("an actor").kind,
            ActorKind::Organization
        );
    }
    assert_eq!(
        kind_of_first("Acmetron said its profits rose."),
        ActorKind::Organization
    );
    // "It is", "it was" open what anyone says.
    assert_eq!(
        kind_of_first("Roe said it was time to act."),
        ActorKind::Person
    );
}

#[test]
fn plurals_of_people_and_bodies_and_months_are_no_names() {
    assert_kinds(&[
        ("Banks said rates would rise.", ActorKind::Anonymous),
        ("Businessmen said rates would rise.", ActorKind::Anonymous),
        ("Associates say he will run again.", ActorKind::Anonymous),
        (
            "General Partners said it would buy the shares.",
            ActorKind::Organization,
        ),
        (
            "The Treasury said rates would rise.",
            ActorKind::Organization,
        ),
    ]);
    // A plural that is someone's surname stays theirs.
    let (f, _) = run("Tyra Banks said so. Banks said more.");
    assert_eq!(actor_of(&f, "Banks").name, "Tyra Banks");
}

#[test]
fn a_day_a_word_for_a_story_or_an_indefinite_pronoun_names_no_one() {
    for text in [
        "A court document filed Thursday says that the manager will not be prosecuted.",
        "Report: the governor will speak at the convention.",
        "Someone called it a quiet revolution.",
    ] {
        assert_eq!(kind_of_first(text), ActorKind::Anonymous, "{text}");
    }
    // A month that is a name too stays one.
    assert_eq!(kind_of_first("June said she would go."), ActorKind::Person);
    // "he" after such a phrase is the person named before it, not the day.
    let (f, _) = run(
        "John Roe said the case was open. A court document filed Thursday says the case is \
         closed. He said nothing more.",
    );
    assert_eq!(actor_of(&f, "He").name, "John Roe");
}

#[test]
fn a_candidates_campaign_is_one_actor_however_written() {
    let iris = actor_iris_of(
        "The Jane Roe campaign said the ad would run. Mrs. Roe's campaign said so again. The \
         Roe camp said nothing more. The Human Rights Campaign said it objected.",
    );
    let roe = "https://w3id.org/claimgraph/id/org/roe-campaign";
    assert_eq!(
        iris,
        [
            roe,
            roe,
            roe,
            "https://w3id.org/claimgraph/id/org/human-rights-campaign"
        ]
    );
}

#[test]
fn a_website_speaks_as_an_outlet() {
    for (text, name) in [
        ("FactCheck.org said the claim was false.", "FactCheck.org"),
        ("Politico.com reported that the bill failed.", "Politico"),
        ("DailyMail.com said so.", "Daily Mail"),
    ] {
        assert_eq!(
            first_actor(text),
            (ActorKind::Outlet, name.to_owned()),
            "{text}"
        );
    }
}

#[test]
fn a_firm_of_two_words_ending_in_a_trade_and_a_broadcaster_are_no_people() {
    assert_kinds(&[
        (
            "British Airways said it would buy the jets.",
            ActorKind::Organization,
        ),
        (
            "Warburg Securities said the shares were cheap.",
            ActorKind::Organization,
        ),
        ("Tandy Brands said sales rose.", ActorKind::Organization),
        (
            "Elders Raw Materials said it would bid.",
            ActorKind::Organization,
        ),
        ("Tehran Radio said the talks had failed.", ActorKind::Outlet),
        (
            "Radio Free Europe reported that the talks failed.",
            ActorKind::Outlet,
        ),
    ]);
}

#[test]
fn an_acronym_the_text_spells_out_is_the_body_it_stands_for() {
    let iris = actor_iris_of(
        "The Commodity Credit Corporation (CCC) bought wheat. CCC said the sale was done. The \
         World Bank and the International Monetary Fund (IMF) met. The IMF said so.",
    );
    let id = "https://w3id.org/claimgraph/id/org/";
    assert_eq!(
        iris,
        [
            // (Its legal form is no part of its IRI: `resolve::identity_name`.)
            format!("{id}commodity-credit"),
            format!("{id}international-monetary-fund")
        ]
    );
    // Initials in commas after the body's name, as others write them in parentheses.
    assert_eq!(
        first_actor(
            "The Organisation for Economic Cooperation and Development, OECD, said growth \
             would slow."
        ),
        (
            ActorKind::Organization,
            "Organisation for Economic Cooperation and Development".to_owned()
        )
    );
    // Spelled out nowhere, it stays the acronym.
    assert_eq!(
        first_actor("NATO said the talks would go on."),
        (ActorKind::Organization, "NATO".to_owned())
    );
}

#[test]
fn initials_stand_for_the_body_the_article_wrote_in_full_before_them() {
    let org = |slug: &str| format!("https://w3id.org/claimgraph/id/org/{slug}");
    assert_eq!(
        actor_iris_of(
            "Standard and Poor's Corp said it cut the rating. S and P said the outlook was \
             negative."
        ),
        [org("standard-and-poors"), org("standard-and-poors")]
    );
    // The wire's "S/P" is the same initials, one word.
    assert_eq!(
        actor_iris_of(
            "Standard and Poor's Corp said it cut the rating. S/P said the outlook was \
             negative."
        ),
        [org("standard-and-poors"), org("standard-and-poors")]
    );
    assert_eq!(
        actor_iris_of(
            "The Securities and Exchange Commission's staff said it would study the case. \
             The SEC said a ruling was due."
        )
        .last()
        .map(String::as_str),
        Some(org("securities-and-exchange-commission").as_str())
    );
    // Not a person's initials, nor a body the article never spells out.
    let iris = actor_iris_of("Martin T. Sosnoff said he would bid. MTS said the offer stood.");
    assert_eq!(iris.last().map(String::as_str), Some(org("mts").as_str()));
    assert_eq!(
        actor_iris_of("The OECD said growth would slow."),
        [org("oecd")]
    );
}

#[test]
fn a_firms_short_name_in_the_possessive_is_the_firm_it_opens() {
    let org = |slug: &str| format!("https://w3id.org/claimgraph/id/org/{slug}");
    assert_eq!(
        actor_iris_of(
            "Moody's Investors Service Inc said it cut the rating. Moody's said the outlook \
             was negative."
        ),
        [
            org("moodys-investors-service"),
            org("moodys-investors-service")
        ]
    );
    // A country is no firm's first word.
    assert_eq!(
        actor_iris_of("Japan Air Lines Co said fares would rise. Japan said it would cut tariffs."),
        [org("japan-air-lines"), org("japan")]
    );
}

#[test]
fn a_ministry_named_by_its_portfolio_alone_is_the_filing_countrys() {
    let org = |slug: &str| format!("https://w3id.org/claimgraph/id/org/{slug}");
    let iris = |text: &str, dateline: Option<&str>| {
        let meta = Meta {
            dateline: dateline.map(str::to_owned),
            ..Meta::default()
        };
        actor_iris_in(&Document::new("t", text, meta))
    };
    // The dateline in the text, or kept apart (Reuters-21578).
    assert_eq!(
        iris(
            "TOKYO, March 3 - The Finance Ministry said it would act.",
            None
        ),
        [org("japans-finance-ministry")]
    );
    assert_eq!(
        iris("The Finance Ministry said it would act.", Some("PARIS")),
        [org("frances-finance-ministry")]
    );
    // One the story names in full comes first; with no known place, none of any country.
    assert_eq!(
        iris(
            "The Mexican Finance Ministry said it would act. The Finance Ministry said more.",
            Some("LONDON")
        )[1],
        org("mexican-finance-ministry")
    );
    let (f, _) = run("WASHINGTON, March 3 - The Finance Ministry said it would act.");
    assert_eq!(
        f[0].actor.as_ref().map(|a| a.kind),
        Some(ActorKind::Anonymous)
    );
}

#[test]
fn a_department_of_one_portfolio_is_one_actor_however_it_is_written() {
    let one = actor_iris_of("The U.S. Department of Agriculture said exports rose.");
    assert_eq!(
        one,
        ["https://w3id.org/claimgraph/id/org/us-agriculture-department"]
    );
    assert_eq!(
        actor_iris_of("The U.S. Agriculture Department said exports rose."),
        one
    );
    // A longer portfolio is the body's own name.
    assert_eq!(
        actor_iris_of("The Ministry of International Trade and Industry said exports rose."),
        ["https://w3id.org/claimgraph/id/org/ministry-of-international-trade-and-industry"]
    );
}

#[test]
fn one_word_opening_a_body_credited_before_is_that_body() {
    let org = |slug: &str| format!("https://w3id.org/claimgraph/id/org/{slug}");
    assert_eq!(
        actor_iris_of(
            "Continental Bank of Canada said it would pay the notes. Continental said the \
             rate was fixed."
        ),
        [
            org("continental-bank-of-canada"),
            org("continental-bank-of-canada")
        ]
    );
    // Not a group of people named after someone, nor two sources joined.
    let iris = actor_iris_of(
        "Sanders and Clinton said they would debate. Sanders said he was ready to go on.",
    );
    assert_eq!(
        iris.last().map(String::as_str),
        Some("https://w3id.org/claimgraph/id/person/sanders")
    );
}

#[test]
fn an_appositive_naming_a_kind_of_company_makes_the_name_a_firms() {
    for (text, name) in [
        (
            "Cleaver Brooks, a subsidiary of Aqua Chem, said it plans to build a plant.",
            "Cleaver Brooks",
        ),
        (
            "General Tire, a subsidiary of GenCorp, said it was evaluating the sale.",
            "General Tire",
        ),
        (
            "AA Gage, a manufacturer of rotary indexers, said it won a contract.",
            "AA Gage",
        ),
    ] {
        assert_eq!(
            first_actor(text),
            (ActorKind::Organization, name.to_owned()),
            "{text}"
        );
    }
    // A person's job names a trade without being one: "a company spokesman", "a letter
    // carrier", "a policy maker".
    assert_kinds(&[
        (
            "Bob Smith, a company spokesman, said it plans to build a plant.",
            ActorKind::Person,
        ),
        (
            "Bob Mason, a retired letter carrier, said he liked the plan.",
            ActorKind::Person,
        ),
        (
            "Gene Roe, a longtime Democratic policy maker, said he liked the plan.",
            ActorKind::Person,
        ),
    ]);
}

#[test]
fn a_town_and_its_state_after_a_firm_are_its_aside() {
    // Wire style sets the firm's town and state off in commas: the source is the firm,
    // not the town.
    assert_one_source(
        "Elders Raw Materials, Darien, Ct., offered 0.6718 dlrs per lb.",
        "Elders Raw Materials, Darien, Ct.",
        ActorKind::Organization,
        Some("Elders Raw Materials"),
    );
}

#[test]
fn a_firm_named_by_its_aside_keeps_its_name_when_written_alone_again() {
    // "Leo" is a given name, but the article made it a firm first.
    let (f, _) =
        run("Leo, a subsidiary of Aqua Chem, said it would cut output. Leo said demand was weak.");
    let kinds: Vec<_> = f
        .iter()
        .map(|a| a.actor.as_ref().map(|x| (x.kind, x.name.as_str())))
        .collect();
    assert_eq!(
        kinds,
        [
            Some((ActorKind::Organization, "Leo")),
            Some((ActorKind::Organization, "Leo"))
        ]
    );
}
