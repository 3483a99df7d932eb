//! Regression tests for where what was said starts and ends: coordinated and spliced
//! clauses with their own source, contrasts, subordinate clauses, asides and adverbials.

use super::*;

#[test]
fn a_coordinated_clause_with_its_own_subject_and_cue_ends_the_content() {
    let (f, _) = run(
        "Six in 10 voters said the economy was their top issue, and three-quarters said the country was on the wrong track.",
    );
    assert_eq!(
        f.len(),
        2,
        "{:?}",
        f.iter().map(|a| &a.content).collect::<Vec<_>>()
    );
    assert_eq!(f[0].content, ["the economy was their top issue"]);
    assert_eq!(f[1].source.as_deref(), Some("three-quarters"));
    assert_eq!(f[1].content, ["the country was on the wrong track"]);
}

#[test]
fn a_coordinated_name_with_an_appositive_is_its_own_source() {
    for conjunction in ["and", "but"] {
        let (f, _) = run(&format!(
            "The agency contends that it is on track to meet the targets, {conjunction} Maria Ortiz, the agency's climate adviser, said her staff were preparing new models."
        ));
        assert_eq!(
            f.len(),
            2,
            "{:?}",
            f.iter().map(|a| &a.content).collect::<Vec<_>>()
        );
        assert_eq!(f[0].content, ["that it is on track to meet the targets"]);
        assert_eq!(
            f[1].source.as_deref(),
            Some("Maria Ortiz, the agency's climate adviser")
        );
        assert_eq!(f[1].content, ["her staff were preparing new models"]);
    }
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_only_up_to_the_main_clause() {
    for (text, content) in [
        (
            "Although the governor never mentioned the senator by name, she cast her rival as a man of narrow ideas.",
            "the senator by name",
        ),
        (
            "While he said that the budget was too large, the mayor signed it on Friday.",
            "that the budget was too large",
        ),
        // A phrase opened by "among" holds a relative clause the same way.
        (
            "Among voters who said the economy was their top issue, Sanders won.",
            "the economy was their top issue",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}: {:?}", f.iter().map(|a| &a.content).collect::<Vec<_>>());
        assert_eq!(f[0].content, [content], "{text}");
    }
    // A comma inside what was said, before any main clause, does not end it.
    let (f, _) =
        run("When officials said that taxes, fees and tolls would rise, voters protested.");
    assert_eq!(f[0].content, ["that taxes, fees and tolls would rise"]);
    // So does a subordinate clause after a comma, inside what another cue reports.
    assert_contents(&[
        (
            "The report found that, while Republicans say the economy is improving, many voters were anxious.",
            "say",
            "the economy is improving",
        ),
        (
            "The report found that, while Republicans say the economy is improving, many voters were anxious.",
            "found",
            "that, while Republicans say the economy is improving, many voters were anxious",
        ),
    ]);
}

#[test]
fn an_aside_right_after_that_is_part_of_what_was_said() {
    assert_contents(&[
        (
            "Officials say that, even if they thought it was appropriate, a recount could not be done.",
            "say",
            "that, even if they thought it was appropriate, a recount could not be done",
        ),
        (
            "Smith said that, at this point, the estimate is a snapshot.",
            "said",
            "that, at this point, the estimate is a snapshot",
        ),
    ]);
}

#[test]
fn a_contrast_ends_the_content() {
    let (f, _) = run("Most Republicans said they trust the party, while most Democrats disagreed.");
    assert_eq!(f[0].content, ["they trust the party"]);
}

#[test]
fn a_sentence_in_brackets_after_the_content_is_not_part_of_it() {
    // The reporter's aside, set off as sentences of its own, is neither the content
    // before it nor, with its closing bracket, the content inside it.
    let (f, _) = run("Smith opposed the invasion. (As the Post first reported, Jones backed the war.) \
                      Lee told reporters she thinks the House is within reach. (The odds are slim.)");
    assert_eq!(by_cue(&f, "opposed").content, ["the invasion"]);
    assert_eq!(
        by_cue(&f, "first reported").content,
        ["Jones backed the war"]
    );
    assert_eq!(
        by_cue(&f, "told").content,
        ["she thinks the House is within reach"]
    );
}

#[test]
fn an_opening_clause_is_said_when_the_sentence_resumes_after_the_cue() {
    // "X, she said, Y": what opens the sentence is part of what was said, even a
    // subordinate clause or a lone conjunction; a phrase of where or how stays out.
    for (text, content) in [
        (
            "If the plan fails, she said, the clearances would stay.",
            &["If the plan fails", "the clearances would stay"][..],
        ),
        (
            "But, the former CEO added, it's not the way to win.",
            &["But", "it's not the way to win"][..],
        ),
        (
            "In a statement, he said, the plan would fail.",
            &["the plan would fail"][..],
        ),
        // A gerund subject resumes it as well; a participle of the reporter's does not.
        (
            "The plan failed, she said, revoking clearances would be aggressive.",
            &["The plan failed", "revoking clearances would be aggressive"][..],
        ),
        (
            "The plan failed, she said, leaving the party divided.",
            &["The plan failed"][..],
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].content, content, "{text}");
    }
}

