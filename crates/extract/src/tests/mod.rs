//! Regression tests for each pattern, on small hand-written texts: the patterns here,
//! where a content starts and ends in `contents`, the cue's phrase in `cues`, verbs in
//! "-ing" in `participles`, sources in `sources`, the actors they resolve to in `actors`.

use super::*;
use claimgraph_corpus::Meta;
use claimgraph_vocab::ActorKind;

mod actors;
mod chains;
mod companies;
mod contents;
mod coordinated;
mod cues;
mod inverted;
mod names;
mod objects;
mod participles;
mod pronouns;
mod quotes;
mod source_bounds;
mod source_kinds;
mod sources;
mod tweets;

struct Found {
    source: Option<String>,
    cue: String,
    content: Vec<String>,
    kind: QuoteKind,
    via: Option<usize>,
    actor: Option<Actor>,
}

fn run(text: &str) -> (Vec<Found>, Extraction) {
    let doc = Document::new("t", text, Meta::default());
    let ex = extract(&doc);
    let found = ex
        .attributions
        .iter()
        .enumerate()
        .map(|(i, a)| Found {
            source: a.source.map(|s| s.of(text).to_owned()),
            cue: a.cue.of(text).to_owned(),
            content: a.contents.iter().map(|c| c.of(text).to_owned()).collect(),
            kind: a.kind,
            via: a.via,
            actor: ex.attributed_to[i].map(|x| ex.actors[x].clone()),
        })
        .collect();
    (found, ex)
}

/// The actor the attribution whose source phrase is `source` resolved to.
fn actor_of<'a>(found: &'a [Found], source: &str) -> &'a Actor {
    let a = found
        .iter()
        .find(|a| a.source.as_deref() == Some(source))
        .unwrap_or_else(|| panic!("no attribution to {source:?}"));
    a.actor.as_ref().expect("an actor")
}

/// The actor IRIs an article's attributions resolve to, in text order.
fn actor_iris_of(text: &str) -> Vec<String> {
    actor_iris_in(&Document::new("t", text, Meta::default()))
}

/// The actor IRIs a document's attributions resolve to, in text order, for a document
/// with metadata ([`actor_iris_of`] for text alone).
fn actor_iris_in(doc: &Document) -> Vec<String> {
    let ex = extract(doc);
    let article = claimgraph_vocab::article_iri(&doc.id);
    let iris = rdf::actor_iris(&article, &doc.text, &ex);
    ex.attributed_to
        .iter()
        .flatten()
        .map(|&i| iris[i].as_str().to_owned())
        .collect()
}

/// The one attribution found in `text`, failing with the cues found when there are more.
fn run_one(text: &str) -> Found {
    let (mut f, _) = run(text);
    assert_eq!(
        f.len(),
        1,
        "{text}: {:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    f.remove(0)
}

/// Asserts that `text` has one attribution, with this source, cue and single content.
fn assert_one(text: &str, source: Option<&str>, cue: &str, content: &str) {
    let a = run_one(text);
    assert_eq!(
        (a.source.as_deref(), a.cue.as_str(), a.content.as_slice()),
        (source, cue, [content.to_owned()].as_slice()),
        "{text}"
    );
}

/// Asserts, for each case of text, source and cue, that the text has one attribution, with
/// that source and cue.
fn assert_sources_and_cues(cases: &[(&str, &str, &str)]) {
    for &(text, source, cue) in cases {
        let a = run_one(text);
        assert_eq!(
            (a.source.as_deref(), a.cue.as_str()),
            (Some(source), cue),
            "{text}"
        );
    }
}

/// Asserts, for each case of text, cue and content, that the attribution found in the
/// text with that cue has that one content.
fn assert_contents(cases: &[(&str, &str, &str)]) {
    for &(text, cue, content) in cases {
        let (f, _) = run(text);
        assert_eq!(by_cue(&f, cue).content, [content], "{text}");
    }
}

/// The attribution found with this cue; a test fails naming the cues there were.
fn by_cue<'a>(found: &'a [Found], cue: &str) -> &'a Found {
    found.iter().find(|a| a.cue == cue).unwrap_or_else(|| {
        let cues: Vec<&str> = found.iter().map(|a| a.cue.as_str()).collect();
        panic!("no attribution with the cue {cue:?}; cues found: {cues:?}")
    })
}

