//! Regression tests for chains: an attribution reported through another ("…, the
//! newspaper said, citing two American officials"; "Ortiz told the Post"), linked by
//! `via` from the cited source to the one that cites it.

use super::*;

#[test]
fn newspaper_citing_officials_is_a_chain() {
    let text = "The New York Times reported the talks on Thursday.\nThe effort seeks to avoid an evacuation of the embassy, the newspaper said, citing two American officials.";
    let (f, _) = run(text);
    let paper = f
        .iter()
        .position(|a| a.source.as_deref() == Some("the newspaper"))
        .expect("newspaper attribution");
    assert_eq!(
        f[paper].content,
        ["The effort seeks to avoid an evacuation of the embassy"]
    );
    assert_eq!(f[paper].actor.as_ref().unwrap().name, "The New York Times");
    let officials = f
        .iter()
        .find(|a| a.source.as_deref() == Some("two American officials"))
        .expect("officials");
    assert_eq!(officials.cue, "citing");
    assert_eq!(officials.via, Some(paper));
    let anon = officials.actor.as_ref().unwrap();
    assert_eq!(
        (anon.kind, anon.count, anon.affiliation.as_deref()),
        (ActorKind::Anonymous, Some(2), Some("American"))
    );
}

#[test]
fn a_source_cited_in_commas_right_after_the_cue_is_a_chain_too() {
    for text in [
        "The newspaper said, citing two American officials, that the embassy would close.",
        "The Times reported on Tuesday, citing two American officials, that the embassy would close.",
        "The paper said, citing two American officials, the embassy would close.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 2, "{text}");
        let outlet = f.iter().position(|a| a.via.is_none()).expect("the outlet's");
        let cited = f.iter().find(|a| a.via == Some(outlet)).expect("the officials'");
        assert_eq!(cited.source.as_deref(), Some("two American officials"), "{text}");
        for a in &f {
            assert!(
                a.content[0].ends_with("the embassy would close"),
                "{text}: {:?}",
                a.content
            );
        }
    }
}

#[test]
fn a_source_cited_before_the_attribution_is_its_next_link() {
    for (text, outlet, cited) in [
        (
            "The Wall Street Journal, citing people familiar with the matter, reported that the company was in talks.",
            "The Wall Street Journal",
            "people familiar with the matter",
        ),
        (
            "Citing unnamed sources, Bloomberg News reported that the company was in talks.",
            "Bloomberg News",
            "unnamed sources",
        ),
        (
            "The newspaper reported that the company was in talks, citing people familiar with the matter.",
            "The newspaper",
            "people familiar with the matter",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 2, "{text}: {:?}", f.iter().map(|a| &a.cue).collect::<Vec<_>>());
        let main = f.iter().position(|a| a.via.is_none()).expect("the outlet's");
        assert_eq!(f[main].source.as_deref(), Some(outlet), "{text}");
        let link = f.iter().find(|a| a.via == Some(main)).expect("the cited source's");
        assert_eq!(link.source.as_deref(), Some(cited), "{text}");
        for a in &f {
            assert_eq!(a.content, ["that the company was in talks"], "{text}");
        }
    }
    // What is cited as a reason is no source: its own attribution, as PolNeAR marks it.
    let (f, _) = run("Citing last week's attack, Smith wrote that the president had failed.");
    assert!(f.iter().all(|a| a.via.is_none()));
    assert_eq!(by_cue(&f, "Citing").content, ["last week's attack"]);
}

#[test]
fn told_an_outlet_nests_the_source_under_the_outlet() {
    let (f, _) =
        run("The plan would avoid an evacuation, two US officials told the New York Times.");
    let outlet = f
        .iter()
        .position(|a| {
            a.actor
                .as_ref()
                .is_some_and(|x| x.kind == ActorKind::Outlet)
        })
        .expect("outlet");
    let officials = f
        .iter()
        .find(|a| a.source.as_deref() == Some("two US officials"))
        .expect("officials");
    assert_eq!(officials.via, Some(outlet));
    assert_eq!(officials.content, ["The plan would avoid an evacuation"]);
    // Told an outlet that…: "that" opens the clause, it is not part of the outlet's name.
    let (f, _) = run("A Taliban spokesman told the BBC that fighters would not enter the capital.");
    let spokesman = f
        .iter()
        .find(|a| a.source.as_deref() == Some("A Taliban spokesman"))
        .expect("spokesman");
    assert_eq!(
        spokesman.content,
        ["that fighters would not enter the capital"]
    );
    let outlet = &f[spokesman.via.expect("via the outlet")];
    assert_eq!(outlet.source.as_deref(), Some("the BBC"));
}