#[test]
fn adverbials_before_that_are_not_content() {
    let (f, _) = run(
        "Cruz said Thursday during a town hall meeting in Buffalo that the state is wrong to ban fracking.",
    );
    assert_eq!(f[0].source.as_deref(), Some("Cruz"));
    assert_eq!(f[0].content, ["that the state is wrong to ban fracking"]);
}

#[test]
fn a_subject_and_cue_spliced_on_after_a_comma_end_the_content() {
    let (f, _) = run(
        "Mr. Kaine has described himself as a devout Catholic in the past, the Huffington Post reported that he has moved toward a different position.",
    );
    let described = by_cue(&f, "has described");
    assert_eq!(
        described.content,
        ["himself as a devout Catholic in the past"]
    );
    let reported = by_cue(&f, "reported");
    assert_eq!(reported.source.as_deref(), Some("the Huffington Post"));
    assert_eq!(
        reported.content,
        ["that he has moved toward a different position"]
    );
}

#[test]
fn a_conjunction_opening_the_content_before_the_cue_is_the_reporters() {
    let (f, _) = run("But this was the first time it was activated, she said.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("she"));
    assert_eq!(f[0].content, ["this was the first time it was activated"]);
    // A short lead-in after the conjunction is still no content.
    let (f, _) = run("And yesterday, officials said the plan was dead.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].content, ["the plan was dead"]);
}

#[test]
fn but_that_reports_again_and_however_is_an_aside() {
    let (f, _) = run(
        "The governor said the country needs to secure the border, but that he would not support mass deportation.",
    );
    assert_eq!(
        f[0].content,
        ["the country needs to secure the border, but that he would not support mass deportation"]
    );
    let (f, _) = run("He said, however, that he hopes somebody else takes up the cause.");
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].content,
        ["that he hopes somebody else takes up the cause"]
    );
}

#[test]
fn and_that_with_a_subject_reports_a_second_clause() {
    let (f, _) =
        run("The mayor said the budget was balanced, and that the city would hire more teachers.");
    assert_eq!(
        f[0].content,
        ["the budget was balanced, and that the city would hire more teachers"]
    );
    let (f, _) =
        run("The mayor said the budget was balanced, and that surplus will go to the schools.");
    assert_eq!(f[0].content, ["the budget was balanced"]);
}

#[test]
fn a_participle_after_a_bare_and_goes_on_with_the_reported_clause() {
    let (f, _) =
        run("Bush says the president is acting unlawfully and ignoring the Second Amendment.");
    assert_eq!(
        f[0].content,
        ["the president is acting unlawfully and ignoring the Second Amendment"]
    );
}

#[test]
fn a_clause_with_its_own_subject_goes_on_over_a_bare_and() {
    assert_contents(&[
        (
            "Sanders said he is proud of his campaign and expects to leave Nevada with delegates.",
            "said",
            "he is proud of his campaign and expects to leave Nevada with delegates",
        ),
        (
            "The voter said that she was tired of the status quo and wanted a new candidate.",
            "said",
            "that she was tired of the status quo and wanted a new candidate",
        ),
    ]);
}

