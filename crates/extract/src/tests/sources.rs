//! Regression tests for sources: where a source phrase starts and ends (appositives,
//! relative clauses, dashes, adverbs, coordinated verbs) and the actors they resolve to;
//! what kind of source a phrase names is in `source_kinds.rs`, sources after an inverted
//! cue in `inverted.rs`.

use super::*;

#[test]
fn appositive_subject_with_a_relative_clause() {
    let (f, _) = run("Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John Kasich.");
    let main = f
        .iter()
        .find(|a| a.source.as_deref() != Some("who"))
        .expect("main attribution");
    assert_eq!(
        main.source.as_deref(),
        Some("Barkley, who said he typically votes democratic")
    );
    assert_eq!(
        main.content,
        ["one candidate he likes so far is Ohio Governor John Kasich"]
    );
}

#[test]
fn a_long_relative_clause_or_aside_in_dashes_still_leaves_the_name_the_subject() {
    // Asides of 13 to 20 tokens between the name and its cue, as news writing has them.
    for (text, source) in [
        (
            "Sanders, whose coalition includes young people and independents who rarely vote in primaries, said closed primaries deny many of them a say.",
            "Sanders, whose coalition includes young people and independents who rarely vote in primaries",
        ),
        (
            "The justice -- who has been involved in a public scuffle with the nominee over the past few days -- said she regretted her remarks.",
            "The justice -- who has been involved in a public scuffle with the nominee over the past few days",
        ),
    ] {
        let (f, _) = run(text);
        let main = f
            .iter()
            .find(|a| a.cue == "said")
            .unwrap_or_else(|| panic!("no attribution on said: {text}"));
        assert_eq!(main.source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn role_then_name_bare_plurals_and_clauses_after_the_cue() {
    let source_of = |text: &str| {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        (f[0].source.clone().unwrap(), f[0].content.clone())
    };
    assert_eq!(
        source_of(
            "“It is worth a look,” the White House spokesman, Josh Earnest, said on Thursday."
        )
        .0,
        "the White House spokesman, Josh Earnest"
    );
    assert_eq!(
        source_of("The tool helps in a crisis, a spokeswoman, Anna White, said on Saturday."),
        (
            "a spokeswoman, Anna White".to_owned(),
            vec!["The tool helps in a crisis".to_owned()]
        )
    );
    assert_eq!(
        source_of("His stance hurt him among voters, political experts said.").0,
        "political experts"
    );
    // "there" and a verb after the cue open the reported clause; neither is an adverbial
    // nor the verb of "report says".
    assert_eq!(source_of("He said there is a war.").1, ["there is a war"]);
    assert_eq!(
        source_of("He said tweets were sent.").1,
        ["tweets were sent"]
    );
    // A single mark closing inside a double one: '''.
    assert_eq!(
        source_of("''We hear, 'Kosovo is a special case,''' Mr. Putin said.").1,
        ["''We hear, 'Kosovo is a special case,'''"]
    );
}

#[test]
fn sources_set_off_by_dashes_possessives_bare_nouns_and_quotes_closed_before() {
    let one = |text: &str| {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        let a = &f[0];
        (
            a.source.clone().unwrap(),
            a.content.clone(),
            a.actor.as_ref().map(|x| x.name.clone()),
        )
    };
    assert_eq!(
        one("Three were arrested in the lobby, police said.").0,
        "police"
    );
    // A time before the cue says when, not who.
    let (f, _) = run("A few minutes later said the vote was over.");
    assert!(f.iter().all(|a| a.source.is_none()), "{:?}", f[0].source);
    let (source, _, actor) = one("Jason Sims — a teacher from Ohio — says he voted early.");
    assert_eq!(source, "Jason Sims — a teacher from Ohio");
    assert_eq!(actor.as_deref(), Some("Jason Sims"));
    let (source, content, _) = one("Bernie Sanders’ campaign says it raised $21 million.");
    assert_eq!(source, "Bernie Sanders’ campaign");
    assert_eq!(content, ["it raised $21 million"]);
    // A quote whose own stop ends the sentence, then the source in the next.
    assert_eq!(
        one("“I hope you find the emails that are missing.” Trump said.").1,
        ["“I hope you find the emails that are missing.”"]
    );
    // A subject pronoun after an adverb makes a clause, not an adverbial.
    assert_eq!(
        one("He says tonight he’s a step closer.").1,
        ["tonight he’s a step closer"]
    );
}

#[test]
fn parentheses_after_names_coordinated_pronouns_and_questions_put_when_asked() {
    let (f, _) = run("At a rally, Sen. Marco Rubio (R-Fla.) said Trump is unelectable.");
    assert_eq!(f[0].source.as_deref(), Some("Sen. Marco Rubio (R-Fla.)"));
    let (f, _) = run("Mr. Trump, however, said he was the perfect messenger.");
    assert_eq!(f[0].source.as_deref(), Some("Mr. Trump"));
    // After a colon the words before a quote are the reporter's framing.
    let (f, _) = run("He ticked through the code: “Civility was assumed,” he said.");
    let said = by_cue(&f, "said");
    assert_eq!(said.content, ["“Civility was assumed,”"]);
    let (f, _) = run("She declared “What a night!” and said that her campaign would go on.");
    let said = by_cue(&f, "said");
    assert_eq!(said.source.as_deref(), Some("She"));
    assert_eq!(said.content, ["that her campaign would go on"]);
    let (f, _) = run("“You bet,” Christie said when asked whether he would act.");
    let asked = by_cue(&f, "asked");
    assert_eq!(asked.source, None);
    assert_eq!(asked.content, ["whether he would act"]);
    let (f, _) = run("Sanders was asked to name a single decision.");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].cue.as_str(), f[0].source.as_deref()),
        ("was asked", None)
    );
    assert_eq!(f[0].content, ["to name a single decision"]);
    // The asker ends where the question starts, whichever word opens it.
    for (text, source, content) in [
        (
            "He was asked by reporters whether he would run.",
            "reporters",
            "whether he would run",
        ),
        (
            "He was asked by the moderator why he quit.",
            "the moderator",
            "why he quit",
        ),
        (
            "She was asked by voters how she would pay.",
            "voters",
            "how she would pay",
        ),
    ] {
        let (f, _) = run(text);
        let asked = by_cue(&f, "was asked");
        assert_eq!(
            (asked.source.as_deref(), asked.content.as_slice()),
            (Some(source), [content.to_owned()].as_slice()),
            "{text}"
        );
    }
    // "When asked by X whether…": the asker named; "When asked whom…": no one named.
    let (f, _) = run("When asked by a reporter whether the plan had failed, Ortiz said no.");
    let asked = by_cue(&f, "asked");
    assert_eq!(asked.source.as_deref(), Some("a reporter"));
    assert_eq!(asked.content, ["whether the plan had failed"]);
    for text in [
        "When asked whom she supported, Ms. Ortiz smiled and said she was waiting.",
        "Whenever asked whom she supported, Ms. Ortiz smiled and said she was waiting.",
    ] {
        let (f, _) = run(text);
        let asked = by_cue(&f, "asked");
        assert_eq!(
            (asked.source.as_deref(), asked.content.as_slice()),
            (None, ["whom she supported".to_owned()].as_slice()),
            "{text}"
        );
    }
}