/// Asserts that a one-attribution text has this source phrase and an actor of this kind
/// (and name, when given).
fn assert_one_source(text: &str, source: &str, kind: ActorKind, name: Option<&str>) {
    let (f, _) = run(text);
    assert_eq!(f.len(), 1, "{text}");
    assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
    let actor = f[0].actor.as_ref().expect(text);
    assert_eq!(actor.kind, kind, "{text}");
    if let Some(name) = name {
        assert_eq!(actor.name, name, "{text}");
    }
}

#[test]
fn direct_quote_before_cue_with_outlet_statement() {
    let (f, _) =
        run("“We are leaving, but we are not leaving,” the State Department said in a statement.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("the State Department"));
    // The cue is the phrase a reader would quote, and its lemma the verb's.
    assert_eq!(f[0].cue, "said in a statement");
    assert_eq!(f[0].content, ["“We are leaving, but we are not leaving,”"]);
    assert_eq!(f[0].kind, QuoteKind::Direct);
    let actor = f[0].actor.as_ref().unwrap();
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Organization, "State Department")
    );
}

#[test]
fn inverted_cue_with_named_source() {
    let (f, _) = run("“I don’t think so,” said Ronald E. Neumann, who was the ambassador.");
    // The source runs to the clause's end, as PolNeAR marks it; the actor is the name.
    assert_eq!(
        f[0].source.as_deref(),
        Some("Ronald E. Neumann, who was the ambassador")
    );
    let actor = f[0].actor.as_ref().unwrap();
    assert_eq!(
        (actor.kind, actor.name.as_str()),
        (ActorKind::Person, "Ronald E. Neumann")
    );
    let (f, _) =
        run("“It is over,” said Steve Schmidt, a Republican strategist, adding that it was.");
    assert_eq!(
        f[0].source.as_deref(),
        Some("Steve Schmidt, a Republican strategist")
    );
    assert_eq!(f[0].actor.as_ref().unwrap().name, "Steve Schmidt");
}

#[test]
fn reported_speech_with_that() {
    let (f, ex) = run("Price said that the US will send troops to the airport.");
    assert_eq!(f[0].source.as_deref(), Some("Price"));
    // The content keeps "that", as PolNeAR marks it; the claim's text does not.
    assert_eq!(
        f[0].content,
        ["that the US will send troops to the airport"]
    );
    assert_eq!(f[0].kind, QuoteKind::Indirect);
    let text = "Price said that the US will send troops to the airport.";
    assert_eq!(
        claim_text(text, &ex.attributions[0].contents),
        "the US will send troops to the airport"
    );
}

#[test]
fn according_to_before_and_inside() {
    let (f, _) = run("According to the Times, the talks failed.");
    assert_eq!(f[0].cue, "According to");
    assert_eq!(f[0].content, ["the talks failed"]);
    assert_eq!(f[0].actor.as_ref().unwrap().name, "The New York Times");
    let (f, _) = run("Five officials, according to the Times, described the mood as tense.");
    let acc = f.iter().position(|a| a.cue == "according to").unwrap();
    assert_eq!(
        f[acc].content,
        ["Five officials", "described the mood as tense"]
    );
    let inner = by_cue(&f, "described");
    assert_eq!(inner.via, Some(acc));
}

#[test]
fn multi_paragraph_quote_continues_the_speaker() {
    let text = "“First we act,” the minister said.\n“Then we talk.”\nUnrelated sentence with six words here.";
    let (f, _) = run(text);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].content, ["“First we act,”", "“Then we talk.”"]);
}

