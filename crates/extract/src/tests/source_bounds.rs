//! Regression tests for where a source phrase before its cue starts: not back across an
//! indirect question ("over who supported the bill that X said") or a relative "that",
//! at a name after adverbials that lead into the clause, even with a stray comma between
//! the name and its cue, not over a discourse adverbial ("however", "for instance") set
//! off in commas before the cue, nor at a quantifier floated after the subject ("were
//! both"), and at the name before an age in commas or the people a participle and its
//! agent describe ("People affected by the storm"), and over a participle aside in commas
//! even when an adverb leads it ("Clinton, also campaigning in Wisconsin, said"), and
//! over a list of names ("Carson, Fiorina and Huckabee said"), to the end of a time
//! after a participle ("A poll released Monday showed"), and not back over "and" before a
//! share ("… and 60 percent said"); and a body's "which" clause in commas, or a "which"
//! clause after a name's appositive, is the source's ("Frank Naylor, chairman of the FCA,
//! which regulates…, said").

use super::*;

#[test]
fn a_who_after_a_preposition_asks_and_describes_no_one() {
    for (text, source) in [
        (
            "The debate grew so heated over who supported which bill that Gov. Chris Christie said, \"I feel like I need a converter.\"",
            "Gov. Chris Christie",
        ),
        (
            "It grew over who won so that Christie said, \"I feel like I need a converter.\"",
            "Christie",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        assert_eq!(f[0].kind, QuoteKind::Direct, "{text}");
    }
}

#[test]
fn a_name_after_lead_in_adverbials_is_the_source_despite_a_stray_comma() {
    let text = "On Tuesday, after winning Ohio, Gov. John Kasich, said, “I’m getting ready.”";
    let (f, _) = run(text);
    assert_eq!(f.len(), 1, "{text}");
    assert_eq!(f[0].source.as_deref(), Some("Gov. John Kasich"));
    assert_eq!(f[0].content, ["“I’m getting ready.”"]);
}

#[test]
fn a_discourse_adverbial_in_commas_stands_outside_the_subject() {
    for (text, source) in [
        (
            "The judges who ruled against the laws, for instance, said the problem was the ID.",
            "The judges who ruled against the laws",
        ),
        (
            "The judges, for instance, said the problem was the ID.",
            "The judges",
        ),
        (
            "Mr. Trump, however, said the problem was the ID.",
            "Mr. Trump",
        ),
    ] {
        let (f, _) = run(text);
        let a = by_cue(&f, "said");
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
        assert_eq!(a.content, ["the problem was the ID"], "{text}");
    }
}

#[test]
fn a_name_after_a_colon_takes_its_whose_clause() {
    let text = "Voter participation: Sanders, whose coalition includes young people, said closed primaries are unfair.";
    let (f, _) = run(text);
    assert_eq!(f.len(), 1, "{text}");
    assert_eq!(
        f[0].source.as_deref(),
        Some("Sanders, whose coalition includes young people")
    );
    assert_eq!(
        f[0].actor.as_ref().map(|a| a.name.as_str()),
        Some("Sanders")
    );
}

#[test]
fn a_quantifier_floated_after_the_subject_is_not_the_subject() {
    for (text, source) in [
        (
            "Republican establishment figures both suggested that the plan would fail.",
            "Republican establishment figures",
        ),
        (
            "The two senators have both said that the plan would fail.",
            "The two senators",
        ),
        (
            "The senators all said that the plan would fail.",
            "The senators",
        ),
        // Standing alone, it is the subject.
        ("Both said that the plan would fail.", "Both"),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn an_age_in_commas_stays_with_the_name_before_it() {
    let text = "Woodrow Benford, 58, who lives outside Minneapolis, says the plan would fail.";
    let (f, _) = run(text);
    assert_eq!(
        f[0].source.as_deref(),
        Some("Woodrow Benford, 58, who lives outside Minneapolis")
    );
    assert_eq!(
        f[0].actor.as_ref().map(|a| a.name.as_str()),
        Some("Woodrow Benford")
    );
}

#[test]
fn people_described_by_a_participle_and_its_agent_are_the_source() {
    for (text, source) in [
        (
            "People affected by the storm said the response was slow.",
            "People affected by the storm",
        ),
        (
            "Residents displaced by the flood said the response was slow.",
            "Residents displaced by the flood",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_participle_aside_after_an_adverb_keeps_the_name_the_source() {
    assert_sources_and_cues(&[
        (
            "Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said Trump is responsible.",
            "Democratic front-runner Hillary Clinton, also campaigning in Wisconsin",
            "said",
        ),
        (
            "John Smith, still reeling from the loss, said the team would recover.",
            "John Smith, still reeling from the loss",
            "said",
        ),
    ]);
}

#[test]
fn a_name_alone_before_its_appositive_is_the_subject_not_what_was_said() {
    let (f, _) = run("Howard Rubel, a senior analyst at Jefferies, who notes that the firm has vowed to cut costs, agreed.");
    assert!(
        f.iter().all(|a| a.content != ["Howard Rubel"]),
        "{:?}",
        f.iter().map(|a| &a.content).collect::<Vec<_>>()
    );
    // What was said may still open with a name when it resumes after the cue.
    let (f, _) = run("Mr. Obama, officials said, has become skeptical of the plan.");
    assert_eq!(
        by_cue(&f, "said").content,
        ["Mr. Obama", "has become skeptical of the plan"]
    );
}

#[test]
fn a_list_of_names_is_the_source_whole_and_speaks_as_a_group() {
    for (text, source, count) in [
        (
            "Carson, Fiorina and Huckabee say they are no longer giving speeches.",
            "Carson, Fiorina and Huckabee",
            3,
        ),
        (
            "Sen. Ted Cruz, Donald Trump, and Marco Rubio have said they would skip it.",
            "Sen. Ted Cruz, Donald Trump, and Marco Rubio",
            3,
        ),
        (
            "Jane Roe, Ann Poe, Tom Doe and RNC Chairman Reince Priebus said they would meet.",
            "Jane Roe, Ann Poe, Tom Doe and RNC Chairman Reince Priebus",
            4,
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_eq!(
            (actor.kind, actor.count),
            (ActorKind::Anonymous, Some(count)),
            "{text}"
        );
    }
    // A name after a preposition opens no list: "Iowa" is where.
    let (f, _) = run("In Iowa, Cruz and Rubio said they would win.");
    assert_eq!(f[0].source.as_deref(), Some("Cruz and Rubio"));
    // Nor does the object of a verb before: Cruz was attacked, not speaking.
    let (f, _) = run("Trump attacked Cruz, Rubio and Bush said nothing.");
    assert_eq!(by_cue(&f, "said").source.as_deref(), Some("Rubio and Bush"));
}

#[test]
fn a_time_after_a_participle_in_the_source_stays_in_it() {
    for (text, source) in [
        (
            "A poll released Monday showed the senator ahead.",
            "A poll released Monday",
        ),
        (
            "Officials interviewed last week said the plan would fail.",
            "Officials interviewed last week",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    }
    // Between a subject and its cue the time is when it was said.
    let (f, _) = run("The senator on Monday said the plan would fail.");
    assert_eq!(f[0].source.as_deref(), Some("The senator"));
}

#[test]
fn a_share_after_and_opens_a_report_of_its_own() {
    let (f, _) = run(
        "Overall, 79 percent said they were satisfied with the mayor's record and 60 percent said they would vote for her again.",
    );
    let sources: Vec<Option<&str>> = f.iter().map(|a| a.source.as_deref()).collect();
    assert_eq!(sources, [Some("79 percent"), Some("60 percent")]);
    assert_eq!(
        f[0].content,
        ["they were satisfied with the mayor's record"]
    );
}

#[test]
fn a_source_ends_before_its_clauses_verb_and_object() {
    assert_sources_and_cues(&[
        (
            "His campaign sued the DNC in federal court on Friday, seeking an injunction.",
            "His campaign",
            "seeking",
        ),
        (
            "Early Monday, Jane Roe began tweeting out her new nickname for the senator.",
            "Jane Roe",
            "tweeting out",
        ),
        (
            "The Justice Department mishandled the case and Democrats accused the GOP of \
             stoking the issue.",
            "Democrats",
            "accused",
        ),
        // A quantifier after the people is no part of them.
        (
            "Jane Roe and John Poe both said the deal was bad.",
            "Jane Roe and John Poe",
            "said",
        ),
    ]);
    // A past form that describes the people, or one in their relative clause, stays.
    for (text, source) in [
        (
            "People briefed on the talks said they failed.",
            "People briefed on the talks",
        ),
        (
            "Experts we consulted say the plan is sound.",
            "Experts we consulted",
        ),
    ] {
        assert_eq!(run_one(text).source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_which_clause_in_commas_belongs_to_the_body_or_the_name_before_it() {
    for (text, source, name) in [
        (
            "It came after the Post, which backed him, said it would fail.",
            "the Post, which backed him",
            "The Washington Post",
        ),
        (
            "Jane Roe, chairman of the Farm Credit Administration, which regulates the system, said a market would help.",
            "Jane Roe, chairman of the Farm Credit Administration, which regulates the system",
            "Jane Roe",
        ),
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        assert_eq!(said.source.as_deref(), Some(source), "{text}");
        assert_eq!(
            said.actor.as_ref().map(|a| a.name.as_str()),
            Some(name),
            "{text}"
        );
    }
    // A date before the body is no name.
    let (f, _) =
        run("March 23, the Coffee Exchange, which sets margins, said a margin would be required.");
    let said = by_cue(&f, "said");
    let actor = said.actor.as_ref().expect("an actor");
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "Coffee Exchange")
    );
}