#[test]
fn a_verb_group_with_no_subject_after_and_or_but_is_the_sources_not_what_was_said() {
    for (text, content) in [
        (
            "The senator said he supported the bill but voted against it.",
            "he supported the bill",
        ),
        (
            "The mayor said the budget was balanced but then dropped two programs.",
            "the budget was balanced",
        ),
        (
            "The senator criticized the mayor's ties to donors and has called for an inquiry.",
            "the mayor's ties to donors",
        ),
        // After a comma; with a bare "and" a clause with its own subject goes on
        // (`a_clause_with_its_own_subject_goes_on_over_a_bare_and`).
        (
            "The host said he will keep it civil, and has invited two guests.",
            "he will keep it civil",
        ),
        (
            "Ortiz criticized Singer and challenged him to a debate.",
            "Singer",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f[0].content, [content], "{text}");
    }
}

#[test]
fn a_noun_phrase_taken_by_a_verb_of_stance_ends_before_the_clause_does() {
    for (text, content) in [
        (
            "The senator had previously backed Jeb Bush, and the donor gave money to Rubio.",
            "Jeb Bush",
        ),
        (
            "Republicans blocked the bill because they said the language was a poison pill.",
            "the bill",
        ),
        (
            "The speaker endorsed Ortiz in early June, weeks after the primary.",
            "Ortiz",
        ),
        (
            "The mayor blasted the council in an email to supporters.",
            "the council",
        ),
        // What the reporter adds after the phrase: where, how, when, and the next verb.
        (
            "Palin endorsed Mr. Ortiz at a news conference in Iowa.",
            "Mr. Ortiz",
        ),
        (
            "The governor rebuked Ortiz by publicly expressing sympathy for the family.",
            "Ortiz",
        ),
        ("She opposed the plan as she left the meeting.", "the plan"),
        ("Cruz attacked Ortiz on Tuesday over immigration.", "Ortiz"),
        (
            "The senator condemned the bill's passage but praised the senators who held it up.",
            "the bill's passage",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f[0].content, [content], "{text}");
    }
    // A verb of speech takes a clause, which a comma does not end.
    let (f, _) = run("Ortiz said the budget, the largest in years, was too large.");
    assert_eq!(
        f[0].content,
        ["the budget, the largest in years, was too large"]
    );
}

#[test]
fn a_new_subject_and_verb_after_a_comma_and_and_are_the_reporters() {
    let (f, _) = run(
        "The poll found that most voters are unsure, and Republican John Smith has been courting them.",
    );
    assert_eq!(f[0].content, ["that most voters are unsure"]);
}

#[test]
fn a_relative_clause_in_commas_before_the_verb_is_an_aside_not_an_end() {
    let (f, _) = run(
        "Ortiz argued the pipeline, which is widely supported by farmers, would never be built.",
    );
    assert_eq!(
        f[0].content,
        ["the pipeline, which is widely supported by farmers, would never be built"]
    );
    // With no verb after it, the relative clause is the reporter's, as before.
    let (f, _) = run("Ortiz praised the pipeline, which farmers have long supported.");
    assert_eq!(f[0].content, ["the pipeline"]);
}