#[test]
fn nouns_and_infinitives_are_not_cues() {
    for text in [
        "The report comes as fighters go door to door to claim their prizes.",
        // A noun after an adjective of rank; a participle describing the noun before it.
        "The main worry is the cost.",
        "The greatest fear expressed by foreigners is that the reform will not survive.",
        // An adjective no verb list has before the noun it modifies; "add" with a thing.
        "The company's preferred stock will not be redeemable before June.",
        "It added rental cars, hotels and an airline to its business.",
        // A participle after a possessive noun.
        "The company's reported earnings rose in the quarter.",
        // "ruled" with a noun phrase governs; a ruling takes "that", "out" or "against".
        "The Taliban, who ruled the country from 1996, took the city.",
        "Fighters have then been going door-to-door to claim their prizes.",
        // A passive of seeing, an irregular participle, with where they were seen.
        "Taliban militants are seen inside the Ghazni city.",
    ] {
        let (f, _) = run(text);
        assert!(
            f.is_empty(),
            "{text}: {:?}",
            f.iter().map(|a| &a.cue).collect::<Vec<_>>()
        );
    }
    // A verb that answers by doing something is one; so is a reporting verb taking a
    // clause with no "that"; a noun after "those" is none.
    let (f, _) = run("Officials responded by calling the report false.");
    assert_eq!(
        by_cue(&f, "responded by calling").source.as_deref(),
        Some("Officials")
    );
    let a = run_one("He added the deal was done.");
    assert_eq!(a.content, ["the deal was done"]);
    // A company's name in the possessive opening the clause is its subject.
    let a = run_one("Moody's cited the company's announced merger with a rival.");
    assert_eq!(
        (a.source.as_deref(), a.cue.as_str()),
        (Some("Moody's"), "cited")
    );
    let a =
        run_one("The developer indicated in those talks that he took the stake as an investment.");
    assert_eq!(a.cue, "indicated");
}

#[test]
fn unattributed_sentences_become_claims_and_boilerplate_does_not() {
    let text = "The Taliban seized the city of Herat on Thursday.\nRead Full Article\nLeave A Reply\nOfficials said the airport was closed.";
    let (_, ex) = run(text);
    let texts: Vec<&str> = ex.unattributed.iter().map(|u| u.span.of(text)).collect();
    assert_eq!(texts, ["The Taliban seized the city of Herat on Thursday"]);
}

#[test]
fn dateline_is_not_content_and_names_the_agency() {
    let text = "NEW YORK, Aug 12 (APP):The embassy will close, the newspaper said.";
    let (f, ex) = run(text);
    assert_eq!(f[0].content, ["The embassy will close"]);
    let agency = ex.agency.map(|a| ex.actors[a].name.clone());
    assert_eq!(agency.as_deref(), Some("Associated Press of Pakistan"));
}

#[test]
fn quads_use_code_point_offsets() {
    let text = "Café workers said the rent is “too high.”";
    let doc = Document::new("t", text, Meta::default());
    let quads = to_quads(&doc, &extract(&doc));
    let begin = quads
        .iter()
        .find(|q| q.predicate.as_str().ends_with("anchorOf") && q.object.to_string() == "\"said\"")
        .map(|q| q.subject.to_string())
        .expect("a cue mention");
    // "Café workers " is 13 code points but 14 bytes.
    assert!(begin.contains("#char=13,17"), "{begin}");
}

