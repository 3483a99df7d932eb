//! Regression tests for verbs coordinated with an earlier one ("X admitted …, but said
//! …"): whose they are and what they report when quotes stand around the first.

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
