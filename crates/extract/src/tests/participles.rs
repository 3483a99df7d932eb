//! Regression tests for verbs in "-ing": participles after a comma, after "and", after
//! the noun that reports or opening the sentence, and progressives ("is suggesting").

use super::*;

#[test]
fn a_participle_after_a_quote_keeps_the_quote_whole_and_reports_for_the_speaker() {
    let (f, _) = run(
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention.",
    );
    assert_eq!(
        f[0].content,
        ["things “should be wrapped up by Cleveland,”"]
    );
    let referring = by_cue(&f, "referring to");
    assert_eq!(referring.source.as_deref(), Some("Trump"));
    assert_eq!(referring.content, ["the party’s July convention"]);
}

#[test]
fn a_quote_ending_its_sentence_is_credited_past_a_participle_after_the_cue() {
    let a = run_one("“Will it ever end?” Ms. Ortiz said, gripping the podium with both hands.");
    assert_eq!(a.source.as_deref(), Some("Ms. Ortiz"));
    assert_eq!(a.content, ["“Will it ever end?”"]);
}

#[test]
fn a_progressive_is_the_clauses_verb_not_a_participle() {
    for (text, source, cue, content) in [
        (
            "But Ortiz is suggesting she beat expectations because she started far behind.",
            "Ortiz",
            "is suggesting",
            "she beat expectations because she started far behind",
        ),
        (
            "Mayor Jane Ortiz is telling customers at a diner that “I need you tomorrow.”",
            "Mayor Jane Ortiz",
            "is telling",
            "that “I need you tomorrow.”",
        ),
        (
            "The governor has been saying that the deal is dead.",
            "The governor",
            "has been saying",
            "that the deal is dead",
        ),
    ] {
        assert_one(text, Some(source), cue, content);
    }
}