#[test]
fn the_cue_model_admits_ambiguous_verbs_where_they_report() {
    // "showed" has non-reporting senses, so the lexicon alone leaves it out; the model
    // takes it as a cue after a poll with a clause behind it.
    let (f, _) = run("A Quinnipiac poll showed that most voters distrust both candidates.");
    let poll = by_cue(&f, "showed");
    assert_eq!(poll.source.as_deref(), Some("A Quinnipiac poll"));
    assert_eq!(poll.content, ["that most voters distrust both candidates"]);
    // and leaves the plain sense alone
    let (f, _) = run("The senator showed up late to the hearing on Tuesday afternoon.");
    assert!(
        f.iter().all(|a| a.cue != "showed"),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
}

#[test]
fn an_as_clause_credits_the_main_clause_to_its_subject() {
    for (text, source, cue, content) in [
        (
            "As the Daily Planet reported, the mayor was also accused of breaking the rules.",
            "the Daily Planet",
            "reported",
            "the mayor was also accused of breaking the rules",
        ),
        (
            "But as Ortiz noted in September, the council raised more than $1 million.",
            "Ortiz",
            "noted",
            "the council raised more than $1 million",
        ),
        (
            "As reported by the Gazette, the city became the first to mandate the wage.",
            "the Gazette",
            "reported",
            "the city became the first to mandate the wage",
        ),
        (
            "The senator was speaking to reporters, as one of them, Ann Lee, reported.",
            "one of them, Ann Lee",
            "reported",
            "The senator was speaking to reporters",
        ),
    ] {
        assert_one(text, Some(source), cue, content);
    }
    // "As expected": no one reported anything.
    let (f, _) = run("As expected, the vote failed.");
    assert!(f.is_empty(), "{:?}", f.first().map(|a| &a.cue));
}

#[test]
fn a_verb_and_colon_ending_a_paragraph_introduce_the_quote_below() {
    let a = run_one("She turned to the moderators. Ortiz continued:\n\n“Are you a comic book villain? Can you do math?”\n\nThe crowd cheered.");
    assert_eq!(a.source.as_deref(), Some("Ortiz"));
    assert_eq!(a.cue, "continued:");
    assert_eq!(
        a.content,
        ["“Are you a comic book villain? Can you do math?”"]
    );
    // A verb no list has, which the cue model is sure of there, is one all the same.
    let a = run_one(
        "The crowd cheered.\n\nA retired teacher, Ann Moss, echoed:\n\n“He speaks his mind.”",
    );
    assert_eq!(a.source.as_deref(), Some("A retired teacher, Ann Moss"));
    assert_eq!(a.cue, "echoed:");
}

#[test]
fn learned_cues_are_recorded_by_their_base_form() {
    use crate::lexicon::learned_form;
    assert_eq!(learned_form("offered"), Some("offer"));
    assert_eq!(learned_form("ruled"), Some("rule"));
    assert_eq!(learned_form("insisting"), Some("insist"));
    assert_eq!(learned_form("continued"), Some("continue"));
    assert_eq!(learned_form("offer"), Some("offer"));
    assert_eq!(learned_form("not-in-the-lexicon"), None);
}

#[test]
fn a_quote_after_the_sources_appositive_continues_the_speech() {
    // Newsroom style with straight double apostrophes, a long appositive between the
    // first quote's cue and the next, and a plain sentence before the first quote.
    let (f, _) = run(
        "Leaders praise the plan. ''It performed better than expected,'' said \
         Mary Polak, the province's environment minister. ''I'm not sure anyone predicted it.''",
    );
    let said = by_cue(&f, "said");
    assert_eq!(
        said.content,
        [
            "''It performed better than expected,''",
            "''I'm not sure anyone predicted it.''"
        ]
    );
    assert_eq!(said.kind, QuoteKind::Direct);
    // A programme's name in quotes in the cue's sentence does not end the speech.
    let (f, _) =
        run("“It's nonsense,” Mr. Trump said by telephone on NBC's “Meet the Press.” “She lies.”");
    let said = by_cue(&f, "said");
    assert_eq!(said.content, ["“It's nonsense,”", "“She lies.”"]);
}

#[test]
fn colon_headlines_name_speakers_not_sections() {
    for label in [
        "The Latest: Cruz to give away an engraved shotgun at the rally",
        "From the desk.\nMonday’s Morning Email: Smith’s potential role in the hack",
        "From the desk.\nRemember: The world also ignored the warnings back then",
        "From the desk.\nRevealed: What the new videos actually contain about the plan",
        "Our panel.\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink",
        // Page furniture after a label is no speech either.
        "Officials met on Monday.\n\nSource: Read Full Article",
        "Officials met on Monday.\n\nReuters Wire: Read Full Article here",
    ] {
        let (f, _) = run(label);
        assert!(f.is_empty(), "{label}: {:?}", f.first().map(|a| &a.source));
    }
    // A poll speaks for its findings, as in the headline "Poll: …".
    let (f, _) = run(
        "From our desk.\nPoll: Smith and Jones hold narrow leads in Ohio\nThe poll ran all week.",
    );
    let poll = by_cue(&f, ":");
    assert_eq!(poll.source.as_deref(), Some("Poll"));
    assert_eq!(poll.content, ["Smith and Jones hold narrow leads in Ohio"]);
    // (Not as the text's first line, where "TAPPER:" would read as a dateline.)
    let (f, _) = run("From the interview.\nTAPPER: You support him. Many voters doubt that message.\nFALLIN: Well, I think we all need unity.");
    let speakers: Vec<(&str, &[String])> = f
        .iter()
        .filter(|a| a.cue == ":")
        .map(|a| (a.source.as_deref().unwrap_or(""), a.content.as_slice()))
        .collect();
    assert_eq!(
        speakers,
        [
            (
                "TAPPER",
                ["You support him. Many voters doubt that message".to_owned()].as_slice()
            ),
            (
                "FALLIN",
                ["Well, I think we all need unity".to_owned()].as_slice()
            )
        ]
    );
}

#[test]
fn aims_requests_and_impressions_with_an_infinitive() {
    // What a source said it would, or would not, do is what PolNeAR attributes.
    for (text, source, cue, content) in [
        (
            "Mr. Trump has vowed to leave such spending untouched.",
            "Mr. Trump",
            "has vowed",
            "to leave such spending untouched",
        ),
        (
            "The campaign declined to comment.",
            "The campaign",
            "declined",
            "to comment",
        ),
        (
            "They urged him to resign.",
            "They",
            "urged",
            "him to resign",
        ),
        (
            "The mayor called on the council to block the deal.",
            "The mayor",
            "called on",
            "the council to block the deal",
        ),
        (
            "The pastor asked the congregation to stand.",
            "The pastor",
            "asked",
            "the congregation to stand",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].source.as_deref(), Some(source), "{text}");
        assert_eq!(f[0].cue, cue, "{text}");
        assert_eq!(f[0].content, [content], "{text}");
    }
    // An aim of no one's saying: an effort, a plan, a poll.
    let (f, _) = run("The effort, led by the chief envoy, seeks to avoid an evacuation.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.source).collect::<Vec<_>>()
    );
    // Wanting and trying are left alone: PolNeAR marks them less often than not.
    let (f, _) = run("The governor wants to cut taxes and tried to sell the plan.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    // "appeared to", however rarely "appeared" reports elsewhere, is an impression.
    let (f, _) = run("The closures appear to have brought some stability.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source, None);
    assert_eq!(
        f[0].content,
        ["The closures", "to have brought some stability"]
    );
}

#[test]
fn a_poll_is_the_source_of_what_is_found_in_it() {
    let (f, _) =
        run("Trump has a decisive lead in the latest polls ahead of the April 19 primary.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "in");
    assert_eq!(f[0].source.as_deref(), Some("the latest polls"));
    assert_eq!(f[0].content, ["Trump has a decisive lead"]);
    // Opening the sentence, with when it was taken; the content is the clause after it.
    let (f, _) =
        run("In a CBS News poll released Monday, 50 percent chose Clinton, adding to her lead.");
    assert_eq!(
        f[0].source.as_deref(),
        Some("a CBS News poll released Monday")
    );
    assert_eq!(f[0].content, ["50 percent chose Clinton"]);
    assert_eq!(
        f[0].actor.as_ref().map(|a| a.name.as_str()),
        Some("CBS News")
    );
    // The lead-in before the clause is not what the poll found.
    let (f, _) = run("By Jan. 18, Obama was winning by 28 points in the same poll.");
    assert_eq!(f[0].content, ["Obama was winning by 28 points"]);
    // A poll that is not the phrase's head, a noun the poll modifies, or the polls in
    // general are no source.
    for text in [
        "In the wake of a new poll, the campaign was gloomy.",
        "Rubio rose in the polls after the debate.",
        "The lines were long in the poll stations downtown.",
        "Ortiz, who is third in many Iowa polls, held a rally.",
    ] {
        assert!(run(text).0.is_empty(), "{text}");
    }
}

#[test]
fn a_hedge_reports_without_a_source() {
    let (f, _) = run("The FBI is reportedly making arrangements to interview the candidate.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "reportedly");
    assert_eq!(f[0].source, None);
    assert_eq!(
        f[0].content,
        ["The FBI", "making arrangements to interview the candidate"]
    );
    // Before a reporting verb the hedge qualifies that verb's attribution.
    let (f, _) = run("Trump reportedly said he would win the state.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("Trump"));
}

#[test]
fn a_name_after_a_dash_with_a_colon_and_a_quote_is_the_source() {
    let (f, _) = run(
        "POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: “The polls ended too early.” More follows here.",
    );
    let a = by_cue(&f, ":");
    assert_eq!(a.source.as_deref(), Some("Mark Blumenthal and Jon Cohen"));
    assert_eq!(a.content, ["“The polls ended too early.”"]);
    // Without a quotation after it, a colon after a dash is a heading's.
    let (f, _) = run("Results - New Hampshire: the count goes on tonight in every town.");
    assert!(f.iter().all(|a| a.cue != ":"));
}

/// Every prefix of a text that holds the patterns' shapes, cut at each character
/// boundary, extracts without a panic: a pattern that looks a word or two ahead must
/// find the text's end there, as a title-only story can end on a cue.
#[test]
fn every_prefix_of_a_text_of_many_patterns_extracts_without_a_panic() {
    let text = "Speaking Sunday on ABC’s “This Week,” Carson admitted that the name was wrong, but said \
        the campaign had found it. He also pledged to act; she pointed to the attacks on her campaign. \
        “Bush got fewer votes,” he points out. Officials told residents not to drink the water. \
        The cuts, which officials said will take effect in May, will not apply. All told, the group \
        raised $4 million, at least 21,000 said. Said Jane Roe, who grew up with him, “We were proud.” \
        Voters who backed Mr. Obama in Ohio said.Trump claimed \"it failed,\"Katie Packer said. \
        Neither man has spoken out about the crisis. Advisers to Mr. Rubio point out. He brushed off\n\
        <tweet author=\"@jroe\" id=\"1\">Open. pic.twitter.com/x — Jane Roe (@jroe) May 1</tweet>";
    let mut cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    cuts.push(text.len());
    for cut in cuts {
        run(&text[..cut]);
    }
}

/// Asserts that every attribution of `text` is credited to the person `name`: a later
/// reference (a party noun, a contracted pronoun) resolved to the one named first.
fn assert_all_credited_to(text: &str, name: &str) {
    let (f, _) = run(text);
    assert!(f.len() >= 2, "{text}: {} attributions", f.len());
    for a in &f {
        let actor = a.actor.as_ref().map(|x| (x.kind, x.name.as_str()));
        assert_eq!(
            actor,
            Some((ActorKind::Person, name)),
            "{text}: {:?}",
            a.source
        );
    }
}

#[test]
fn a_headline_in_capitals_over_a_story_is_no_attribution_of_its_own() {
    let story = "BAKER SAYS U.S. WANTS STABLE DOLLAR\nWASHINGTON, March 3 - Treasury Secretary \
                 James Baker said the United States wants a stable dollar.\n";
    let (f, _) = run(story);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "said");
    assert_eq!(
        f[0].source.as_deref(),
        Some("Treasury Secretary James Baker")
    );
    // A brief that is its headline alone has no lead to say it in full.
    let (f, _) = run("BAKER SAYS U.S. WANTS STABLE DOLLAR\n");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "SAYS");
}
