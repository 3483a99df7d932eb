//! The cue as PolNeAR marks it: the reporting word widened to its verb group, its
//! particle and what introduces the content.

use super::*;

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
        cues("The minister said Tuesday that the plan failed."),
        ["said Tuesday"]
    );
    assert_eq!(
        cues("“We failed,” the minister said with a laugh."),
        ["said with a laugh"]
    );
    assert_eq!(
        cues("Democrats repeatedly called for an inquiry into the deal."),
        ["repeatedly called for"]
    );
    // A verb's own preposition, its irregular past too.
    for (text, cue) in [
        (
            "He is standing by an accusation he made on the Senate floor.",
            "is standing by",
        ),
        (
            "Voters may think of him as the gun control mayor.",
            "may think of",
        ),
        (
            "He remarked upon the fact that more work remained.",
            "remarked upon",
        ),
        ("He talked of reforms to help workers.", "talked of"),
        // Where it was written, when PolNeAR keeps it with the verb.
        (
            "The mayor wrote on Facebook that the plan failed.",
            "wrote on Facebook",
        ),
    ] {
        assert_eq!(cues(text), [cue], "{text}");
    }
    // Not across a source or into a quotation.
    assert_eq!(cues("“Also,” he said."), ["said"]);
}

#[test]
fn an_adverb_particle_after_any_verb_is_the_cues() {
    // No list of phrasal verbs: "out", "up", "off", "down", "back" right after the verb.
    for (text, cue, content) in [
        (
            "Smith called out the senator for his vote.",
            "called out",
            "the senator for his vote",
        ),
        ("Smith talked up the plan.", "talked up", "the plan"),
        ("Smith played down the risk.", "played down", "the risk"),
        (
            "Smith lashed out at the press.",
            "lashed out at",
            "the press",
        ),
        // A number's "up to" and a time's "back in" are the content's.
        (
            "Smith said up to 100 people died.",
            "said",
            "up to 100 people died",
        ),
    ] {
        let (found, _) = run(text);
        assert_eq!(by_cue(&found, cue).content, [content], "{text}");
    }
}

#[test]
fn a_cue_found_on_an_auxiliary_or_adverb_takes_its_verb() {
    let (found, _) = run("Republicans are mulling a plan to cut taxes.");
    assert_eq!(
        by_cue(&found, "are mulling").content,
        ["a plan to cut taxes"]
    );
    let (found, _) = run("Smith has also toyed with the idea of a new vote.");
    assert_eq!(
        by_cue(&found, "has also toyed with").content,
        ["the idea of a new vote"]
    );
    // What starts a noun phrase is the content's, not the verb group's.
    let (found, _) = run("He is a disaster for the party, she said.");
    assert_eq!(
        by_cue(&found, "said").content,
        ["He is a disaster for the party"]
    );
}

#[test]
fn a_particle_found_as_the_cue_takes_its_verb_back_from_the_source() {
    let (found, _) = run("Smith points out that the plan failed.");
    let a = by_cue(&found, "points out");
    assert_eq!(a.source.as_deref(), Some("Smith"));
    assert_eq!(a.content, ["that the plan failed"]);
    // Irregular pasts know their particles too.
    let (found, _) = run("The senator spoke about the plan on Monday.");
    assert_eq!(by_cue(&found, "spoke about").content, ["the plan"]);
    let (found, _) = run("Jones expressed concern that the plan would fail.");
    assert_eq!(
        by_cue(&found, "expressed concern").content,
        ["that the plan would fail"]
    );
    // Nouns and verbs of stance keep their preposition, and a particle its own.
    let (found, _) = run("Sanders voted for the bank bailout in 2008.");
    assert_eq!(
        by_cue(&found, "voted for").content,
        ["the bank bailout in 2008"]
    );
    let (found, _) = run("Clinton expressed support for the trade deal.");
    assert_eq!(
        by_cue(&found, "expressed support for").content,
        ["the trade deal"]
    );
    // A phrasal verb's second particle: "pushed back against", "weighed in on".
    let (found, _) = run("Cruz pushed back against the charge. Rubio weighed in on it.");
    assert_eq!(
        by_cue(&found, "pushed back against").content,
        ["the charge"]
    );
    assert_eq!(by_cue(&found, "weighed in on").content, ["it"]);
    // A verb outside the reporting lexicon takes the preposition that opens its content;
    // a verb of speech leaves it to the content ("said | at a rally").
    let (found, _) = run("Some senators have balked at the cost of the plan.");
    assert_eq!(
        by_cue(&found, "have balked at").content,
        ["the cost of the plan"]
    );
}

