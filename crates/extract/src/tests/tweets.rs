//! Regression tests for tweets: a tweet embedded as a line of text credits the line before
//! it, and a tweet element credits its signature or its author.

use super::*;

#[test]
fn embedded_tweet_credits_the_line_before() {
    let (f, _) = run("Some intro text here for the story.\nThe embassy will stay open, officials say.\n— Jane Roe (@janeroe) August 12, 2021\nMore text follows here.");
    let tweet = by_cue(&f, "—");
    assert_eq!(tweet.source.as_deref(), Some("Jane Roe"));
    assert_eq!(tweet.content, ["The embassy will stay open, officials say"]);
    assert_eq!(
        tweet.actor.as_ref().unwrap().handle.as_deref(),
        Some("janeroe")
    );
}

#[test]
fn tweet_elements_credit_their_signature_or_their_author() {
    // PolNeAR's markup: one element with only an `author`, one signed in its text, and an
    // empty one whose tweet was not kept.
    let text = "The embassy is in the capital.\n<tweet pic=\"\" author=\"janeroe\" tweet_id=\"1\">The embassy will stay open. https://t.co/abc</tweet>.\n<tweet id=\"2\" author=\"@jdoe\" datetime=\"2021-08-12\">Flights resume tomorrow. pic.twitter.com/xyz — John Doe (@jdoe) August 12, 2021</tweet>.\n<tweet/>.";
    let (f, _) = run(text);
    assert_eq!(f.len(), 2);
    let by_author = by_cue(&f, "tweet");
    assert_eq!(by_author.source.as_deref(), Some("janeroe"));
    assert_eq!(by_author.content, ["The embassy will stay open"]);
    let signed = by_cue(&f, "—");
    assert_eq!(signed.source.as_deref(), Some("John Doe"));
    assert_eq!(signed.content, ["Flights resume tomorrow"]);
    let handles: Vec<_> = f
        .iter()
        .map(|a| a.actor.as_ref().unwrap().handle.as_deref())
        .collect();
    assert_eq!(handles, [Some("janeroe"), Some("jdoe")]);
}