#[test]
fn nouns_in_ly_stay_in_the_source_and_appositives_in_coordinated_subjects() {
    // "rally" is no adverb in "-ly" that would end the source phrase.
    let (f, _) = run("The organizer of the rally said the rules increased the chance of violence.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("The organizer of the rally"));
    let (f, _) = run(
        "Brian Fallon, a spokesman for the campaign, called the remark unfair and said he had reached a new low.",
    );
    let said = by_cue(&f, "said");
    assert_eq!(
        said.source.as_deref(),
        Some("Brian Fallon, a spokesman for the campaign")
    );
    assert_eq!(said.content, ["he had reached a new low"]);
}

#[test]
fn a_time_opening_the_sentence_discusses_nothing() {
    for (text, speaker) in [
        ("Friday, while discussing a controversial tweet, the governor said the images had no place in a campaign.", "the governor"),
        ("Tuesday on a morning radio show, while discussing a controversial tweet from the presumptive nominee featuring an image of his rival, the speaker said “such images have no place in a campaign.”", "the speaker"),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 2, "{text}: {:?}", f.iter().map(|a| &a.cue).collect::<Vec<_>>());
        // The participle is the main clause's subject's, not the time's.
        for cue in ["discussing", "said"] {
            let a = by_cue(&f, cue);
            assert_eq!(a.source.as_deref(), Some(speaker), "{text}");
            let actor = a.actor.as_ref().expect("an actor");
            assert_ne!(actor.kind, ActorKind::Person, "{text}: {}", actor.name);
        }
    }
}

