//! Regression tests for what comes between a cue and what it reports: the one spoken to
//! ("told Reuters"), a "that" that opens the clause rather than an object, when it was
//! said, and the terms of anonymity, which are the reporter's however long their reason
//! runs.

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
fn when_it_was_said_is_not_what_was_said() {
    for text in [
        "The finance minister said on Tuesday he would not intervene in the market.",
        "The finance minister said last week he would not intervene in the market.",
        "The finance minister said on Tuesday that he would not intervene in the market.",
    ] {
        let a = run_one(text);
        assert_eq!(a.source.as_deref(), Some("The finance minister"), "{text}");
        assert!(
            a.content[0].ends_with("he would not intervene in the market")
                && !a.content[0].contains("Tuesday")
                && !a.content[0].contains("week"),
            "{text}: {:?}",
            a.content
        );
    }
}