#[test]
fn a_negative_contraction_or_first_belongs_to_the_cue_not_the_source() {
    let (found, _) = run("Smith wouldn’t say whether the plan failed.");
    let a = by_cue(&found, "wouldn’t say");
    assert_eq!(a.source.as_deref(), Some("Smith"));
    assert_eq!(a.actor.as_ref().map(|x| x.kind), Some(ActorKind::Person));
    // Two words of one verb group found as cues are one attribution.
    let (found, _) = run("Jones hasn't decided whether to run, aides said.");
    assert_eq!(by_cue(&found, "said").source.as_deref(), Some("aides"));
    let cues: Vec<&str> = found.iter().map(|a| a.cue.as_str()).collect();
    assert_eq!(cues, ["hasn't decided", "said"]);
    assert_eq!(found[0].via, Some(1));
    let (found, _) = run("The Washington Post first reported the plan on Monday.");
    let a = by_cue(&found, "first reported");
    assert_eq!(a.source.as_deref(), Some("The Washington Post"));
    assert_eq!(a.actor.as_ref().map(|x| x.kind), Some(ActorKind::Outlet));
    // A progressive "be" goes with its verb as a passive one does.
    let (found, _) = run("Republicans are increasingly admitting that the plan failed.");
    let a = by_cue(&found, "are increasingly admitting");
    assert_eq!(a.content, ["that the plan failed"]);
}

