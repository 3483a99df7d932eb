//! Regression tests for each pattern, on small hand-written texts.

use super::*;
use claimgraph_corpus::Meta;
use claimgraph_vocab::ActorKind;

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
    let inner = f.iter().find(|a| a.cue == "described").expect("described");
    assert_eq!(inner.via, Some(acc));
}

#[test]
fn embedded_tweet_credits_the_line_before() {
    let (f, _) = run("Some intro text here for the story.\nThe embassy will stay open, officials say.\n— Jane Roe (@janeroe) August 12, 2021\nMore text follows here.");
    let tweet = f.iter().find(|a| a.cue == "—").expect("tweet");
    assert_eq!(tweet.source.as_deref(), Some("Jane Roe"));
    assert_eq!(tweet.content, ["The embassy will stay open, officials say"]);
    assert_eq!(
        tweet.actor.as_ref().unwrap().handle.as_deref(),
        Some("janeroe")
    );
}

#[test]
fn pronouns_and_roles_resolve_to_earlier_actors() {
    let text = "“We are concerned,” Spokesman Stephane Dujarric told reporters.\n“We hope for talks,” the spokesman said.\nBut, he said, the situation was “complex.”";
    let (f, _) = run(text);
    assert!(
        f.len() >= 3,
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    let names: Vec<String> = f
        .iter()
        .map(|a| a.actor.as_ref().unwrap().name.clone())
        .collect();
    assert!(names.iter().all(|n| n == "Stephane Dujarric"), "{names:?}");
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
    let (f, _) = run("The report comes as fighters go door to door to claim their prizes.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
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
fn appositive_subject_with_a_relative_clause() {
    let (f, _) = run("Barkley, who said he typically votes democratic, said one candidate he likes so far is Ohio Governor John Kasich.");
    let main = f
        .iter()
        .find(|a| a.source.as_deref() != Some("who"))
        .expect("main attribution");
    assert_eq!(
        main.source.as_deref(),
        Some("Barkley, who said he typically votes democratic")
    );
    assert_eq!(
        main.content,
        ["one candidate he likes so far is Ohio Governor John Kasich"]
    );
}

#[test]
fn the_cue_model_admits_ambiguous_verbs_where_they_report() {
    // "showed" has non-reporting senses, so the lexicon alone leaves it out; the model
    // takes it as a cue after a poll with a clause behind it.
    let (f, _) = run("A Quinnipiac poll showed that most voters distrust both candidates.");
    let poll = f
        .iter()
        .find(|a| a.cue == "showed")
        .expect("showed is a cue");
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
fn a_contrast_ends_the_content() {
    let (f, _) = run("Most Republicans said they trust the party, while most Democrats disagreed.");
    assert_eq!(f[0].content, ["they trust the party"]);
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
fn a_participle_after_a_quote_keeps_the_quote_whole_and_reports_for_the_speaker() {
    let (f, _) = run(
        "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention.",
    );
    assert_eq!(
        f[0].content,
        ["things “should be wrapped up by Cleveland,”"]
    );
    let referring = f
        .iter()
        .find(|a| a.cue == "referring to")
        .expect("a second attribution");
    assert_eq!(referring.source.as_deref(), Some("Trump"));
    assert_eq!(referring.content, ["the party’s July convention"]);
}

/// The actor IRIs an article's attributions resolve to, in text order.
fn actor_iris_of(text: &str) -> Vec<String> {
    let (_, ex) = run(text);
    let article = claimgraph_vocab::article_iri("t");
    let iris = rdf::actor_iris(&article, text, &ex);
    ex.attributed_to
        .iter()
        .flatten()
        .map(|&i| iris[i].as_str().to_owned())
        .collect()
}

#[test]
fn the_same_person_is_one_iri_across_articles_and_namesakes_are_not() {
    let first = actor_iris_of(
        "“The embassy stays open,” State Department spokesperson Ned Price said on Tuesday.",
    );
    let second = actor_iris_of(
        "The mission will continue, Ned price told reporters. Later, Price said talks went on.",
    );
    let namesake = actor_iris_of("Jane Price, a local teacher, said the schools were closed.");
    assert_eq!(first, ["https://w3id.org/claimgraph/id/person/ned-price"]);
    assert_eq!(second, [first[0].as_str(), first[0].as_str()]);
    assert_eq!(namesake.len(), 1);
    assert_ne!(namesake[0], first[0]);
}

#[test]
fn a_surname_alone_is_the_namesake_spoken_of_last() {
    let iris = actor_iris_of(
        "The embassy is open, Ned Price said. Schools will close, Jane Price, a teacher, said. \
         Buses will still run, Price added.",
    );
    assert_eq!(iris.len(), 3, "{iris:?}");
    assert!(
        iris[0].ends_with("/ned-price") && iris[1].ends_with("/jane-price"),
        "{iris:?}"
    );
    assert_eq!(iris[2], iris[1]);
}

#[test]
fn outlet_aliases_are_one_outlet() {
    let full = actor_iris_of("The talks will resume, The New York Times reported on Thursday.");
    let short = actor_iris_of("The talks will resume, the NYT said.");
    let later = actor_iris_of(
        "The New York Times first reported the plan. The talks will resume, the Times said.",
    );
    assert_eq!(full.len(), 1);
    assert_eq!(short, full);
    assert_eq!(later.last(), full.first());
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
    let said = f.iter().find(|a| a.cue == "said").unwrap();
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
    let said = f.iter().find(|a| a.cue == "said").unwrap();
    assert_eq!(said.content, ["“It's nonsense,”", "“She lies.”"]);
}

#[test]
fn role_then_name_bare_plurals_and_clauses_after_the_cue() {
    let source_of = |text: &str| {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        (f[0].source.clone().unwrap(), f[0].content.clone())
    };
    assert_eq!(
        source_of(
            "“It is worth a look,” the White House spokesman, Josh Earnest, said on Thursday."
        )
        .0,
        "the White House spokesman, Josh Earnest"
    );
    assert_eq!(
        source_of("The tool helps in a crisis, a spokeswoman, Anna White, said on Saturday."),
        (
            "a spokeswoman, Anna White".to_owned(),
            vec!["The tool helps in a crisis".to_owned()]
        )
    );
    assert_eq!(
        source_of("His stance hurt him among voters, political experts said.").0,
        "political experts"
    );
    // "there" and a verb after the cue open the reported clause; neither is an adverbial
    // nor the verb of "report says".
    assert_eq!(source_of("He said there is a war.").1, ["there is a war"]);
    assert_eq!(
        source_of("He said tweets were sent.").1,
        ["tweets were sent"]
    );
    // A single mark closing inside a double one: '''.
    assert_eq!(
        source_of("''We hear, 'Kosovo is a special case,''' Mr. Putin said.").1,
        ["''We hear, 'Kosovo is a special case,'''"]
    );
}

#[test]
fn the_cue_is_its_verb_group_particle_and_colon() {
    let cues = |text: &str| run(text).0.into_iter().map(|a| a.cue).collect::<Vec<_>>();
    assert_eq!(cues("He has also said the plan failed."), ["has also said"]);
    assert_eq!(
        cues("She pointed out that the plan failed."),
        ["pointed out"]
    );
    assert_eq!(cues("The minister added: “We failed.”"), ["added:"]);
    assert_eq!(
        cues("Democrats repeatedly called for an inquiry into the deal."),
        ["repeatedly called for"]
    );
    // Not across a source or into a quotation.
    assert_eq!(cues("“Also,” he said."), ["said"]);
}

#[test]
fn participles_after_the_noun_that_reports_and_impressions_without_a_source() {
    let (f, _) = run("Police received 911 calls saying shots had been fired at the center.");
    let saying = f.iter().find(|a| a.cue == "saying").expect("saying");
    assert_eq!(saying.source.as_deref(), Some("911 calls"));
    assert_eq!(saying.content, ["shots had been fired at the center"]);
    let (f, _) = run("Bolton distanced himself from the movement by saying he would serve.");
    let saying = f.iter().find(|a| a.cue == "saying").expect("by saying");
    assert_eq!(saying.source.as_deref(), Some("Bolton"));
    // No one is named for an impression: the subject is part of what is claimed.
    let (f, _) = run("The senator is expected to win the primary easily.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].cue, "is expected");
    assert_eq!(f[0].source, None);
    assert_eq!(f[0].content, ["The senator", "to win the primary easily"]);
    let (f, _) = run("The campaign seemed reluctant to answer. Clinton is widely expected to win.");
    let cues: Vec<&str> = f.iter().map(|a| a.cue.as_str()).collect();
    assert_eq!(cues, ["seemed", "is widely expected"]);
    assert!(f.iter().all(|a| a.source.is_none()));
    // Where someone appeared is no impression.
    let (f, _) = run("The senator appeared on Fox News on Sunday.");
    assert!(f.is_empty());
}

#[test]
fn sources_set_off_by_dashes_possessives_bare_nouns_and_quotes_closed_before() {
    let one = |text: &str| {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        let a = &f[0];
        (
            a.source.clone().unwrap(),
            a.content.clone(),
            a.actor.as_ref().map(|x| x.name.clone()),
        )
    };
    assert_eq!(
        one("Three were arrested in the lobby, police said.").0,
        "police"
    );
    // A time before the cue says when, not who.
    let (f, _) = run("A few minutes later said the vote was over.");
    assert!(f.iter().all(|a| a.source.is_none()), "{:?}", f[0].source);
    let (source, _, actor) = one("Jason Sims — a teacher from Ohio — says he voted early.");
    assert_eq!(source, "Jason Sims — a teacher from Ohio");
    assert_eq!(actor.as_deref(), Some("Jason Sims"));
    let (source, content, _) = one("Bernie Sanders’ campaign says it raised $21 million.");
    assert_eq!(source, "Bernie Sanders’ campaign");
    assert_eq!(content, ["it raised $21 million"]);
    // A quote whose own stop ends the sentence, then the source in the next.
    assert_eq!(
        one("“I hope you find the emails that are missing.” Trump said.").1,
        ["“I hope you find the emails that are missing.”"]
    );
    // A subject pronoun after an adverb makes a clause, not an adverbial.
    assert_eq!(
        one("He says tonight he’s a step closer.").1,
        ["tonight he’s a step closer"]
    );
}

#[test]
fn parentheses_after_names_coordinated_pronouns_and_questions_put_when_asked() {
    let (f, _) = run("At a rally, Sen. Marco Rubio (R-Fla.) said Trump is unelectable.");
    assert_eq!(f[0].source.as_deref(), Some("Sen. Marco Rubio (R-Fla.)"));
    let (f, _) = run("Mr. Trump, however, said he was the perfect messenger.");
    assert_eq!(f[0].source.as_deref(), Some("Mr. Trump"));
    // After a colon the words before a quote are the reporter's framing.
    let (f, _) = run("He ticked through the code: “Civility was assumed,” he said.");
    let said = f.iter().find(|a| a.cue == "said").expect("said");
    assert_eq!(said.content, ["“Civility was assumed,”"]);
    let (f, _) = run("She declared “What a night!” and said that her campaign would go on.");
    let said = f.iter().find(|a| a.cue == "said").expect("said");
    assert_eq!(said.source.as_deref(), Some("She"));
    assert_eq!(said.content, ["that her campaign would go on"]);
    let (f, _) = run("“You bet,” Christie said when asked whether he would act.");
    let asked = f.iter().find(|a| a.cue == "asked").expect("asked");
    assert_eq!(asked.source, None);
    assert_eq!(asked.content, ["whether he would act"]);
    let (f, _) = run("Sanders was asked to name a single decision.");
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].cue.as_str(), f[0].source.as_deref()),
        ("was asked", None)
    );
    assert_eq!(f[0].content, ["to name a single decision"]);
}

#[test]
fn colon_headlines_name_speakers_not_sections() {
    let (f, _) = run("The Latest: Cruz to give away an engraved shotgun at the rally");
    assert!(f.is_empty(), "{:?}", f.first().map(|a| &a.source));
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
fn nouns_in_ly_stay_in_the_source_and_appositives_in_coordinated_subjects() {
    // "rally" is no adverb in "-ly" that would end the source phrase.
    let (f, _) = run("The organizer of the rally said the rules increased the chance of violence.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("The organizer of the rally"));
    let (f, _) = run(
        "Brian Fallon, a spokesman for the campaign, called the remark unfair and said he had reached a new low.",
    );
    let said = f.iter().find(|a| a.cue == "said").expect("and said");
    assert_eq!(
        said.source.as_deref(),
        Some("Brian Fallon, a spokesman for the campaign")
    );
    assert_eq!(said.content, ["he had reached a new low"]);
}

#[test]
fn a_subject_and_cue_spliced_on_after_a_comma_end_the_content() {
    let (f, _) = run(
        "Mr. Kaine has described himself as a devout Catholic in the past, the Huffington Post reported that he has moved toward a different position.",
    );
    let described = f
        .iter()
        .find(|a| a.cue == "has described")
        .expect("has described");
    assert_eq!(
        described.content,
        ["himself as a devout Catholic in the past"]
    );
    let reported = f.iter().find(|a| a.cue == "reported").expect("reported");
    assert_eq!(reported.source.as_deref(), Some("the Huffington Post"));
    assert_eq!(
        reported.content,
        ["that he has moved toward a different position"]
    );
}

#[test]
fn the_holder_of_a_role_of_an_institution_is_the_named_person() {
    for (text, name) in [
        (
            "Secretary of State John Kerry said the talks would resume.",
            "John Kerry",
        ),
        (
            "Speaker of the House Rep. Paul Ryan said the images have no place.",
            "Paul Ryan",
        ),
        (
            "Director of National Intelligence James Clapper said the threat was real.",
            "James Clapper",
        ),
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect(text);
        assert_eq!((actor.kind, actor.name.as_str()), (ActorKind::Person, name));
    }
    // Whoever speaks for someone is not that someone; supporters are not their candidate.
    for text in [
        "A spokesman for Hillary Clinton said the talks would resume.",
        "Supporters of Bernie Sanders said the rules were unfair.",
    ] {
        let (f, _) = run(text);
        let actor = f[0].actor.as_ref().expect(text);
        assert_ne!(actor.kind, ActorKind::Person, "{text}: {}", actor.name);
    }
}

#[test]
fn a_time_opening_the_sentence_discusses_nothing() {
    for text in [
        "Friday, while discussing a controversial tweet, the governor said the images had no place in a campaign.",
        "Tuesday on a morning radio show, while discussing a controversial tweet from the presumptive nominee featuring an image of his rival, the speaker said “such images have no place in a campaign.”",
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}: {:?}", f.iter().map(|a| &a.source).collect::<Vec<_>>());
        assert_eq!(f[0].cue, "said");
        // Nor is the speaker taken for an earlier "Friday".
        let actor = f[0].actor.as_ref().expect("an actor");
        assert_ne!(actor.kind, ActorKind::Person, "{text}: {}", actor.name);
    }
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
fn a_name_with_its_appositive_after_the_content_is_the_source() {
    for (text, source, name) in [
        (
            "The embassy is open, Ned Price, a spokesman, said.",
            "Ned Price, a spokesman",
            "Ned Price",
        ),
        (
            "The embassy will stay open, Ned Price, a State Department spokesman, told reporters on Tuesday.",
            "Ned Price, a State Department spokesman",
            "Ned Price",
        ),
        (
            "Prices rose, Jane Smith, who leads the group, said.",
            "Jane Smith, who leads the group",
            "Jane Smith",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Person, Some(name));
        let (f, _) = run(text);
        assert_eq!(f[0].content.len(), 1, "{text}");
        assert!(!f[0].content[0].contains(name), "{text}: {:?}", f[0].content);
    }
}

#[test]
fn a_name_after_by_is_not_the_subject_its_appositive_ends() {
    // The name is the object of "by"; the subject of "says" is the report.
    let text =
        "The report, written by Jane Smith, a senior analyst at the bank, says growth will slow.";
    let (f, _) = run(text);
    assert_eq!(f.len(), 1, "{text}");
    let source = f[0].source.as_deref().unwrap_or_default();
    assert!(source.starts_with("The report"), "{text}: {source:?}");
    let actor = f[0].actor.as_ref().expect(text);
    assert_ne!(actor.kind, ActorKind::Person, "{text}: {}", actor.name);
}

#[test]
fn a_party_and_state_after_a_name_describe_it() {
    let person = ActorKind::Person;
    assert_one_source(
        "Rep. Liz Cheney, R-Wyo., said the talks would resume.",
        "Rep. Liz Cheney, R-Wyo.",
        person,
        Some("Liz Cheney"),
    );
    // "Calif." is longer than the abbreviations a hyphenated word may end in.
    assert_one_source(
        "House Minority Leader Nancy Pelosi, D-Calif., said the bill would fail.",
        "House Minority Leader Nancy Pelosi, D-Calif.",
        person,
        Some("Nancy Pelosi"),
    );
    assert_one_source(
        "The bill would fail, said Sen. Bernie Sanders, I-Vt.",
        "Sen. Bernie Sanders, I-Vt.",
        person,
        Some("Bernie Sanders"),
    );
}

#[test]
fn people_described_by_what_they_know_are_anonymous_sources() {
    for (text, source) in [
        (
            "A person familiar with the matter said the deal was close.",
            "A person familiar with the matter",
        ),
        (
            "Sources close to the campaign said he would drop out.",
            "Sources close to the campaign",
        ),
        (
            "One person with direct knowledge of the talks said the deal was close.",
            "One person with direct knowledge of the talks",
        ),
        (
            "The deal was close, people briefed on the talks said.",
            "people briefed on the talks",
        ),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
}

#[test]
fn a_common_noun_opening_the_sentence_is_no_name() {
    for (text, source) in [
        ("Analysts expect the bank to raise rates.", "Analysts"),
        ("Residents said the blast shook the city.", "Residents"),
    ] {
        assert_one_source(text, source, ActorKind::Anonymous, None);
    }
    // A title before a name still makes a person.
    assert_one_source(
        "Senator Graham said the bill would fail.",
        "Senator Graham",
        ActorKind::Person,
        Some("Graham"),
    );
}

#[test]
fn acronyms_and_countries_are_organisations_and_prepositions_are_no_cues() {
    assert_one_source(
        "USDA said exports rose.",
        "USDA",
        ActorKind::Organization,
        Some("USDA"),
    );
    // A country speaks for its government; a person may share a place's name.
    assert_one_source(
        "West Germany said it would cut rates.",
        "West Germany",
        ActorKind::Organization,
        Some("West Germany"),
    );
    assert_one_source(
        "George Washington said it would snow.",
        "George Washington",
        ActorKind::Person,
        Some("George Washington"),
    );
    // "Commenting on": the preposition is no cue of its own, so nobody named Commenting
    // reports, and "the analyst" does not resolve to such a one.
    assert_one_source(
        "Commenting on the figures, the analyst said the trend was clear.",
        "the analyst",
        ActorKind::Anonymous,
        None,
    );
}

#[test]
fn a_place_is_no_one_a_pronoun_stands_for() {
    let (f, _) = run(
        "West Germany's central bank left rates unchanged on Thursday. He said inflation was low.",
    );
    let he = f
        .iter()
        .find(|a| a.source.as_deref() == Some("He"))
        .expect("he");
    let actor = he.actor.as_ref().expect("an actor");
    assert!(
        !actor.name.contains("Germany"),
        "{:?} {}",
        actor.kind,
        actor.name
    );
    assert_one_source(
        "Chancellor Helmut Kohl met the cabinet. He said inflation was low.",
        "He",
        ActorKind::Person,
        Some("Helmut Kohl"),
    );
}

#[test]
fn owners_titles_and_surnames_resolve_to_the_person() {
    let person = ActorKind::Person;
    assert_one_source(
        "Germany's Kohl said the dollar would fall.",
        "Germany's Kohl",
        person,
        Some("Kohl"),
    );
    assert_one_source(
        "Chancellor of the Exchequer Nigel Lawson said taxes would fall.",
        "Chancellor of the Exchequer Nigel Lawson",
        person,
        Some("Nigel Lawson"),
    );
    assert_one_source(
        "Moody's said it may downgrade the bonds.",
        "Moody's",
        ActorKind::Organization,
        Some("Moody's"),
    );
    // A surname alone is the full name given earlier after a title inside the run.
    assert_one_source(
        "Treasury Secretary James Baker met the minister. Baker said the dollar would fall.",
        "Baker",
        person,
        Some("James Baker"),
    );
}