#[test]
fn a_comma_or_an_aside_in_dashes_right_after_the_cue_opens_what_was_said() {
    for (text, source, content) in [
        (
            "In several cases, tech executives say, they have been asked to keep the posts online.",
            "tech executives",
            "they have been asked to keep the posts online",
        ),
        (
            "His campaign chairman said — on Twitter, as it happens — that the campaign raised $4 million.",
            "His campaign chairman",
            "that the campaign raised $4 million",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(
            (f[0].source.as_deref(), f[0].content.as_slice()),
            (Some(source), [content.to_owned()].as_slice()),
            "{text}"
        );
    }
}

#[test]
fn the_content_resumes_after_the_cues_adjunct() {
    let a = run_one("The deal, the mayor said Tuesday, was a mistake.");
    assert_eq!(a.content, ["The deal", "was a mistake"]);
}

#[test]
fn a_common_noun_told_is_the_one_spoken_to_not_what_was_said() {
    let a = run_one("The mayor told city leaders that the budget would be cut.");
    assert_eq!(a.source.as_deref(), Some("The mayor"));
    assert_eq!(a.content, ["that the budget would be cut"]);
}

#[test]
fn a_coordinated_verb_after_an_adverb_in_ly_is_an_attribution_of_its_own() {
    let (f, _) =
        run("Cruz said “CNN” five times, and specifically mentioned the network's anchors.");
    let mentioned = by_cue(&f, "specifically mentioned");
    assert_eq!(mentioned.source.as_deref(), Some("Cruz"));
    assert_eq!(mentioned.content, ["the network's anchors"]);
    // So is one after "then", which joins the verbs though an adverb.
    let (f, _) = run("Kasich offered the man a job, then says he will welcome advice from anyone.");
    let says = by_cue(&f, "then says");
    assert_eq!(says.source.as_deref(), Some("Kasich"));
    assert_eq!(says.content, ["he will welcome advice from anyone"]);
}

#[test]
fn a_who_clause_after_the_last_name_describes_it_and_is_not_what_was_said() {
    let a =
        run_one("Axelrod said the attention helped Clinton, who does not need to prove herself.");
    assert_eq!(a.content, ["the attention helped Clinton"]);
    // A "who" clause in commas before the reported clause's verb is an aside.
    let a = run_one("Ortiz said Clinton, who is running again, will win the state.");
    assert_eq!(
        a.content,
        ["Clinton, who is running again, will win the state"]
    );
    // After an inverted cue the clause still describes the source.
    let a = run_one(
        "“Neither one helped themselves,” said Ari Fleischer, a former press secretary, who attended the event.",
    );
    assert_eq!(
        a.source.as_deref(),
        Some("Ari Fleischer, a former press secretary, who attended the event")
    );
}

#[test]
fn an_aside_in_a_pair_of_dashes_stays_inside_what_was_said_and_a_lone_dash_ends_it() {
    for (open, close) in [("—", "—"), ("-", "-"), ("--", "--")] {
        assert_one(
            &format!("The mayor said that the budget {open} larger than last year's {close} would pass in March."),
            Some("The mayor"),
            "said",
            &format!("that the budget {open} larger than last year's {close} would pass in March"),
        );
    }
    for dash in ["—", "-", "--"] {
        assert_one(
            &format!("The mayor said that the budget would pass {dash} a claim her rivals doubt."),
            Some("The mayor"),
            "said",
            "that the budget would pass",
        );
    }
    // A hyphen in a word or a range is no dash.
    assert_one(
        "The mayor said that the well-known 2019-2020 budget would pass.",
        Some("The mayor"),
        "said",
        "that the well-known 2019-2020 budget would pass",
    );
}

#[test]
fn an_object_that_is_a_list_runs_to_its_last_item() {
    let (f, _) = run(
        "Trump thanked his parents, his siblings, his wife and his children, as well as his staff.",
    );
    assert_eq!(
        by_cue(&f, "thanked").content,
        ["his parents, his siblings, his wife and his children"]
    );
    // Two items in commas are a phrase and a new clause, not a list.
    let (f, _) = run("The group had previously backed Jeb Bush, and $100,000 came from a donor.");
    assert_eq!(by_cue(&f, "had previously backed").content, ["Jeb Bush"]);
}

#[test]
fn a_series_of_verbs_in_commas_shares_its_subject() {
    let (f, _) =
        run("Clinton supports pay raises, opposes pay freezes and recalled the last freeze.");
    let opposes = by_cue(&f, "opposes");
    assert_eq!(opposes.source.as_deref(), Some("Clinton"));
    assert_eq!(opposes.content, ["pay freezes"]);
    // Not an example after "say," or the verb of a reported clause.
    for (text, not_cue) in [
        (
            "It does not explain why they embraced him instead of, say, the Democratic Party.",
            "say",
        ),
        (
            "Critics say that account, and hundreds like it, show how weak the rules are.",
            "show",
        ),
    ] {
        let (f, _) = run(text);
        assert!(f.iter().all(|a| a.cue != not_cue), "{text}");
    }
}

#[test]
fn an_appositive_that_runs_to_the_end_is_the_reporters() {
    assert_contents(&[
        (
            "The governor has vowed to veto the transit bill, a measure that would raise fares across the state.",
            "has vowed",
            "to veto the transit bill",
        ),
        (
            "Ms. Roe complained that the count had been “rigged” against her, a charge that party officials denied.",
            "complained",
            "that the count had been “rigged” against her",
        ),
        // A list, or a main clause after a subordinate one, goes on with what was said.
        (
            "He said they differ on taxes, the budget and the court.",
            "said",
            "they differ on taxes, the budget and the court",
        ),
        (
            "She said that if the levee fails, the town will flood within hours.",
            "said",
            "that if the levee fails, the town will flood within hours",
        ),
    ]);
    // A source's appositive stays the source's.
    let (f, _) =
        run("“We are ready,” said Jane Roe, director of a research center, a nonprofit group.");
    assert_eq!(
        by_cue(&f, "said").source.as_deref(),
        Some("Jane Roe, director of a research center, a nonprofit group")
    );
}

#[test]
fn a_thousands_separator_ends_no_phrase() {
    let (f, _) = run("The senator opposed a $1,500 fee on students.");
    assert_eq!(by_cue(&f, "opposed").content, ["a $1,500 fee on students"]);
}

#[test]
fn an_appositive_in_the_middle_of_what_was_said_ends_nothing() {
    let (f, _) =
        run("He said that China plans to make the shoal, an atoll it seized, into a fortress.");
    assert_eq!(
        by_cue(&f, "said").content,
        ["that China plans to make the shoal, an atoll it seized, into a fortress"]
    );
}

#[test]
fn results_set_against_each_other_are_one_finding() {
    let (f, _) =
        run("The poll found that 30 percent backed the mayor, while 23 percent favored her rival.");
    assert_eq!(
        by_cue(&f, "found").content,
        ["that 30 percent backed the mayor, while 23 percent favored her rival"]
    );
    // A contrast with no figures on both sides is the reporter's.
    let (f, _) = run("She said the plan would fail, while her aides said it would work.");
    assert_eq!(by_cue(&f, "said").content, ["the plan would fail"]);
}

#[test]
fn according_to_qualifies_the_main_clause_not_a_concession_before_it() {
    for (text, content) in [
        (
            "Though he has no path to the nomination, the governor appears to have the best odds, according to three recent polls.",
            "the governor appears to have the best odds",
        ),
        (
            "At the same time, the levy has not hurt the city: London was the top financial center in 2015, according to one global index.",
            "London was the top financial center in 2015",
        ),
        // An opening phrase of time is the source's; so is the colon of a time.
        (
            "In 2014, the town had 115 violent crimes, according to the most recent data.",
            "In 2014, the town had 115 violent crimes",
        ),
        (
            "The blast went off around 8:30 p.m. on Saturday, according to the commissioner.",
            "The blast went off around 8:30 p.m. on Saturday",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, "according to").content, [content], "{text}");
    }
}