#[test]
fn a_cue_after_went_on_to_or_quoted_as_takes_the_whole_phrase() {
    for (text, cue) in [
        (
            "The mayor went on to say that the deal was a mistake.",
            "went on to say",
        ),
        (
            "The mayor was quoted as saying the deal was a mistake.",
            "was quoted as saying",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(
            (a.source.as_deref(), a.cue.as_str()),
            (Some("The mayor"), cue),
            "{text}"
        );
    }
}

#[test]
fn a_hedge_before_the_verb_joins_its_cue() {
    let a = run_one("Ortiz reportedly told aides that the race was over.");
    assert_eq!(
        (a.source.as_deref(), a.cue.as_str(), a.content.as_slice()),
        (
            Some("Ortiz"),
            "reportedly told",
            ["that the race was over".to_owned()].as_slice()
        )
    );
}

#[test]
fn adverbs_and_place_words_between_subject_and_verb_are_skipped() {
    assert_sources_and_cues(&[
        // "always", "nevertheless" belong to the verb group, as "never" does.
        (
            "Trump has always said the wall will be built.",
            "Trump",
            "has always said",
        ),
        (
            "Clinton has nevertheless called his vote an irresponsible one.",
            "Clinton",
            "has nevertheless called",
        ),
        // "meanwhile" joins neither source nor cue; "there" after a subject is where.
        (
            "Trump meanwhile said the wall will be built.",
            "Trump",
            "said",
        ),
        (
            "Executives there indicate that the family views her as important.",
            "Executives",
            "indicate",
        ),
    ]);
}

#[test]
fn a_verb_with_its_particle_before_a_noun_phrase_is_a_cue_not_an_aim() {
    for (text, cue, content) in [
        (
            "As proof, she pointed to the attacks on her campaign.",
            "pointed to",
            "the attacks on her campaign",
        ),
        (
            "Ortiz referred to Mr. Smith as a friend.",
            "referred to",
            "Mr. Smith as a friend",
        ),
        // "here" is where, and a "that" in the phrase is the phrase's.
        (
            "Activists here point to a number of factors that are fanning the embers.",
            "point to",
            "a number of factors that are fanning the embers",
        ),
        // The model puts the cue on the adverb; the verb after it is still the cue's.
        (
            "He also pledged to shut down the centers.",
            "also pledged",
            "to shut down the centers",
        ),
        (
            "Ortiz isn’t saying what other steps she would support.",
            "isn’t saying",
            "what other steps she would support",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(
            (a.cue.as_str(), a.content.as_slice()),
            (cue, [content.to_owned()].as_slice()),
            "{text}"
        );
    }
}

#[test]
fn an_article_and_modifiers_before_a_noun_that_can_report_are_no_source() {
    for text in [
        "Rhonda Hughes, 43, is a fervent supporter of the mayor.",
        "The studies do not make a definitive call on which school is better.",
    ] {
        let (f, _) = run(text);
        assert!(
            f.iter()
                .all(|a| !a.source.as_deref().is_some_and(|s| s.starts_with("a "))),
            "{text}: {:?}",
            f.iter().map(|a| &a.source).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_verb_the_model_is_sure_of_after_a_subject_is_a_cue_though_no_pattern_knows_it() {
    // "off" is what the model learned of "brushed off"; the verb before it joins the cue.
    let a = run_one("He brushed off these concerns.");
    assert_eq!(a.source.as_deref(), Some("He"));
    assert_eq!(a.cue, "brushed off");
    assert_eq!(a.content, ["these concerns"]);
    // What it takes is a noun phrase, which a comma ends.
    let a = run_one("He brushed off these concerns, as the crowd cheered him on.");
    assert_eq!(a.content, ["these concerns"]);
    // The model may know only the preposition; the verb group before it heads the cue.
    let a = run_one("Neither man has spoken out about the handling of the crisis.");
    assert_eq!(a.source.as_deref(), Some("Neither man"));
    assert_eq!(a.cue, "has spoken out about");
    // A text that ends on the word has nothing it reports (and no index past its end).
    assert!(run("He brushed off").0.is_empty());
    // An adjective the model knows is the subject's stance, with its "be" in the cue.
    let a = run_one("Mr. Hurt is eager to get the book out before the election.");
    assert_eq!(
        (a.source.as_deref(), a.cue.as_str()),
        (Some("Mr. Hurt"), "is eager")
    );
    assert_eq!(a.content, ["to get the book out before the election"]);
    let a = run_one("She is particularly appreciative of the volunteers who came.");
    assert_eq!(a.cue, "is particularly appreciative of");
    assert_eq!(a.content, ["the volunteers who came"]);
    // The subject of a passive is who it was done to, not who spoke.
    let (f, _) = run("The mayor was lambasted for the delay.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
}

#[test]
fn a_particle_heads_its_verb_an_object_takes_an_infinitive_and_a_participle_describes() {
    for (text, source, cue, content) in [
        (
            "“Bush got fewer votes than Gore,” he points out.",
            "he",
            "points out",
            "“Bush got fewer votes than Gore,”",
        ),
        (
            "Officials told residents not to drink the water.",
            "Officials",
            "told",
            "residents not to drink the water",
        ),
        (
            "“There is no data to suggest that,” said one unaligned Florida strategist.",
            "one unaligned Florida strategist",
            "said",
            "“There is no data to suggest that,”",
        ),
    ] {
        let a = run_one(text);
        assert_eq!(
            (a.source.as_deref(), a.cue.as_str(), a.content.as_slice()),
            (Some(source), cue, [content.to_owned()].as_slice()),
            "{text}"
        );
    }
}

#[test]
fn made_it_clear_is_the_cue_and_its_subject_the_source() {
    assert_sources_and_cues(&[
        (
            "The governor made it clear that she would veto the bill.",
            "The governor",
            "made it clear",
        ),
        (
            "Union leaders made it known that the strike would go on.",
            "Union leaders",
            "made it known",
        ),
    ]);
}

#[test]
fn a_passive_with_its_agent_credits_the_agent() {
    let (f, _) =
        run("His comments were quickly derided by Jane Roe, the leader of the opposition.");
    let derided = by_cue(&f, "were quickly derided");
    assert_eq!(derided.source.as_deref(), Some("Jane Roe"));
    assert_eq!(derided.content, ["His comments"]);
    // What the agent criticised them for is what was said as well.
    let (f, _) =
        run("Trump has been criticized by some of his rivals for failing to visit the state.");
    let criticized = by_cue(&f, "has been criticized");
    assert_eq!(criticized.source.as_deref(), Some("some of his rivals"));
    assert_eq!(
        criticized.content,
        ["Trump", "for failing to visit the state"]
    );
    // And what they urged it to do; the agent ends before it.
    let (f, _) =
        run("The government was formally urged by a group of lawmakers to take joint action.");
    let urged = by_cue(&f, "was formally urged");
    assert_eq!(urged.source.as_deref(), Some("a group of lawmakers"));
    assert_eq!(urged.content, ["The government", "to take joint action"]);
    // Or what the subject was said to be, before the agent.
    let (f, _) = run("The mayor was accused of lying by the senator.");
    let accused = by_cue(&f, "was accused");
    assert_eq!(accused.source.as_deref(), Some("the senator"));
    assert_eq!(accused.content, ["The mayor", "of lying"]);
    // An agent described by what its people know, with all of it.
    for (text, agent) in [
        (
            "The plan was criticized by officials close to him.",
            "officials close to him",
        ),
        (
            "The plan was criticized by two officials familiar with the talks.",
            "two officials familiar with the talks",
        ),
    ] {
        assert_eq!(run_one(text).source.as_deref(), Some(agent), "{text}");
    }
    // A means, a time or a verb no one reports with has no agent that speaks.
    for text in [
        "The bill was passed by the end of May.",
        "The bill was passed by the close of trading.",
        "The bridge was destroyed by the storm.",
        "The plan was endorsed by saying nothing at all.",
    ] {
        let (f, _) = run(text);
        let passive: Vec<_> = f.iter().filter(|a| a.cue.starts_with("was")).collect();
        assert!(passive.is_empty(), "{text}: {:?}", passive[0].source);
    }
}

#[test]
fn a_light_verb_takes_its_noun_of_stance_and_preposition_into_the_cue() {
    assert_contents(&[
        (
            "Mr. Cruz also took some shots at Mr. Rubio on Tuesday.",
            "also took some shots at",
            "Mr. Rubio",
        ),
        (
            "The mayor has voiced support for a new stadium downtown.",
            "has voiced support for",
            "a new stadium downtown",
        ),
        (
            "Jones also sounded a hopeful note about the talks.",
            "also sounded a hopeful note about",
            "the talks",
        ),
    ]);
    // A verb that says something itself keeps its object whole.
    let (f, _) = run("The mayor announced his support for a new stadium downtown.");
    assert_eq!(
        by_cue(&f, "announced").content,
        ["his support for a new stadium downtown"]
    );
}

#[test]
fn since_after_an_auxiliary_is_in_the_verb_group() {
    let (f, _) = run(
        "Cruz has supported more visas but has since said he now believes the system needs reform.",
    );
    let said = by_cue(&f, "has since said");
    assert_eq!(said.source.as_deref(), Some("Cruz"));
    assert_eq!(said.content, ["he now believes the system needs reform"]);
    assert_eq!(by_cue(&f, "has supported").content, ["more visas"]);
}

#[test]
fn groups_more_likely_to_say_are_a_polls_finding_headed_by_be() {
    let (f, _) =
        run("Younger voters were slightly more likely to say they preferred the governor.");
    let a = by_cue(&f, "were slightly more likely to say");
    assert_eq!(a.source.as_deref(), Some("Younger voters"));
    assert_eq!(a.content, ["they preferred the governor"]);
}

#[test]
fn a_day_or_recently_after_the_verb_is_the_cues_not_the_contents() {
    let (f, _) = run("A federal court ruled Friday against the state's voter purge.");
    let a = by_cue(&f, "ruled Friday");
    assert_eq!(a.content, ["against the state's voter purge"]);
    // The part of the day goes with the day.
    let a = run_one("The senator said Monday night the bill would pass.");
    assert_eq!(a.cue, "said Monday night");
    assert_eq!(a.content, ["the bill would pass"]);
    let (f, _) = run("The mayor noted recently in a magazine interview that crime had fallen.");
    assert!(f
        .iter()
        .all(|a| !a.content.iter().any(|c| c.starts_with("recently"))));
}

#[test]
fn a_passive_of_perception_with_no_agent_names_no_source() {
    for (text, cue, content) in [
        (
            "Mr. Sanders is widely seen as a champion of regular voters.",
            "is widely seen as",
            ["Mr. Sanders", "a champion of regular voters"],
        ),
        (
            "The chairman was said to be furious with the nominee.",
            "was said",
            ["The chairman", "to be furious with the nominee"],
        ),
        (
            "The kingdom is viewed as a bulwark against Iran.",
            "is viewed as",
            ["The kingdom", "a bulwark against Iran"],
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(f[0].cue, cue, "{text}");
        assert_eq!(f[0].source, None, "{text}");
        assert_eq!(f[0].content, content, "{text}");
    }
    // With an agent after "by" the agent is the source.
    let (f, _) = run("The plan is seen as a threat by many Republicans.");
    assert_eq!(f[0].source.as_deref(), Some("many Republicans"));
}

#[test]
fn a_reporting_verbs_passive_with_no_agent_names_no_source() {
    for (text, cue, content) in [
        (
            "The closure of the plant was announced on Friday.",
            "was announced",
            vec!["The closure of the plant"],
        ),
        (
            "It was announced that the plant would close.",
            "was announced",
            vec!["that the plant would close"],
        ),
        (
            "The senator was accused of missing the vote, and his office apologized.",
            "was accused",
            vec!["The senator", "of missing the vote"],
        ),
    ] {
        let (f, _) = run(text);
        let a = by_cue(&f, cue);
        assert_eq!(a.source, None, "{text}");
        assert_eq!(a.content, content, "{text}");
    }
    // A passive whose sense is not reporting, and one with an agent, make none of these.
    let (f, _) = run("The suspect was charged with theft.");
    assert!(
        f.is_empty(),
        "{:?}",
        f.iter().map(|a| &a.cue).collect::<Vec<_>>()
    );
    let (f, _) = run("The plan was announced by the mayor.");
    assert_eq!(f[0].source.as_deref(), Some("the mayor"));
}

#[test]
fn a_cue_after_seemed_to_has_the_subject_for_its_source() {
    let (f, _) = run("In the interview he appeared to suggest that the plan had failed.");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source.as_deref(), Some("he"));
    assert_eq!(f[0].content, ["that the plan had failed"]);
    // A verb that reports nothing leaves an impression with no source.
    let (f, _) = run("The music seemed to match the mood.");
    assert_eq!(f[0].source, None);
    assert_eq!(f[0].content, ["The music", "to match the mood"]);
}

#[test]
fn an_infinitive_cue_is_done_by_the_one_caused_described_or_the_subject() {
    for (text, source, content) in [
        // The object of a verb of causing.
        (
            "The decisive victory led party chairman Reince Priebus to declare him the presumptive nominee.",
            "party chairman Reince Priebus",
            "him the presumptive nominee",
        ),
        // The subject of the "be" the phrase before "to" describes.
        (
            "Grijalva was the first Democrat in Congress to endorse Sanders in the primary.",
            "Grijalva",
            "Sanders in the primary",
        ),
        // The clause's subject, doing it for a purpose.
        (
            "Sanders visited the studio to discuss his recent remarks about his rival.",
            "Sanders",
            "his recent remarks about his rival",
        ),
    ] {
        let a = run_one(text);
        assert!(a.cue.starts_with("to "), "{text}: {}", a.cue);
        assert_eq!(a.source.as_deref(), Some(source), "{text}");
        assert_eq!(a.content, [content], "{text}");
    }
    // After a verb that reports or intends, the infinitive is that verb's content.
    let a = run_one("He wants to say something.");
    assert_eq!(
        (a.cue.as_str(), a.content.as_slice()),
        ("wants", ["to say something".to_owned()].as_slice())
    );
}

#[test]
fn a_light_verb_before_a_noun_of_saying_heads_the_cue_and_ends_the_source() {
    for (text, source, cue) in [
        (
            "The audit raised fresh doubts about whether the agency can pay its debts.",
            "The audit",
            "raised fresh doubts",
        ),
        (
            "The governor made no mention of the budget.",
            "The governor",
            "made no mention",
        ),
    ] {
        let (found, _) = run(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].source.as_deref(), Some(source), "{text}");
        assert!(found[0].cue.starts_with(cue), "{text}: {}", found[0].cue);
    }
}

#[test]
fn known_with_no_auxiliary_describes_a_noun_and_reports_nothing() {
    for text in [
        "He is an anthropologist well known for his work in poor countries.",
        "Marcel Lazar, 44, known online as Guccifer, was extradited in 2014.",
    ] {
        let (f, _) = run(text);
        assert!(f.iter().all(|a| !a.cue.contains("known")), "{text}");
    }
    // With its auxiliary it is the passive of perception it always was.
    let (f, _) = run("Sanders is widely known as a socialist.");
    assert_eq!(by_cue(&f, "is widely known as").source, None);
}

#[test]
fn a_particle_found_as_the_cue_takes_its_verb_after_the_source() {
    assert_sources_and_cues(&[
        (
            "Ryan’s campaign shrugged off the comments.",
            "Ryan’s campaign",
            "shrugged off",
        ),
        ("He issued a plea for calm.", "He", "issued a plea for"),
    ]);
}

#[test]
fn an_it_holding_the_subjects_place_is_the_cues_not_a_source() {
    for (text, cue) in [
        (
            "It's unclear whether the numbers will hold.",
            "It's unclear",
        ),
        (
            "Nor is it clear that Bloomberg is the perfect centrist.",
            "Nor is it clear",
        ),
    ] {
        let (f, _) = run(text);
        assert_eq!(f.len(), 1, "{text}");
        assert_eq!(
            (f[0].source.as_deref(), f[0].cue.as_str()),
            (None, cue),
            "{text}"
        );
    }
    // An "it" that speaks for a body stays the source.
    let (f, _) = run("It said the numbers will hold.");
    assert_eq!(f[0].source.as_deref(), Some("It"));
}