#[test]
fn a_participle_speaks_for_the_subject_of_the_clause_it_hangs_on() {
    for (text, source) in [
        (
            "The mayor was criticized for the delay, though at a briefing on Monday she used stronger words, saying the contractor had failed the city.",
            "she",
        ),
        (
            "Then she broke with the party line, pledging that the plan would cut taxes.",
            "she",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}: {:?}", f.iter().map(|a| &a.source).collect::<Vec<_>>());
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_participle_after_and_or_but_shares_the_source_before_it() {
    let (f, _) = run(
        "Her aide questioned the plan, saying it was costly “on paper” but suggesting that might not matter.",
    );
    let suggesting = by_cue(&f, "suggesting");
    assert_eq!(suggesting.source.as_deref(), Some("Her aide"));
    assert_eq!(suggesting.content, ["that might not matter"]);
    let (f, _) = run("Ortiz answered by calling the mayor “dopey” and accusing him of lying.");
    let accusing = by_cue(&f, "accusing");
    assert_eq!(accusing.source.as_deref(), Some("Ortiz"));
    assert_eq!(accusing.content, ["him of lying"]);
}

#[test]
fn a_participle_opening_the_sentence_speaks_for_the_main_clauses_subject() {
    let (f, _) =
        run("Citing last week’s flood as a warning, Ortiz wrote that the levees must be raised.");
    let citing = by_cue(&f, "Citing");
    assert_eq!(citing.source.as_deref(), Some("Ortiz"));
    assert_eq!(citing.content, ["last week’s flood as a warning"]);
    let (f, _) = run("But noting the cost, she voted against the plan.");
    assert_eq!(by_cue(&f, "noting").source.as_deref(), Some("she"));
}

#[test]
fn participles_after_the_noun_that_reports_and_impressions_without_a_source() {
    let (f, _) = run("Police received 911 calls saying shots had been fired at the center.");
    let saying = by_cue(&f, "saying");
    assert_eq!(saying.source.as_deref(), Some("911 calls"));
    assert_eq!(saying.content, ["shots had been fired at the center"]);
    // After an adjective of its determiner the "-ing" word is the noun, and no one warns.
    let (f, _) = run(
        "In the latest warning of atrocities by the fighters, the US now claims that troops were executed.",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("the US"));
    let (f, _) = run("Bolton distanced himself from the movement by saying he would serve.");
    let saying = by_cue(&f, "saying");
    assert_eq!(saying.source.as_deref(), Some("Bolton"));
    // Right after the verb it answers, "by saying" takes the verb into one cue: one
    // attribution, not the verb's with the participle reported through it.
    for (text, cue, source) in [
        (
            "She responded by saying the report was false.",
            "responded by saying",
            "She",
        ),
        (
            "He began first by saying he would never do it.",
            "began first by saying",
            "He",
        ),
        (
            "The mayor responded quickly by saying the plan was dead.",
            "responded quickly by saying",
            "The mayor",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(a.cue, cue, "{text}");
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
    }
    // No one is named for an impression: the subject is part of what is claimed.
    let (f, _) = run("The senator is expected to win the primary easily.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "is expected");
    assert_eq!(f[0].source, None);
    assert_eq!(f[0].content, ["The senator", "to win the primary easily"]);
    // The subject keeps the aside set off in commas before the verb.
    let a = run_one("The central bank, which has held rates near zero, is expected to act.");
    assert_eq!(a.source, None);
    assert_eq!(
        a.content,
        ["The central bank, which has held rates near zero", "to act"]
    );
    let (f, _) = run("The campaign seemed reluctant to answer. Clinton is widely expected to win.");
    let cues: Vec<&str> = f.iter().map(|a| a.cue.as_str()).collect();
    assert_eq!(cues, ["seemed", "is widely expected"]);
    assert!(f.iter().all(|a| a.source.is_none()));
    // Where someone appeared is no impression.
    let (f, _) = run("The senator appeared on Fox News on Sunday.");
    assert!(f.is_empty());
}

#[test]
fn a_contracted_be_makes_a_progressive_and_a_subordinator_may_open_a_participle() {
    let a = run_one("He’s not saying what other steps he’d support.");
    // The source is the pronoun; its contracted auxiliary is no part of it.
    assert_eq!(a.source.as_deref(), Some("He"));
    assert_eq!(a.content, ["what other steps he’d support"]);
    let a = run_one("After saying he was nervous, the man asked about the budget.");
    assert_eq!(
        (a.source.as_deref(), a.cue.as_str()),
        (Some("the man"), "saying")
    );
}

#[test]
fn a_participle_after_a_subordinator_speaks_for_the_attribution_before_or_the_main_clause() {
    for (text, cue, source, content) in [
        (
            "“The danger is great,” Ortiz told reporters, before insisting she had the votes.",
            "insisting",
            "Ortiz",
            "she had the votes",
        ),
        (
            "One month after announcing his support for the bill, Smith still believes that it is flawed.",
            "announcing",
            "Smith",
            "his support for the bill",
        ),
        (
            "Now, after arguing that the results narrowed the race, his team is pushing a new message.",
            "arguing",
            "his team",
            "that the results narrowed the race",
        ),
        (
            "In addition to stating that the tax is unfair, Ortiz has vowed to repeal it.",
            "stating",
            "Ortiz",
            "that the tax is unfair",
        ),
    ] {
        let (f, _) = run(text);
        let a = by_cue(&f, cue);
        assert_eq!(
            (a.source.as_deref(), a.content.as_slice()),
            (Some(source), [content.to_owned()].as_slice()),
            "{text}"
        );
    }
}

#[test]
fn a_participle_in_commas_before_the_reported_verb_is_an_aside_in_what_was_said() {
    assert_contents(&[
        (
            "The bureau says Millennials, numbering 75 million, surpassed the boomers last year.",
            "says",
            "Millennials, numbering 75 million, surpassed the boomers last year",
        ),
        // With no verb after it, the participle is the reporter's again.
        (
            "The bureau says Millennials are the largest generation, citing its new estimates.",
            "says",
            "Millennials are the largest generation",
        ),
    ]);
}

#[test]
fn a_second_participle_joined_by_and_ends_what_the_first_reports() {
    assert_contents(&[
        (
            "The mayor has sought to win back voters by touting his record downtown and pounding his rival on crime.",
            "touting",
            "his record downtown",
        ),
        // A participle inside the clause keeps the one after "and"; a compound is a noun.
        (
            "Officials released a memo, saying the agency was hiring and expanding across the region.",
            "saying",
            "the agency was hiring and expanding across the region",
        ),
        (
            "The senator held a hearing on Monday, alleging cronyism and access-peddling at the foundation.",
            "alleging",
            "cronyism and access-peddling at the foundation",
        ),
    ]);
}

#[test]
fn an_impression_stops_before_when_it_seemed_so_and_drops_a_placeholder_it() {
    for (text, cue, subject, said) in [
        (
            "Rubio seemed to be on the upswing after a strong third-place showing in Iowa.",
            "seemed",
            "Rubio",
            "to be on the upswing",
        ),
        (
            "He appeared somewhat uneasy when asked about his daughter’s work.",
            "appeared",
            "He",
            "somewhat uneasy",
        ),
        (
            "The race appears closer in Ohio, with some polls showing Kasich ahead.",
            "appears",
            "The race",
            "closer in Ohio",
        ),
        // The measure of time before the clause is the clause's, and so is its comma.
        (
            "The diplomats are reportedly disheartened about the withdrawal, nearly 20 years after they arrived.",
            "reportedly",
            "The diplomats",
            "disheartened about the withdrawal",
        ),
        // "go after" is a verb and its particle, no clause.
        (
            "Negotiators are reportedly seeking assurances that the group will not go after the embassy.",
            "reportedly",
            "Negotiators",
            "seeking assurances that the group will not go after the embassy",
        ),
        // The head noun before an infinitive is the subject.
        (
            "Pleas to leave the embassy untouched seem to go against his assurances.",
            "seem",
            "Pleas to leave the embassy untouched",
            "to go against his assurances",
        ),
        // A comparison is no adverbial clause.
        (
            "He is not expected to be as strong a proponent of testing as Obama.",
            "is not expected",
            "He",
            "to be as strong a proponent of testing as Obama",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, cue).content, [subject, said], "{text}");
    }
    let a = run_one("It appears that the championship game was not boring to everyone.");
    assert_eq!(a.source, None);
    assert_eq!(
        a.content,
        ["that the championship game was not boring to everyone"]
    );
}

#[test]
fn a_passive_of_declaring_with_no_agent_is_an_impression_of_its_subject() {
    for (text, subject, complement) in [
        (
            "But Sanders was declared the winner in Rhode Island.",
            "Sanders",
            "the winner in Rhode Island",
        ),
        (
            "The show is considered a case study of that model.",
            "The show",
            "a case study of that model",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source, None, "{text}");
        assert_eq!(f[0].content, [subject, complement], "{text}");
    }
    // Named in a place, not as anything: no attribution.
    let (f, _) = run("He was named in the indictment.");
    assert!(f.is_empty());
}

#[test]
fn a_participle_after_a_reported_clause_is_the_clauses_after_a_noun_phrase_the_reporters() {
    assert_contents(&[
        // The clause has its own finite verb: what follows in commas goes on with it.
        (
            "Economists say the tax could ripple through the economy, helping to keep prices low.",
            "say",
            "the tax could ripple through the economy, helping to keep prices low",
        ),
        // A reaction the statement met is the reporter's.
        (
            "The mayor said he would close the park, drawing boos from the crowd.",
            "said",
            "he would close the park",
        ),
        // A noun phrase taken by a verb of stance ends before it.
        (
            "The governor criticized the new budget, drawing on his years in the senate.",
            "criticized",
            "the new budget",
        ),
    ]);
}

#[test]
fn a_participle_or_adverb_opening_the_sentence_is_no_subject() {
    let (f, _) = run(
        "Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising his former opponent as a gifted star.",
    );
    let praising = by_cue(&f, "praising");
    assert_eq!(
        praising.source.as_deref(),
        Some("former Arkansas Gov. Mike Huckabee")
    );
    // A name in "-ing" followed by its verb is still the subject.
    let (f, _) = run("Fleming said the plan would fail, adding that nobody wanted it.");
    assert_eq!(by_cue(&f, "adding").source.as_deref(), Some("Fleming"));
}

#[test]
fn an_offering_of_something_is_sold_not_said() {
    // A securities filing's "offering of" is a noun whatever capital opens the line.
    for text in [
        "Rockwell International Corp - Shelf offering of up to 200 mln dlrs of debt securities.",
        "The company filed for an initial public offering of two mln shares.",
        "Iran's offer of talks was rejected.",
    ] {
        let (f, _) = run(text);
        assert!(f.iter().all(|a| !a.cue.contains("offer")), "{text}");
    }
    // The verb takes its object without "of", and reports.
    let (f, _) = run("Trump took the stage, offering a warning that the deal would fail.");
    assert_eq!(by_cue(&f, "offering").source.as_deref(), Some("Trump"));
}