#[test]
fn and_joins_inside_what_was_said_before_a_noun_or_in_a_relative_clause() {
    assert_contents(&[
        // An "-ed" word before a plain noun modifies it: no second predicate.
        (
            "Jones said the heat and unsettled weather could last through the end of the week.",
            "said",
            "the heat and unsettled weather could last through the end of the week",
        ),
        // A relative clause's own "and" joins its verbs before the main one comes.
        (
            "He said the aide who succeeded him and helped engineer his ouster should be fired.",
            "said",
            "the aide who succeeded him and helped engineer his ouster should be fired",
        ),
        // A verb with its object after "and" is still the source's own.
        (
            "Christie endorsed Trump last week and urged his supporters to follow.",
            "endorsed",
            "Trump last week",
        ),
    ]);
}

#[test]
fn a_clause_after_a_particle_is_no_noun_phrase_to_cut_short() {
    assert_contents(&[(
        "The senator pointed out that Terris, a reporter, saw the incident unfold.",
        "pointed out",
        "that Terris, a reporter, saw the incident unfold",
    )]);
}

#[test]
fn a_relative_clause_holding_the_cue_ends_where_the_main_verb_comes() {
    assert_contents(&[
        (
            "Sanders, who said he would campaign with him, did not show up.",
            "said",
            "he would campaign with him",
        ),
        // Outside a relative clause a comma before a verb may close an aside.
        (
            "Officials said the plan, if passed, would cut taxes.",
            "said",
            "the plan, if passed, would cut taxes",
        ),
    ]);
}

#[test]
fn according_to_after_what_was_said_is_not_part_of_it() {
    assert_contents(&[
        (
            "The witness said the order was meant to avoid delay, according to the report.",
            "said",
            "the order was meant to avoid delay",
        ),
        // Right after "that" it is an aside before what was said.
        (
            "The AP reported that, according to an analysis, most meetings were with donors.",
            "reported",
            "that, according to an analysis, most meetings were with donors",
        ),
    ]);
}
