//! Regression tests for "he", "she", "who" and the names they may stand for: the last
//! speaker over a name in what was said, gender, runs of capitals that are no person, and
//! the people right before a "who" with no comma, and the reporter for "he" or "she"
//! speaking inside what they reported.

use super::*;

#[test]
fn a_name_in_what_the_last_speaker_said_is_not_who_he_is() {
    assert_all_credited_to(
        "Newt Gingrich said if Senator John Smith picked him as a running mate it would be a winning ticket. He said the campaign would decide soon.",
        "Newt Gingrich",
    );
}

#[test]
fn she_is_not_a_man_named_last_nor_he_a_woman() {
    let (f, _) = run(
        "Donald Trump questioned why Maria Lopez had not spoken. She said the photo of her son spoke for her.",
    );
    assert_eq!(actor_of(&f, "She").name, "Maria Lopez");
    let (f, _) = run("Maria Lopez said John Smith would win the seat. He said the race was close.");
    assert_eq!(actor_of(&f, "He").name, "John Smith");
}

#[test]
fn a_place_a_law_or_a_day_in_capitals_is_no_antecedent_for_he() {
    for text in [
        "Donald Trump said the rally went well. The crowd marched to Trump Tower. He said the turnout was huge.",
        "Donald Trump said the rally went well, on the eve of Super Tuesday. He said the turnout was huge.",
        "Donald Trump said he would repeal the Affordable Care Act. He said the law had failed.",
    ] {
        assert_all_credited_to(text, "Donald Trump");
    }
}

#[test]
fn a_name_inside_a_quotation_is_not_what_a_later_pronoun_points_to() {
    let (f, _) = run(
        "Governor Jane Roe spoke to reporters on Friday. “I will take Mayor Ann Lee over Senator John Smith any day,” she said. He said nothing more.",
    );
    assert_eq!(actor_of(&f, "she").name, "Jane Roe");
}

#[test]
fn the_state_and_party_or_a_party_role_stand_for_the_person_named_before() {
    for text in [
        "Senator Mitch McConnell said the bill would pass. The Kentucky Republican said the vote would come on Friday.",
        "Donald Trump said the polls were wrong. The presumptive Republican presidential nominee said he would win.",
    ] {
        let (f, _) = run(text);
        let named = f[0].actor.as_ref().unwrap().name.clone();
        assert_all_credited_to(text, &named);
    }
}

#[test]
fn a_pronoun_with_its_auxiliary_contracted_is_the_subject_after_a_conjunction() {
    for (text, cue) in [
        (
            "Jeb Bush finished fifth, and he’s hoping the governor’s endorsement will help.",
            "’s hoping",
        ),
        (
            "Jeb Bush finished fifth. But he's predicting that the race will tighten.",
            "'s predicting",
        ),
        (
            "Jeb Bush spoke first. While he’s said he believes in marriage, the campaign disagreed.",
            "’s said",
        ),
    ] {
        let a = run_one(text);
        // The pronoun alone is the source; its auxiliary opens the cue.
        assert_eq!(
            (a.source.as_deref(), a.cue.as_str()),
            (Some("he"), cue),
            "{text}"
        );
        assert_eq!(a.actor.expect("an actor").name, "Jeb Bush", "{text}");
    }
}

#[test]
fn an_auxiliary_opening_a_sentence_is_no_first_name() {
    let (f, _) = run(
        "Bernie Sanders won New Hampshire. Had Sanders lost Iowa, the race would differ. He vowed to fight on.",
    );
    assert_eq!(actor_of(&f, "He").name, "Bernie Sanders");
}

#[test]
fn who_with_no_comma_stands_for_the_people_before_it() {
    for (text, name) in [
        (
            "Many voters who said the economy mattered backed Sanders.",
            "Many voters",
        ),
        (
            "Among voters who said the economy was their top issue, Sanders won.",
            "voters",
        ),
    ] {
        let (f, _) = run(text);
        let who = actor_of(&f, "who");
        assert_eq!(
            (who.kind, who.name.as_str()),
            (ActorKind::Anonymous, name),
            "{text}"
        );
    }
}

#[test]
fn he_or_she_speaking_inside_what_someone_reported_is_that_someone() {
    let (f, _) = run(
        "Gov. Jane Roe (R), a staunch ally of Mary Smith, admitted some errors even as she defended the campaign.",
    );
    let defended = by_cue(&f, "defended");
    assert_eq!(defended.source.as_deref(), Some("she"));
    assert_eq!(defended.actor.as_ref().expect("an actor").name, "Jane Roe");
    // Unless the gender says otherwise: she is not the governor.
    let (f, _) = run(
        "Gov. John Roe, a staunch ally of Mary Poe, admitted some errors even as she defended the campaign.",
    );
    let defended = by_cue(&f, "defended");
    assert_eq!(defended.actor.as_ref().expect("an actor").name, "Mary Poe");
}

#[test]
fn no_outlet_institute_or_place_is_a_person_a_pronoun_stands_for() {
    for text in [
        "Jane Roe first spoke to The New York Times about the deal. She said the plan would fail.",
        "Jane Roe, an economist at the Center for Economic and Policy Research, was blunt. She said the plan would fail.",
        "Jane Roe first spoke to the Palo Alto Weekly about the deal. She said the plan would fail.",
        "Jane Roe moved to San Diego in May. She said the plan would fail.",
        "Jane Roe grew up on the East Side. She said the plan would fail.",
    ] {
        let (f, _) = run(text);
        let said = by_cue(&f, "said");
        assert_eq!(said.actor.as_ref().expect("an actor").name, "Jane Roe", "{text}");
    }
}