#[test]
fn citing_with_no_comma_before_it_is_a_link_and_nothing_else() {
    let (f, _) = run("Taliban fighters could isolate the capital in 30 days, a defense official told Reuters citing intelligence reports as the fighters advanced.");
    let cues: Vec<&str> = f.iter().map(|a| a.cue.as_str()).collect();
    assert_eq!(cues, ["told", "told", "citing"]);
    let official = f
        .iter()
        .position(|a| a.source.as_deref() == Some("a defense official"))
        .expect("the official's");
    let cited = by_cue(&f, "citing");
    assert_eq!(cited.source.as_deref(), Some("intelligence reports"));
    assert_eq!(cited.via, Some(official));
    assert_eq!(
        cited.content,
        ["Taliban fighters could isolate the capital in 30 days"]
    );
}

#[test]
fn a_quote_told_to_an_outlet_is_reported_through_it() {
    for text in [
        "“Her response has been good,” Renteria told The Washington Post.",
        "“Her response has been good.” Renteria told The Washington Post.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 2, "{text}");
        let outlet = f
            .iter()
            .position(|a| a.source.as_deref() == Some("The Washington Post"))
            .expect("the outlet's");
        let speaker = f
            .iter()
            .find(|a| a.via == Some(outlet))
            .expect("Renteria's");
        assert_eq!(speaker.source.as_deref(), Some("Renteria"), "{text}");
        assert_eq!(speaker.kind, QuoteKind::Direct, "{text}");
    }
}

#[test]
fn a_reason_cited_is_the_citing_sources_own_not_a_link() {
    for (text, source, reason) in [
        (
            "“It’s a reflection of frustration,” McCain said, citing low economic growth and growing inequality.",
            "McCain",
            "low economic growth and growing inequality",
        ),
        (
            "Trump last year proposed a ban on visitors, citing fears of terrorism.",
            "Trump",
            "fears of terrorism",
        ),
    ] {
        let (f, _) = run(text);
        let cited = by_cue(&f, "citing");
        assert_eq!(cited.source.as_deref(), Some(source), "{text}");
        assert_eq!(cited.content, [reason], "{text}");
        assert_eq!(cited.via, None, "{text}");
    }
}

#[test]
fn the_one_quoted_in_a_passive_is_the_source_and_the_quoting_outlet_relays() {
    for (text, source, outlet, content) in [
        (
            "The minister was quoted by Reuters as saying the talks had failed.",
            "The minister",
            Some("Reuters"),
            "the talks had failed",
        ),
        (
            "“We will stay,” the envoy was quoted as saying by the Times.",
            "the envoy",
            Some("the Times"),
            "“We will stay,”",
        ),
        (
            "The minister was quoted in the paper as saying the talks had failed.",
            "The minister",
            None,
            "the talks had failed",
        ),
    ] {
        let (f, _) = run(text);
        let quoted = f
            .iter()
            .find(|a| a.source.as_deref() == Some(source))
            .unwrap_or_else(|| panic!("{text}: no attribution to {source}"));
        assert_eq!(quoted.content, [content], "{text}");
        match outlet {
            Some(outlet) => {
                let relay = &f[quoted.via.expect("relayed by the outlet")];
                assert_eq!(relay.source.as_deref(), Some(outlet), "{text}");
                assert_eq!(relay.content, [content], "{text}");
            }
            None => assert_eq!(f.len(), 1, "{text}"),
        }
    }
}

#[test]
fn the_media_is_the_press_at_large_not_the_outlet_named_before() {
    let (f, _) = run("The New York Times reported the talks. The plan failed, the media said.");
    assert_eq!(actor_of(&f, "The New York Times").kind, ActorKind::Outlet);
    let media = actor_of(&f, "the media");
    assert_eq!(media.kind, ActorKind::Anonymous);
    assert_ne!(media.name, "The New York Times");
}

#[test]
fn an_outlet_told_after_what_was_confirmed_relays_it() {
    let (f, _) = run("A resident confirmed the capture to AFP, noting that the forces withdrew.");
    let resident = f
        .iter()
        .find(|a| a.cue == "confirmed" && a.source.as_deref() == Some("A resident"))
        .expect("the resident's");
    assert_eq!(resident.content, ["the capture"]);
    let relay = &f[resident.via.expect("relayed by AFP")];
    assert_eq!(relay.source.as_deref(), Some("AFP"));
    // A comparison, or a clause whose own verb sent something to an outlet, is no telling.
    for text in [
        "Mr. Schultz likened RT to the BBC.",
        "The commissioner says no one released the filings to the New York Times.",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert!(
            f[0].content[0].ends_with("Times") || f[0].content[0].ends_with("BBC"),
            "{text}"
        );
    }
}
