//! The linking rules, each on small hand-written claims.

use super::*;

fn claim(iri: &str, article: &str, text: &str) -> ClaimRecord {
    ClaimRecord {
        iri: iri.into(),
        article: article.into(),
        text: text.into(),
    }
}

fn corpus() -> Vec<ClaimRecord> {
    vec![
        claim("c1", "a1", "We are withdrawing our forces from Afghanistan, but we are not withdrawing from Afghanistan"),
        claim("c2", "a2", "“We are withdrawing our forces from Afghanistan, but we are not withdrawing from Afghanistan.”"),
        claim("c3", "a3", "The U.S. will send about 3,000 troops to Kabul to help evacuate embassy staff"),
        claim("c4", "a1", "The US will send 3000 troops to Kabul to help evacuate the embassy staff"),
        claim("c5", "a2", "The Taliban captured Herat, the third largest city in Afghanistan"),
        claim("c6", "a3", "The Taliban now control 11 of 34 provincial capitals in Afghanistan"),
        claim("c7", "a4", "The Taliban now control 12 of 34 provincial capitals in Afghanistan"),
        claim("c8", "a4", "Fighting in Afghanistan displaced thousands of civilians who fled to Kabul"),
        claim("c9", "a5", "they will not attack the Taliban"),
        claim("c10", "a6", "The Taliban will not attack the US embassy in Kabul if they take the capital, officials hope"),
        claim("c11", "a7", "We are withdrawing our forces from Afghanistan, but we are not withdrawing from Afghanistan. Although U.S. troops will depart, the United States will maintain our robust diplomatic engagement."),
    ]
}

#[test]
fn same_claims_cluster_across_articles_and_rewording() {
    let claims = corpus();
    let links = link(&claims, &LinkOptions::default());
    let named: Vec<Vec<&str>> = links
        .clusters
        .iter()
        .map(|c| c.iter().map(|&i| claims[i].iri.as_str()).collect())
        .collect();
    assert!(
        named.contains(&vec!["c1", "c11", "c2"]) || named.contains(&vec!["c1", "c2", "c11"]),
        "{named:?}"
    );
    assert!(named.contains(&vec!["c3", "c4"]), "{named:?}");
    assert!(
        !named.iter().any(|c| c.contains(&"c5") || c.contains(&"c8")),
        "{named:?}"
    );
}

/// The IRIs of the claims linking finds in disagreement.
fn disagreeing(claims: &[ClaimRecord]) -> Vec<(&str, &str)> {
    link(claims, &LinkOptions::default())
        .disagreements
        .iter()
        .map(|&(a, b)| (claims[a].iri.as_str(), claims[b].iri.as_str()))
        .collect()
}

#[test]
fn different_numbers_for_the_same_thing_disagree() {
    let claims = corpus();
    let pairs = disagreeing(&claims);
    assert_eq!(pairs, [("c6", "c7")]);
}

#[test]
fn counts_of_the_same_thing_disagree_across_differently_worded_sentences() {
    let claims = vec![
        claim("b1", "a1", "By Thursday the Taliban had taken the third largest city, giving them control of 11 of 34 provincial capitals"),
        claim("b2", "a2", "In just a week, the Taliban took control of 12 of the 34 provincial capitals and surrounded the largest city in the north"),
        claim("b3", "a3", "The Taliban took control of 3 border crossings in the north in just a week"),
        claim("b4", "a4", "In a week the Taliban took control of three thousand square miles and 12 of the 34 provincial capitals"),
    ];
    let pairs = disagreeing(&claims);
    // 11 against 12 capitals disagree; crossings are not capitals; 12 and 12 agree.
    assert_eq!(pairs, [("b1", "b2"), ("b1", "b4")]);
}

#[test]
fn numbers_disagree_only_within_one_story() {
    let issue = |article: &str, issuer: &str, selling: &str, management: &str| {
        vec![
            claim(&format!("{article}-1"), article, &format!("{issuer} is issuing a eurobond due 1992, the lead manager said")),
            claim(&format!("{article}-2"), article, &format!("The selling concession is {selling} pct while management and underwriting combined pays {management} pct")),
        ]
    };
    // Two bond issues by different companies: the same template, other numbers.
    let claims = [
        issue("a1", "Acme Corp", "1-1/4", "5/8"),
        issue("a2", "Zenith Ltd", "1-1/2", "1/2"),
    ]
    .concat();
    assert_eq!(disagreeing(&claims), []);
    // Two reports of one company's issue that give different fees do disagree.
    let claims = [
        issue("a1", "Acme Corp", "1-1/4", "5/8"),
        issue("a2", "Acme Corp", "1-1/2", "1/2"),
    ]
    .concat();
    assert_eq!(disagreeing(&claims), [("a1-2", "a2-2")]);
}

#[test]
fn a_shared_name_is_not_a_shared_claim() {
    let claims = vec![
        claim(
            "d1",
            "a1",
            "Merrill Lynch Capital Markets is co-lead manager of the offering",
        ),
        claim("d2", "a2", "Merrill Lynch Capital Markets is the arranger"),
    ];
    assert!(link(&claims, &LinkOptions::default()).clusters.is_empty());
    let names_only = LinkOptions {
        min_shared_plain: 0,
        ..LinkOptions::default()
    };
    assert_eq!(
        link(&claims, &names_only).clusters.len(),
        1,
        "the rule is what parts them"
    );
}

#[test]
fn results_that_share_one_figure_are_not_one_claim() {
    let claims = vec![
        claim(
            "e1",
            "a1",
            "Shr profit five cts vs profit 42 cts in the quarter",
        ),
        claim(
            "e2",
            "a2",
            "Shr profit 42 cts vs loss 11 cts in the quarter",
        ),
        claim(
            "e3",
            "a3",
            "Shr profit five cts vs profit 42 cts in the quarter",
        ),
    ];
    let clusters: Vec<Vec<&str>> = link(&claims, &LinkOptions::default())
        .clusters
        .iter()
        .map(|c| c.iter().map(|&i| claims[i].iri.as_str()).collect())
        .collect();
    assert_eq!(clusters, [vec!["e1", "e3"]]);
}

#[test]
fn linking_is_order_independent() {
    let claims = corpus();
    let mut reversed = claims.clone();
    reversed.reverse();
    let (links_a, links_b) = (
        link(&claims, &LinkOptions::default()),
        link(&reversed, &LinkOptions::default()),
    );
    let mut a: Vec<String> = to_quads(&claims, &links_a).map(|q| q.to_string()).collect();
    let mut b: Vec<String> = to_quads(&reversed, &links_b)
        .map(|q| q.to_string())
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}
