//! Regression tests for quotations around a cue: which quote a cue reports, where a
//! quote closed by its comma ends what was said, and quoted titles that are no speech.

use super::*;

#[test]
fn a_quote_opened_in_the_content_runs_to_its_closing_mark() {
    let (f, _) = run(
        "Brooks said the tone “was because the others went after him. And I think there’s something to that.” The debate ended.",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].content,
        ["the tone “was because the others went after him. And I think there’s something to that.”"]
    );
    assert_eq!(f[0].kind, QuoteKind::Mixed);
}

#[test]
fn a_cue_with_its_own_that_reports_the_clause_after_not_a_title_quoted_before() {
    let a = run_one(
        "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name was wrong.",
    );
    assert_eq!(a.source.as_deref(), Some("Carson"));
    assert_eq!(a.content, ["that the course name was wrong"]);
}

#[test]
fn an_aside_ending_in_a_quote_closed_by_its_comma_ends_before_the_main_verb() {
    // The relative clause's cue reports up to the quote; the main verb's source is the
    // name with its aside, and what follows is what it said.
    let (f, _) =
        run("Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort needs a leader.");
    let calls = by_cue(&f, "calls");
    assert_eq!(calls.content, ["Trump a “sociopath,”"]);
    // The name with its aside is the source of "said", and the clause after it what
    // was said.
    let said_by = |f: &[Found], source: &str, content: &str, name: &str| {
        let said = by_cue(f, "said");
        assert_eq!(said.source.as_deref(), Some(source));
        assert_eq!(said.content, [content]);
        assert_eq!(said.actor.as_ref().map(|a| a.name.as_str()), Some(name));
    };
    said_by(
        &f,
        "Humphrey, who calls Trump a “sociopath,”",
        "he doesn’t believe the effort needs a leader",
        "Humphrey",
    );
    // An appositive with a title in quotes is the same.
    for (text, source, content, name) in [
        (
            "Jane Roe, a host of “The Five,” said the polls were wrong.",
            "Jane Roe, a host of “The Five,”",
            "the polls were wrong",
            "Jane Roe",
        ),
        // So is a title set off by its own comma after the kind of work it names, the
        // quote no words of the source's.
        (
            "Sam Roe, a contestant on the show, “The Apprentice,” said his boss was kind.",
            "Sam Roe, a contestant on the show, “The Apprentice,”",
            "his boss was kind",
            "Sam Roe",
        ),
        // And a "who" clause after such an appositive, its comma inside the quote.
        (
            "Jane Roe, author of “Deal Maker,” who lives in Ohio, said the plan would fail.",
            "Jane Roe, author of “Deal Maker,” who lives in Ohio",
            "the plan would fail",
            "Jane Roe",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        said_by(&f, source, content, name);
    }
    // A quote opening the clause, or one after a verb, is what was said: the source
    // comes after the cue.
    for text in [
        "“Look, the plan needed work,” said Jane Roe, a state delegate.",
        "Behind the scenes, Mr. Doe is “activating his network,” said Jane Roe, a state delegate.",
    ] {
        let (f, _) = run(text);
        assert_eq!(
            by_cue(&f, "said").source.as_deref(),
            Some("Jane Roe, a state delegate"),
            "{text}"
        );
    }
}

#[test]
fn a_participle_after_a_quote_closed_by_its_comma_is_the_reporters() {
    // The comma inside the closing mark ends the reported clause as a plain comma does.
    for (text, content) in [
        (
            "Trump called Cruz the “ultimate hypocrite,” linking to a story about a dinner.",
            "Cruz the “ultimate hypocrite,”",
        ),
        (
            "Trump called Cruz the \"ultimate hypocrite,\" linking to a story about a dinner.",
            "Cruz the \"ultimate hypocrite,\"",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, "called").content, [content], "{text}");
    }
}

#[test]
fn a_quote_closed_by_its_comma_ends_what_was_said_before_a_clause_of_the_reporters() {
    assert_contents(&[
        (
            "She called the plan “a disaster,” which is her harshest word yet.",
            "called",
            "the plan “a disaster,”",
        ),
        (
            "Lee described the report as “deeply flawed,” the committee rejected it outright.",
            "described",
            "the report as “deeply flawed,”",
        ),
    ]);
    // A straight mark after ", adding," opens the quote: it ends nothing.
    let (f, _) =
        run("The plant will close next year, Ms. Roe said, adding, \"It was not an easy choice.\"");
    assert_eq!(
        by_cue(&f, "adding").content,
        ["\"It was not an easy choice.\""]
    );
}

#[test]
fn a_quote_before_a_subject_and_cue_that_report_their_own_clause_is_not_theirs() {
    // The quote is part of the question; what the source said comes after its cue.
    for (text, cue, content) in [
        (
            "Asked whether Clinton “has the integrity to serve,” 75 percent of Democrats said yes.",
            "said",
            "yes",
        ),
        (
            "Although Weiner admitted that they had “been friends for some time,” he claimed they had never met.",
            "claimed",
            "they had never met",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, cue).content, [content], "{text}");
    }
    // The question ends with the quote its comma closes.
    let (f, _) = run(
        "Asked whether Clinton “has the integrity to serve,” 75 percent of Democrats said yes.",
    );
    assert_eq!(
        by_cue(&f, "Asked").content,
        ["whether Clinton “has the integrity to serve,”"]
    );
    // A quote before a cue that reports nothing after it is still the cue's.
    let (f, _) = run("“It was very nice,” the tycoon told Reuters when asked if he had met Trump.");
    assert_eq!(by_cue(&f, "told").content, ["“It was very nice,”"]);
}

#[test]
fn a_title_quoted_after_a_possessive_or_on_before_the_source_is_no_speech() {
    for (text, content) in [
        (
            "Wednesday on Fox News Channel’s “Hannity,” the former speaker said the ticket would win.",
            "the ticket would win",
        ),
        (
            "Later on “Face the Nation,” Senator Ortiz questioned the mayor’s account.",
            "the mayor’s account",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(a.content, [content], "{text}");
    }
    // A possessive before words that are not a title is a mixed quote.
    let a = run_one("Bloomberg’s “looks like a vanity candidacy,” the mayor said.");
    assert!(a.content[0].contains("vanity candidacy"), "{:?}", a.content);
}

#[test]
fn a_speaker_reporting_inside_the_next_quote_goes_on_with_the_speech() {
    // The cue inside the second quote is hers, nested in what she said; it does not end
    // her speech as a new speaker's cue would.
    let (f, _) = run("“I was shocked,” she said. “I kept on arguing, saying, ‘I was adopted.’”");
    let said = by_cue(&f, "said");
    assert_eq!(said.content.len(), 2, "{:?}", said.content);
    assert!(
        said.content[1].starts_with("“I kept on arguing"),
        "{:?}",
        said.content
    );
    assert_eq!(by_cue(&f, "saying").via, Some(0));
    // A new speaker's cue before the next quote still ends it.
    let (f, _) = run("“I was shocked,” she said. Jones said, “I kept on arguing.”");
    assert_eq!(by_cue(&f, "said").content, ["“I was shocked,”"]);
}

#[test]
fn a_pledge_that_the_words_are_exact_stands_between_cue_and_quote() {
    for text in [
        "Trump said, and I quote, “We love the poorly educated.”",
        "Trump said, quote, “We love the poorly educated.”",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some("Trump"), "{text}");
        assert_eq!(f[0].content, ["“We love the poorly educated.”"], "{text}");
    }
}