#[test]
fn a_name_after_by_is_not_the_subject_its_appositive_ends() {
    // The name is the object of "by"; the subject of "says" is the report.
    let text =
        "The report, written by Jane Smith, a senior analyst at the bank, says growth will slow.";
    let (f, _) = run(text);
    assert_eq!(f.len(), 1, "{text}");
    let source = f[0].source.as_deref().unwrap_or_default();
    assert!(source.starts_with("The report"), "{text}: {source:?}");
    // What the report says is its author's (`what_someone_put_out_speaks_for_them`).
    let actor = f[0].actor.as_ref().expect(text);
    assert_eq!(actor.name, "Jane Smith", "{text}");
}

#[test]
fn a_party_and_state_after_a_name_describe_it() {
    let person = ActorKind::Person;
    assert_one_source(
        "Rep. Liz Cheney, R-Wyo., said the talks would resume.",
        "Rep. Liz Cheney, R-Wyo.",
        person,
        Some("Liz Cheney"),
    );
    // "Calif." is longer than the abbreviations a hyphenated word may end in.
    assert_one_source(
        "House Minority Leader Nancy Pelosi, D-Calif., said the bill would fail.",
        "House Minority Leader Nancy Pelosi, D-Calif.",
        person,
        Some("Nancy Pelosi"),
    );
    assert_one_source(
        "The bill would fail, said Sen. Bernie Sanders, I-Vt.",
        "Sen. Bernie Sanders, I-Vt.",
        person,
        Some("Bernie Sanders"),
    );
    // With an appositive after the tag, the name is still the subject.
    assert_one_source(
        "Rep. Ann Kuster, D-N.H., a longtime critic of the war, called the plan a mistake.",
        "Rep. Ann Kuster, D-N.H., a longtime critic of the war",
        person,
        Some("Ann Kuster"),
    );
}

#[test]
fn a_connective_before_a_name_with_its_appositive_leaves_the_name_the_subject() {
    assert_one_source(
        "Even Rendell, a stalwart Clinton supporter, said it would be easier to raise the gas tax.",
        "Rendell, a stalwart Clinton supporter",
        ActorKind::Person,
        Some("Rendell"),
    );
}

#[test]
fn a_name_before_a_colon_and_a_quote_in_running_text_is_the_source() {
    let (f, _) = run(
        "The numbers did not shock Republican pollster Daron Shaw: “Lesser-known candidates have seen the biggest boost.”",
    );
    let a = by_cue(&f, ":");
    assert_eq!(a.source.as_deref(), Some("Republican pollster Daron Shaw"));
    assert_eq!(a.actor.as_ref().unwrap().name, "Daron Shaw");
    // Where it was said is not who said it; a quote a verb credits keeps its speaker.
    let (f, _) = run("The campaign posted on Twitter: “The new email release is a disaster.”");
    assert!(
        f.iter().all(|a| a.cue != ":"),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    let (f, _) = run("Trump told the crowd: “We will win.”");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("Trump"));
}

