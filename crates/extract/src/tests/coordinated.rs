//! Regression tests for verbs coordinated with an earlier one ("X admitted …, but said
//! …"), in a series in commas ("praised …, criticized … and urged …"): whose they are
//! and what they report when quotes stand around the first, and whose after a
//! subordinate clause opening the sentence ("While X didn’t…, he said … and called").

use super::*;

#[test]
fn a_quote_before_the_subject_is_not_what_a_coordinated_verb_reports() {
    // The quote is a programme's title: "said" reports the clause after it.
    let (f, _) = run("Speaking Sunday on ABC’s “This Week,” Carson admitted that the name was wrong, but said his campaign had found the article.");
    let said = by_cue(&f, "said");
    assert_eq!(said.source.as_deref(), Some("Carson"));
    assert_eq!(said.content, ["his campaign had found the article"]);
    assert_eq!(f.len(), 2);
}

#[test]
fn a_quote_opening_the_sentence_leaves_the_subject_to_a_coordinated_verb() {
    for text in [
        "“We will win,” Trump said and added that the polls were wrong.",
        "“We will win”, Trump said, but added that the polls were wrong.",
    ] {
        let (f, _) = run(text);
        let added = by_cue(&f, "added");
        assert_eq!(added.source.as_deref(), Some("Trump"), "{text}");
        assert_eq!(added.content, ["that the polls were wrong"], "{text}");
    }
}

#[test]
fn a_verb_coordinated_inside_a_relative_clause_is_the_relatives() {
    let (f, _) = run(
        "Sanders, who met Canova in late May and said he would campaign with him, did not show up.",
    );
    let said = by_cue(&f, "said");
    assert_eq!(said.source.as_deref(), Some("who"));
    assert_eq!(said.content, ["he would campaign with him"]);
    // The main clause's verb ends what was said, an adverb before it or not, an auxiliary
    // or a verb in the past.
    for text in [
        "Sanders, who met Canova and said he would campaign with him, ultimately did not show up.",
        "Sanders, who met Canova and said he would campaign with him, stayed home.",
    ] {
        let (f, _) = run(text);
        assert_eq!(
            by_cue(&f, "said").content,
            ["he would campaign with him"],
            "{text}"
        );
    }
    let actor = said
        .actor
        .as_ref()
        .expect("the relative resolves to its name");
    assert_eq!(actor.name, "Sanders");
    // The sentence's own verbs, after a relative clause of the subject's or the object's.
    for (text, source) in [
        ("The official who briefed reporters said the talks stalled and added that more were planned.", "The official"),
        ("He praised those who left but added that the campaign would go on.", "He"),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, "added").source.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_pronoun_after_an_introductory_phrase_is_the_subject_of_both_verbs() {
    for text in [
        "On Tuesday, he stood with other party leaders and urged Democrats to vote for the deal.",
        "But on Tuesday, he stood with other party leaders and urged Democrats to vote for the deal.",
    ] {
        let (f, _) = run(text);
        let a = by_cue(&f, "urged");
        assert_eq!(a.source.as_deref(), Some("he"), "{text}");
        assert_eq!(a.content, ["Democrats to vote for the deal"], "{text}");
    }
}

#[test]
fn a_quote_in_the_sentence_before_is_not_what_a_later_coordinated_verb_reports() {
    let (f, _) = run(
        "He called her “an intelligent woman.” She noted that she has released her tax returns and called on Ortiz to do the same.",
    );
    let called_on = by_cue(&f, "called on");
    assert_eq!(called_on.source.as_deref(), Some("She"));
    assert_eq!(called_on.content, ["Ortiz to do the same"]);
}

#[test]
fn a_weak_cue_of_speech_after_a_bare_and_is_the_sources_a_verb_of_thought_is_not() {
    for (text, content) in [
        (
            "The donor said he found the senator “very charming” and called his rise “unheard of.”",
            "he found the senator “very charming”",
        ),
        (
            "Ortiz said the plan had failed and urged the council to start again.",
            "the plan had failed",
        ),
        (
            "The mayor says he is proud of his campaign and expects to win the state.",
            "he is proud of his campaign and expects to win the state",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f[0].content, [content], "{text}");
    }
}

#[test]
fn verbs_of_a_series_in_commas_share_the_subject_and_take_what_follows_them() {
    let (f, _) = run("Clinton praised the bill, criticized the delay and urged a vote.");
    let criticized = by_cue(&f, "criticized");
    assert_eq!(criticized.source.as_deref(), Some("Clinton"));
    assert_eq!(criticized.content, ["the delay"]);
    let (f, _) = run(
        "The candidate mocked a reporter, claimed that immigrants were criminals and called for a ban.",
    );
    let claimed = by_cue(&f, "claimed");
    assert_eq!(claimed.source.as_deref(), Some("The candidate"));
    assert_eq!(claimed.content, ["that immigrants were criminals"]);
    assert_eq!(f.len(), 3);
}

#[test]
fn a_verb_joined_after_an_opening_subordinate_clause_is_the_main_clauses() {
    let (f, _) = run(
        "While the donor didn’t disclose his backing, he did say he found her charming and called her record “unmatched.”",
    );
    let called = by_cue(&f, "called");
    assert_eq!(called.source.as_deref(), Some("he"));
    assert_eq!(called.content, ["her record “unmatched.”"]);
    // A verb joined inside the subordinate clause is still its subject's.
    let (f, _) =
        run("Because the mayor praised the plan and said it would pass, the council voted for it.");
    assert_eq!(by_cue(&f, "said").source.as_deref(), Some("the mayor"));
}
