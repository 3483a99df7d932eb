//! Regression tests for what comes right after a cue: the one spoken to ("told
//! Reuters"), a "that" that opens the clause rather than an object, when it was said,
//! the terms of anonymity, which are the reporter's however long their reason runs, and
//! a phrase that is the source only when no verb of its own follows it, and where what
//! was said ends: before a second report spliced on or the verb of the subject whose
//! relative clause holds the cue, not at an adverbial's comma.

use super::*;

#[test]
fn a_that_after_a_verb_of_telling_opens_the_clause_not_an_object() {
    for (text, source, cue) in [
        (
            "The agency warned that prices could rise further.",
            "The agency",
            "warned",
        ),
        (
            "The minister assured that prices would not rise.",
            "The minister",
            "assured",
        ),
    ] {
        let (f, _) = run(text);
        let a = by_cue(&f, cue);
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
        assert!(
            a.content[0].starts_with("that prices"),
            "{text}: {:?}",
            a.content
        );
    }
}

#[test]
fn the_terms_of_anonymity_are_no_part_of_what_was_said() {
    for text in [
        "The plan would cost $2 billion, a source told Reuters on condition of anonymity because the talks are private.",
        "The plan would cost $2 billion, two officials said, speaking on condition of anonymity because they were not allowed to talk to the media.",
        "The plan would cost $2 billion, one official said, asking not to be named because the matter is private.",
    ] {
        let (f, _) = run(text);
        assert!(!f.is_empty(), "{text}");
        for a in &f {
            assert_eq!(a.content, ["The plan would cost $2 billion"], "{text}");
        }
    }
    let (f, _) =
        run("A source told Reuters on condition of anonymity that the plan would cost $2 billion.");
    let source = f
        .iter()
        .find(|a| a.via.is_some())
        .expect("the source's attribution");
    assert_eq!(source.source.as_deref(), Some("A source"));
    assert_eq!(source.content, ["that the plan would cost $2 billion"]);
}

#[test]
fn the_terms_of_anonymity_end_what_was_said_after_the_cue() {
    // Also when the terms follow a noun phrase the cue reported, or come back after a cue
    // in the middle of the sentence, which would otherwise resume what was said.
    for (text, content) in [
        (
            "A person familiar with the planning confirmed the meeting on the condition of anonymity because they were not authorized to discuss it.",
            vec!["the meeting"],
        ),
        (
            "Senior officials described the raids only on condition of anonymity because the missions are classified.",
            vec!["the raids"],
        ),
        (
            "He was unable to find a single backer, he said, on condition of anonymity to speak freely about the nominee.",
            vec!["He was unable to find a single backer"],
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].content, content, "{text}");
    }
    // A deal's terms are what was agreed: "on the condition that" stays in it.
    let (f, _) =
        run("The senator said he would back the bill on the condition that it is paid for.");
    assert_eq!(
        f[0].content,
        ["he would back the bill on the condition that it is paid for"]
    );
}

#[test]
fn when_it_was_said_is_not_what_was_said() {
    for text in [
        "The finance minister said on Tuesday he would not intervene in the market.",
        "The finance minister said yesterday he would not intervene in the market.",
        "The finance minister said on Tuesday that he would not intervene in the market.",
    ] {
        let a = run_one(text);
        assert_eq!(a.source.as_deref(), Some("The finance minister"), "{text}");
        assert!(
            a.content[0].ends_with("he would not intervene in the market")
                && !a.content[0].contains("Tuesday")
                && !a.content[0].contains("yesterday"),
            "{text}: {:?}",
            a.content
        );
    }
    // Another time may be the clause's own: "last year" is when it held, not when said.
    let a = run_one("Analysts said last year British Petroleum held bearish positions.");
    assert_eq!(
        a.content,
        ["last year British Petroleum held bearish positions"]
    );
}

#[test]
fn a_phrase_with_its_own_verb_after_a_cue_is_what_was_said_not_an_inverted_source() {
    // The subject is out of reach behind its relative clause: better nothing than the
    // clause's subject as the source.
    let (f, _) = run(
        "Baker's remarks, which came after the meeting, suggested the dollar had fallen enough.",
    );
    assert!(
        f.iter().all(|a| a.source.as_deref() != Some("the dollar")),
        "{:?}",
        f.iter().map(|a| &a.source).collect::<Vec<_>>()
    );
    let a = run_one("The dollar has fallen enough, said Baker, the Treasury secretary.");
    assert_eq!(a.source.as_deref(), Some("Baker, the Treasury secretary"));
    assert_eq!(a.content, ["The dollar has fallen enough"]);
}

#[test]
fn a_second_report_spliced_on_ends_what_the_first_source_said() {
    assert_contents(&[
        (
            "In the poll, 27 percent said they are undecided, 40 percent said they could still change their minds.",
            "said",
            "they are undecided",
        ),
        (
            "The senator accused the governor of lying about the budget while the governor said the senator had never read it.",
            "accused",
            "the governor of lying about the budget",
        ),
    ]);
}

#[test]
fn an_adverbial_that_leads_into_the_clause_is_part_of_what_was_said() {
    assert_contents(&[
        (
            "She said that in 1998, the governor balanced the budget.",
            "said",
            "that in 1998, the governor balanced the budget",
        ),
        // The second report is nested in the first, not spliced beside it.
        (
            "Smith said that in the end, officials claimed the budget was balanced.",
            "said",
            "that in the end, officials claimed the budget was balanced",
        ),
    ]);
}

#[test]
fn a_quote_ending_its_sentence_is_what_the_one_who_told_reporters_said() {
    for text in [
        "“Her response has been, ‘Let us see what is going on.’” Renteria told reporters.",
        "“It is good.” Renteria told reporters on a conference call.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some("Renteria"), "{text}");
        assert_eq!(f[0].kind, QuoteKind::Direct, "{text}");
    }
    // Nor is the occasion what was said when no quote comes before.
    let (f, _) = run("Renteria told reporters on a conference call.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.content).collect::<Vec<_>>()
    );
}

#[test]
fn a_report_in_a_relative_clause_or_a_participle_of_a_subject_ends_with_the_subject() {
    for (text, inner, inner_content) in [
        (
            "The judges who ruled against the laws said the problem was the ID.",
            "ruled against",
            "the laws",
        ),
        (
            "A group backing Jane Roe said the problem was the ID.",
            "backing",
            "Jane Roe",
        ),
        (
            "House Republicans supporting the bill have said the problem was the ID.",
            "supporting",
            "the bill",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, inner).content, [inner_content], "{text}");
        let said = f.iter().find(|a| a.cue.ends_with("said")).expect("said");
        assert_eq!(said.content, ["the problem was the ID"], "{text}");
        assert_eq!(
            said.via, None,
            "{text}: the main clause's report is no part of the subject's"
        );
    }
}

#[test]
fn a_relative_clause_in_commas_before_the_infinitive_urged_stays_in_what_was_urged() {
    let a = run_one(
        "The embassy is urging Americans, who were not working for the government, to leave Afghanistan immediately.",
    );
    assert_eq!(
        a.content,
        ["Americans, who were not working for the government, to leave Afghanistan immediately"]
    );
}

#[test]
fn adjectives_joined_under_a_degree_adverb_stay_in_what_was_said() {
    let (f, _) = run(
        "Five officials described the mood inside the embassy as increasingly tense and worried.",
    );
    assert_eq!(
        by_cue(&f, "described").content,
        ["the mood inside the embassy as increasingly tense and worried"]
    );
}