#[test]
fn what_a_source_published_speaks_for_it_and_a_past_verb_ends_its_name() {
    // The cue is the whole act of publishing, as PolNeAR marks it.
    let a = run_one("McConnell released a statement saying the Senate would not act.");
    assert_eq!(a.cue, "released a statement saying");
    let a = run_one("Police received 911 calls saying shots were fired.");
    assert_eq!(a.cue, "saying");
    for (text, source, kind) in [
        (
            "McConnell released a statement saying the Senate would not act.",
            "McConnell",
            ActorKind::Person,
        ),
        (
            "The campaign put out a statement saying the Senate would not act.",
            "The campaign",
            ActorKind::Anonymous,
        ),
        // A text nobody published is its own source.
        (
            "Police received 911 calls saying shots were fired.",
            "911 calls",
            ActorKind::Anonymous,
        ),
        // "spoke" is a verb though it does not end in "-ed".
        (
            "The Vermont senator spoke at a rally, blasting the trade deal.",
            "The Vermont senator",
            ActorKind::Anonymous,
        ),
    ] {
        assert_one_source(text, source, kind, None);
    }
}

#[test]
fn a_dateline_opening_a_paragraph_is_no_subject() {
    for (text, source) in [
        (
            "A dark night\nCLEVELAND - Donald Trump painted a dire portrait of the nation, delivering an indictment of the elites.",
            "Donald Trump",
        ),
        (
            "Clinton hits Trump\nWashington (AFP) – Hillary Clinton took a swipe at Trump's stance on Brexit, saying that his comments do harm.",
            "Hillary Clinton",
        ),
        (
            "Mayor speaks\nDAYTON, Ohio (Reuters) - Mayor Jane Ortiz met victims on Thursday and said the city must act.",
            "Mayor Jane Ortiz",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Person, None);
    }
}

#[test]
fn a_name_with_a_relative_clause_opening_a_that_clause_is_the_source() {
    for (text, source) in [
        (
            "But Williams, who’s running to be an alternate, added that he, too, is on a mission.",
            "Williams, who’s running to be an alternate",
        ),
        (
            "It was years ago that Ann Ortiz, the mayor, said the plan was impossible.",
            "Ann Ortiz, the mayor",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Person, None);
    }
}

#[test]
fn a_coordinated_verb_belongs_to_the_subject_of_its_own_clause() {
    let (f, _) = run(
        "A few minutes later they reversed themselves, rushed everyone inside and said they will register voters.",
    );
    assert_eq!(by_cue(&f, "said").source.as_deref(), Some("they"));
    let (f, _) = run(
        "Union leaders have never trusted him, in part because he favored the new laws and criticized a minimum wage increase.",
    );
    assert_eq!(by_cue(&f, "criticized").source.as_deref(), Some("he"));
}

#[test]
fn a_participle_in_commas_between_a_name_and_its_cue_stays_with_the_name() {
    // The aside reports for her too ("noting the size of the list").
    let (f, _) =
        run("But Sen. Jane Ortiz (D-Ill.), noting the size of the list, said it would help.");
    let said = by_cue(&f, "said");
    assert_eq!(
        said.source.as_deref(),
        Some("Sen. Jane Ortiz (D-Ill.), noting the size of the list")
    );
    assert_eq!(
        by_cue(&f, "noting").source.as_deref(),
        Some("Sen. Jane Ortiz")
    );
    let (f, _) =
        run("The trouble began early, as Ana Ruiz, contradicting him, said the deal was off.");
    assert_eq!(
        by_cue(&f, "said").source.as_deref(),
        Some("Ana Ruiz, contradicting him")
    );
}

#[test]
fn a_conjunction_opening_the_sentence_and_a_possessive_after_an_outlet_told() {
    let (f, _) = run("But Ortiz said the mayor was not involved and said the council was.");
    let sources: Vec<_> = f.iter().map(|a| a.source.as_deref()).collect();
    assert_eq!(sources, [Some("Ortiz"), Some("Ortiz")]);
    let (f, _) = run("The director told the AP her group never worked with the firm.");
    let outlet = f
        .iter()
        .find(|a| a.via.is_none())
        .expect("the outlet's attribution");
    assert_eq!(outlet.source.as_deref(), Some("the AP"));
    assert_eq!(outlet.content, ["her group never worked with the firm"]);
}

#[test]
fn an_adverb_between_subject_and_cue_is_stepped_over() {
    for (text, source) in [
        (
            "After several skirmishes, Ortiz eventually dismissed the charges.",
            "Ortiz",
        ),
        (
            "He immediately blasted the mayor, who had spoken just before him.",
            "He",
        ),
        ("Ortiz has long said the deal was dead.", "Ortiz"),
        ("Ortiz soon said the deal was dead.", "Ortiz"),
        (
            "The union twice complained that the emblem was misused.",
            "The union",
        ),
        // A surname spelled like an adverb is still the name.
        ("Wendy Long said the deal was dead.", "Wendy Long"),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn an_aside_in_dashes_after_the_subject_and_an_adverbial_after_the_outlet_told() {
    for text in [
        "Democrats -- including Ortiz -- quickly accused the mayor of lying.",
        "Democrats — including Ortiz — quickly accused the mayor of lying.",
    ] {
        let a = run_one(text);
        assert!(
            a.source
                .as_deref()
                .is_some_and(|s| s.starts_with("Democrats")),
            "{text}"
        );
        assert_eq!(
            a.actor.as_ref().map(|x| x.kind),
            Some(ActorKind::Anonymous),
            "{text}"
        );
    }
    let (f, _) = run("Ortiz told the Post in an interview that the deal was dead.");
    let outlet = f
        .iter()
        .find(|a| a.via.is_none())
        .expect("the outlet's attribution");
    assert_eq!(outlet.source.as_deref(), Some("the Post"));
}

#[test]
fn a_verb_after_and_shares_a_subject_with_a_parenthesis_an_appositive_or_after_a_dash() {
    for (text, source) in [
        (
            "Gov. Jane Ortiz (D) blasted the council and said the city had set aside $2 million.",
            "Gov. Jane Ortiz (D)",
        ),
        (
            "The director, Ana Ruiz, told the AP her group never met him and said the firm acted alone.",
            "The director, Ana Ruiz",
        ),
        (
            "For that she drew the mayor's ire - he called her \"weak\" and said she had no support.",
            "he",
        ),
        (
            "Ortiz, who was speaking to the mayors, did not name the council but said it had failed.",
            "Ortiz, who was speaking to the mayors",
        ),
        (
            "Sanders’ campaign launched an ad buy and said it would seek a recount.",
            "Sanders’ campaign",
        ),
        (
            "Sen. Ana Ruiz (R), a sponsor of the bill, reversed herself and said it went too far.",
            "Sen. Ana Ruiz (R), a sponsor of the bill",
        ),
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        assert_eq!(said.source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_source_in_a_relative_clause_starts_after_its_pronoun() {
    let a =
        run_one("The scandal in the church that The Boston Globe decried began as a short column.");
    assert_eq!(a.source.as_deref(), Some("The Boston Globe"));
    assert_eq!(a.content, ["The scandal in the church that"]);
    let a =
        run_one("The cuts, which officials said will take effect in May, will not apply to all.");
    assert_eq!(a.source.as_deref(), Some("officials"));
    assert_eq!(a.content, ["which", "will take effect in May"]);
    // After a verb, "that" opens what was said.
    let a = run_one("Ortiz said that the Globe exposed the scandal.");
    assert_eq!(a.source.as_deref(), Some("Ortiz"));
}

#[test]
fn a_relative_clause_with_no_commas_stays_with_the_noun_it_describes() {
    let (f, _) = run("Voters who backed Mr. Obama in Ohio said the economy was weak.");
    let said = by_cue(&f, "said");
    assert_eq!(
        said.source.as_deref(),
        Some("Voters who backed Mr. Obama in Ohio")
    );
    assert_eq!(
        said.actor.as_ref().map(|a| a.kind),
        Some(ActorKind::Anonymous)
    );
    // People described by a participle are people, however long the description.
    assert_one_source(
        "Veterans interviewed at rallies in South Carolina said they had no problem with it.",
        "Veterans interviewed at rallies in South Carolina",
        ActorKind::Anonymous,
        None,
    );
}

#[test]
fn a_preposition_or_a_run_on_word_before_a_phrase_is_not_part_of_its_subject() {
    // The object of a preposition is no subject: "demands" is a noun here.
    let (f, _) = run("Talks have stalled for years over rebel demands to rewrite the charter.");
    assert!(
        f.iter().all(|a| a.cue != "demands"),
        "{:?}",
        f.iter().map(|a| (&a.source, &a.cue)).collect::<Vec<_>>()
    );
    // A count after "over" is still a subject, the adverb part of it.
    assert_one(
        "Over 100 officials said the plan failed.",
        Some("Over 100 officials"),
        "said",
        "the plan failed",
    );
    // A capitalised "The" after a lower-case word opens the phrase.
    assert_one_source(
        "for its part The Ministry of Health has announced new rules for clinics.",
        "The Ministry of Health",
        ActorKind::Organization,
        Some("Ministry of Health"),
    );
    // After a preposition it is a title's.
    assert_one(
        "The editors of The Monitor said the paper would close.",
        Some("The editors of The Monitor"),
        "said",
        "the paper would close",
    );
    // "As per the reports" credits the reports, and "reports" is no verb with "per" its
    // subject.
    let (f, _) = run("As per reports, the envoy is trying to save the talks.");
    assert_eq!(
        f.iter().map(|a| a.cue.as_str()).collect::<Vec<_>>(),
        ["As per"],
        "{:?}",
        f.iter().map(|a| (&a.source, &a.cue)).collect::<Vec<_>>()
    );
}

#[test]
fn a_time_phrase_run_into_the_subject_is_when_not_who() {
    for (text, source) in [
        (
            "Last week the Times reported that the plan failed.",
            "the Times",
        ),
        (
            "Earlier this month the agency said it would act.",
            "the agency",
        ),
        ("In 2015 the group said it would act.", "the group"),
        ("On Sunday morning Mr. Trump said he would go.", "Mr. Trump"),
        ("Today the president said he would sign.", "the president"),
        ("At the time the company said profits rose.", "the company"),
        // Names that start with a word of time keep it.
        (
            "The Sunday Express reported that the plan failed.",
            "The Sunday Express",
        ),
        ("Time Inc said profits rose.", "Time Inc"),
        (
            "May Department Stores Co said profits rose.",
            "May Department Stores Co",
        ),
        (
            "The 2013 FOIA reply said there were no records.",
            "The 2013 FOIA reply",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_sentence_adverbial_of_two_or_three_words_is_no_part_of_the_source() {
    for text in [
        "No wonder Trump said the poll was rigged.",
        "Of course Trump said the poll was rigged.",
        "After all Trump said the poll was rigged.",
        "For his part Trump said the poll was rigged.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f[0].source.as_deref(), Some("Trump"), "{text}");
    }
    let (f, _) = run("No one said the poll was rigged.");
    assert_eq!(f[0].source.as_deref(), Some("No one"));
}

#[test]
fn even_before_a_source_is_the_writers() {
    let (f, _) = run(
        "Most Americans say they do not trust her, even some allies questioned why the fund took the money.",
    );
    assert_eq!(by_cue(&f, "say").content, ["they do not trust her"]);
    assert_eq!(
        by_cue(&f, "questioned").source.as_deref(),
        Some("some allies")
    );
}
