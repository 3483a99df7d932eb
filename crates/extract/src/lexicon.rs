//! Word lists: reporting verbs with their inflections, titles, outlets, organisation
//! words, anonymous-source heads. General English and news-domain knowledge only; no
//! names or phrases taken from any evaluation article.

use crate::learned::cue_lexicon;
// Fx hashing: every word of every article is looked up in these tables, several times,
// and SipHash was a tenth of extraction's time.
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;
pub use word_list::WordList;

mod word_list;

/// Reporting verbs: `lemma: forms`. Regular forms are generated; irregular ones listed.
const VERBS: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("write", &["write", "writes", "wrote", "written", "writing"]),
    ("tweet", &[]),
    ("report", &[]),
    ("claim", &[]),
    ("insist", &[]),
    ("warn", &[]),
    ("confirm", &[]),
    ("announce", &[]),
    ("add", &[]),
    ("explain", &[]),
    ("deny", &["deny", "denies", "denied", "denying"]),
    ("acknowledge", &[]),
    ("describe", &[]),
    ("state", &[]),
    ("note", &[]),
    ("argue", &[]),
    ("assert", &[]),
    ("suggest", &[]),
    ("reveal", &[]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    ("allege", &[]),
    ("declare", &[]),
    ("estimate", &[]),
    ("indicate", &[]),
    ("maintain", &[]),
    ("mention", &[]),
    ("reply", &["reply", "replies", "replied", "replying"]),
    ("respond", &[]),
    ("stress", &[]),
    (
        "testify",
        &["testify", "testifies", "testified", "testifying"],
    ),
    ("vow", &[]),
    ("promise", &[]),
    ("complain", &[]),
    ("concede", &[]),
    ("contend", &[]),
    ("disclose", &[]),
    ("emphasize", &[]),
    ("emphasise", &[]),
    ("recall", &[]),
    ("remark", &[]),
    ("reiterate", &[]),
    ("comment", &[]),
    ("caution", &[]),
    ("boast", &[]),
    ("predict", &[]),
    ("pledge", &[]),
    ("observe", &[]),
    ("conclude", &[]),
    ("counter", &[]),
    ("post", &[]),
    ("quip", &["quip", "quips", "quipped", "quipping"]),
    ("charge", &[]),
    ("accuse", &[]),
    ("ask", &[]),
    ("answer", &[]),
    ("agree", &["agree", "agrees", "agreed", "agreeing"]),
    ("urge", &[]),
    (
        "signal",
        &[
            "signal",
            "signals",
            "signaled",
            "signalled",
            "signaling",
            "signalling",
        ],
    ),
    (
        "forecast",
        &["forecast", "forecasts", "forecasted", "forecasting"],
    ),
    ("think", &["think", "thinks", "thought", "thinking"]),
    ("believe", &[]),
    ("find", &["find", "finds", "found", "finding"]),
    ("show", &["show", "shows", "showed", "shown", "showing"]),
    ("quote", &[]),
    ("cite", &[]),
    ("announce", &[]),
    ("propose", &[]),
    ("recommend", &[]),
    ("demand", &[]),
    ("threaten", &[]),
    ("hint", &[]),
    ("speculate", &[]),
    ("expect", &[]),
    ("call", &[]),
    ("continue", &[]),
    ("brief", &[]),
    ("inform", &[]),
    ("repeat", &[]),
    ("project", &[]),
];

/// Verbs that only count as cues with a direct quote or an explicit "that" clause next to
/// them, because they have frequent non-reporting senses ("called the police", "showed up").
static WEAK: WordList = WordList::new(&[
    "call",
    "show",
    "find",
    "expect",
    "think",
    "believe",
    "post",
    "add",
    "charge",
    "answer",
    "agree",
    "urge",
    "project",
    "signal",
    "brief",
    "inform",
    "demand",
    "threaten",
    "counter",
    "state",
    "note",
    "project",
    "repeat",
    "quote",
    "cite",
    "observe",
    "remark",
    "propose",
    "recommend",
    "continue",
    "hint",
]);

fn regular_forms(lemma: &str) -> Vec<String> {
    let (stem_ed, stem_ing) = if let Some(stem) = lemma.strip_suffix('e') {
        (format!("{lemma}d"), format!("{stem}ing"))
    } else {
        (format!("{lemma}ed"), format!("{lemma}ing"))
    };
    let third = if lemma.ends_with("ss")
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    vec![lemma.to_owned(), third, stem_ed, stem_ing]
}

/// Every form of a table of verbs, with its lemma.
fn forms_of(verbs: &[(&'static str, &[&str])]) -> HashMap<String, &'static str> {
    let mut map = HashMap::default();
    for &(lemma, forms) in verbs {
        let forms: Vec<String> = if forms.is_empty() {
            regular_forms(lemma)
        } else {
            forms.iter().map(|s| (*s).to_owned()).collect()
        };
        for form in forms {
            map.entry(form).or_insert(lemma);
        }
    }
    map
}

/// The lemma of `lower` in a table of verbs, built into `table` on first use.
fn lemma_in(
    table: &'static OnceLock<HashMap<String, &'static str>>,
    verbs: &[(&'static str, &[&str])],
    lower: &str,
) -> Option<&'static str> {
    table.get_or_init(|| forms_of(verbs)).get(lower).copied()
}

/// Every form of every reporting verb, with its lemma.
fn verb_forms() -> &'static HashMap<String, &'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| forms_of(VERBS))
}

/// The reporting-verb lemma of a lower-case word form, if it is one.
pub fn verb_lemma(lower: &str) -> Option<&'static str> {
    verb_forms().get(lower).copied()
}

/// Least learned probability for a form outside the verb table to be worth the cue
/// model's look.
const CANDIDATE_P: f32 = 0.05;

/// Every word form that can be a cue at all: the reporting verbs' forms and the learned
/// forms seen in cues often enough and at least now and then. A closed set, so the cue
/// model can score each form's own features once, not once per token.
pub fn cue_candidate_forms() -> impl Iterator<Item = &'static str> {
    let learned = cue_lexicon()
        .iter()
        .filter(|(_, e)| e.in_cue >= CUE_N && e.probability >= CANDIDATE_P)
        .map(|(form, _)| form.as_str());
    verb_forms().keys().map(String::as_str).chain(learned)
}

/// Verbs whose infinitive complement reports what the source said it would, or would
/// not, do: "vowed to leave", "declined to comment", "sought to reassure", "urged him to
/// resign". PolNeAR marks these as attributions; the verbs of mere wanting and trying
/// ("wants to", "plans to", "tried to") it marks less often than not, so they are left
/// out (counts on PolNeAR train: `declined to` a cue 60 times of 69, `wants to` 19 of 98).
const AIMS: &[(&str, &[&str])] = &[
    ("vow", &[]),
    ("promise", &[]),
    ("pledge", &[]),
    ("threaten", &[]),
    ("agree", &["agree", "agrees", "agreed", "agreeing"]),
    ("refuse", &[]),
    ("decline", &[]),
    ("seek", &["seek", "seeks", "sought", "seeking"]),
    ("hope", &[]),
    ("offer", &[]),
    ("urge", &[]),
];

/// Whether words (in lower case) are a discourse adverbial that a writer sets off in
/// commas anywhere in a clause ("however", "for instance", "for his part"): between a
/// subject and its verb it is neither part of the subject nor an appositive to it.
pub fn is_discourse_aside(words: &[&str]) -> bool {
    match words {
        [w] => matches!(
            *w,
            "however"
                | "though"
                | "too"
                | "meanwhile"
                | "instead"
                | "nonetheless"
                | "nevertheless"
                | "again"
                | "moreover"
                | "likewise"
                | "similarly"
                | "therefore"
                | "indeed"
                | "meantime"
                | "separately"
        ),
        [a, b] => matches!(
            (*a, *b),
            ("for", "instance" | "example")
                | (
                    "in",
                    "fact" | "turn" | "particular" | "contrast" | "response" | "addition"
                )
                | ("of", "course")
                | ("by", "contrast")
                | ("at", "least")
        ),
        [a, b, c] => {
            *a == "for" && matches!(*b, "his" | "her" | "their" | "its" | "our") && *c == "part"
        }
        _ => false,
    }
}

/// Whether a word is a preposition that takes a noun phrase ("on the spot", "about the
/// deal"): its object is no source, and it is no cue's head.
pub fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "at"
            | "to"
            | "for"
            | "with"
            | "from"
            | "by"
            | "of"
            | "into"
            | "during"
            | "about"
            | "against"
            | "over"
            | "among"
    )
}

/// People known by a party and a role ("the presumptive Republican nominee", "the
/// Democratic candidate"): `classify` reads such a phrase as the role, and `resolve`
/// takes the role for a person named before.
pub const PARTY_ROLES: &[&str] = &[
    "nominee",
    "candidate",
    "senator",
    "governor",
    "congressman",
    "congresswoman",
    "lawmaker",
    "frontrunner",
    "front-runner",
    "challenger",
    "incumbent",
    "president",
    "leader",
];

/// Verbs of impression: "X appeared to …", "X seems likely to …" is how the article sees
/// X, which PolNeAR marks as an attribution without a source.
const IMPRESSIONS: &[(&str, &[&str])] = &[("seem", &[]), ("appear", &[])];

/// The lemma of a form of a verb of [`IMPRESSIONS`].
pub fn impression_lemma(lower: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    lemma_in(&TABLE, IMPRESSIONS, lower)
}

/// Verbs whose object does what the infinitive after it says: "led X to declare",
/// "forcing X to reverse", "leaving some to question".
const CAUSATIVES: &[(&str, &[&str])] = &[
    ("lead", &["lead", "leads", "led", "leading"]),
    ("drive", &["drive", "drives", "drove", "driven", "driving"]),
    ("leave", &["leave", "leaves", "left", "leaving"]),
    ("get", &["get", "gets", "got", "getting"]),
    ("spur", &["spur", "spurs", "spurred", "spurring"]),
    ("compel", &["compel", "compels", "compelled", "compelling"]),
    ("prompt", &[]),
    ("force", &[]),
    ("push", &[]),
    ("pressure", &[]),
    ("encourage", &[]),
    ("inspire", &[]),
    ("cause", &[]),
    ("allow", &[]),
    ("persuade", &[]),
    ("convince", &[]),
    ("invite", &[]),
    ("move", &[]),
    ("motivate", &[]),
    ("enable", &[]),
    ("challenge", &[]),
    ("dare", &[]),
];

/// The lemma of a form of a verb of [`CAUSATIVES`].
pub fn causing_lemma(lower: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    lemma_in(&TABLE, CAUSATIVES, lower)
}

/// The lemma of a form of a verb of [`AIMS`].
pub fn aim_lemma(lower: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    lemma_in(&TABLE, AIMS, lower)
}

/// Whether a lemma needs a quote or a "that" clause to count as a cue.
pub fn is_weak(lemma: &str) -> bool {
    WEAK.contains(&lemma)
        || learned_probability(lemma).is_some_and(|p| p < STRONG_P) && verb_lemma(lemma).is_none()
}

/// Least probability for a learned form to be a cue on its own.
const CUE_P: f32 = 0.5;
/// Least probability for a learned cue to need no quote or "that" beside it.
const STRONG_P: f32 = 0.7;
/// Least number of times a learned form was seen as a cue.
const CUE_N: u32 = 5;

/// The learned probability that a form is (part of) a cue, when it was seen in cues often
/// enough to estimate (the cue lexicon: see [`crate::learned`]).
pub fn learned_probability(form: &str) -> Option<f32> {
    cue_lexicon()
        .get(form)
        .filter(|e| e.in_cue >= CUE_N)
        .map(|e| e.probability)
}

/// The cue lemma of a lower-case word form: from the reporting-verb lexicon, else from
/// the learned lexicon when the form is a cue often enough (the form is its own lemma).
pub fn cue_lemma(lower: &str) -> Option<&'static str> {
    if let Some(lemma) = verb_lemma(lower) {
        return Some(lemma);
    }
    learned_probability(lower)
        .filter(|p| *p >= CUE_P)
        .and_then(|_| learned_form(lower))
}

/// The lemma of a form of the learned lexicon, whatever its probability (the cue model
/// decides whether it is a cue where it stands): its base form when the lexicon or the
/// verb table has one ("ruled" → "rule", "offered" → "offer", "insisting" → "insist"),
/// else the form itself, so that `cg:cueLemma` groups inflections.
pub fn learned_form(lower: &str) -> Option<&'static str> {
    static FORMS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let known = cue_lexicon();
        known
            .keys()
            .map(|form| {
                let lemma = base_candidates(form)
                    .into_iter()
                    .find_map(|c| {
                        verb_lemma(&c).or_else(|| known.get_key_value(&c).map(|(k, _)| k.as_str()))
                    })
                    .unwrap_or(form);
                (
                    form.to_owned(),
                    &*Box::leak(lemma.to_owned().into_boxed_str()),
                )
            })
            .collect()
    });
    forms.get(lower).copied()
}

/// Possible base forms of an inflected English verb, most likely first.
fn base_candidates(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    let undouble = |stem: &str| {
        let b = stem.as_bytes();
        (b.len() > 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| stem[..stem.len() - 1].to_owned())
    };
    if let Some(stem) = form.strip_suffix("ied") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = form.strip_suffix("ing") {
        out.extend([stem.to_owned(), format!("{stem}e")]);
        out.extend(undouble(stem));
    }
    if let Some(stem) = form.strip_suffix("ed") {
        out.extend([stem.to_owned(), format!("{stem}e")]);
        out.extend(undouble(stem));
    }
    if let Some(stem) = form.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = form.strip_suffix("es") {
        out.push(stem.to_owned());
    }
    if let Some(stem) = form.strip_suffix('s') {
        out.push(stem.to_owned());
    }
    out.retain(|c| c.len() >= 2);
    out
}

/// Outlets: `(alias, canonical name)`. Aliases are compared case-sensitively on the
/// written form without a leading "the", so "the Times" is the newspaper but "times" is not.
const OUTLETS: &[(&str, &str)] = &[
    ("New York Times", "The New York Times"),
    ("NYT", "The New York Times"),
    ("Times", "The New York Times"),
    ("NY Times", "The New York Times"),
    ("Washington Post", "The Washington Post"),
    ("Post", "The Washington Post"),
    ("Wall Street Journal", "The Wall Street Journal"),
    ("WSJ", "The Wall Street Journal"),
    ("Journal", "The Wall Street Journal"),
    ("Reuters", "Reuters"),
    ("Thomson Reuters", "Reuters"),
    ("Associated Press", "Associated Press"),
    ("AP", "Associated Press"),
    ("Agence France-Presse", "Agence France-Presse"),
    ("AFP", "Agence France-Presse"),
    ("AFP agency", "Agence France-Presse"),
    (
        "Associated Press of Pakistan",
        "Associated Press of Pakistan",
    ),
    ("APP", "Associated Press of Pakistan"),
    ("Bloomberg", "Bloomberg"),
    ("Bloomberg News", "Bloomberg"),
    ("CNN", "CNN"),
    ("BBC", "BBC"),
    ("Fox News", "Fox News"),
    ("NBC News", "NBC News"),
    ("NBC", "NBC News"),
    ("ABC News", "ABC News"),
    ("CBS News", "CBS News"),
    ("NPR", "NPR"),
    ("MSNBC", "MSNBC"),
    ("Politico", "Politico"),
    ("Axios", "Axios"),
    ("The Hill", "The Hill"),
    ("Hill", "The Hill"),
    ("Guardian", "The Guardian"),
    ("Financial Times", "Financial Times"),
    ("FT", "Financial Times"),
    ("Al Jazeera", "Al Jazeera"),
    ("TOLOnews", "TOLOnews"),
    ("Tolo News", "TOLOnews"),
    ("Breitbart", "Breitbart News"),
    ("Breitbart News", "Breitbart News"),
    ("Daily Mail", "Daily Mail"),
    ("DailyMail.com", "Daily Mail"),
    ("USA Today", "USA Today"),
    ("Los Angeles Times", "Los Angeles Times"),
    ("LA Times", "Los Angeles Times"),
    ("Xinhua", "Xinhua"),
    ("TASS", "TASS"),
    ("Interfax", "Interfax"),
    ("Kyodo", "Kyodo"),
    ("dpa", "dpa"),
    ("EFE", "EFE"),
    ("ANSA", "ANSA"),
    ("Yonhap", "Yonhap"),
    ("PTI", "Press Trust of India"),
    ("Press Trust of India", "Press Trust of India"),
    ("Economist", "The Economist"),
    ("Newsweek", "Newsweek"),
    ("Time", "Time"),
    ("Huffington Post", "HuffPost"),
    ("HuffPost", "HuffPost"),
    ("Vox", "Vox"),
    ("BuzzFeed News", "BuzzFeed News"),
    ("Hugh Hewitt Show", "The Hugh Hewitt Show"),
];

/// Aliases that are also ordinary words; they name an outlet only after "the".
pub const AMBIGUOUS_OUTLETS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Hill",
    "Time",
    "Guardian",
    "Economist",
    "Vox",
    "dpa",
];

/// A word without its possessive ending, with either apostrophe ("Germany's" → "Germany").
pub fn without_possessive(word: &str) -> &str {
    // `strip_suffix` in a loop, as `trim_end_matches` with a string pattern builds a
    // substring searcher per call (2.6 % of extraction in perf).
    fn strip_all<'a>(mut word: &'a str, suffix: &str) -> &'a str {
        while let Some(rest) = word.strip_suffix(suffix) {
            word = rest;
        }
        word
    }
    strip_all(strip_all(word, "’s"), "'s")
}

/// The pronoun of a subject pronoun with its auxiliary contracted onto it ("they’ve",
/// "he's", "who’d", "I’m", "you’ve"): one token, which must not be read as a name
/// ("They’ve" was a person). "You" is no source, with its auxiliary or without.
pub fn contracted_pronoun(lower: &str) -> Option<&str> {
    let stem = [
        "'ve", "’ve", "'re", "’re", "'d", "’d", "'ll", "’ll", "'s", "’s", "'m", "’m",
    ]
    .iter()
    .find_map(|clitic| lower.strip_suffix(clitic))?;
    (PRONOUNS.contains(&stem) || matches!(stem, "who" | "you")).then_some(stem)
}

/// Whether a word is in the possessive ("Moody's", "Germany’s").
pub fn is_possessive(word: &str) -> bool {
    without_possessive(word).len() < word.len()
}

/// The canonical outlet name for a written name ("the NYT" → "The New York Times").
pub fn outlet(name: &str) -> Option<&'static str> {
    let bare = ["the ", "The ", "THE "]
        .iter()
        .find_map(|the| name.strip_prefix(the))
        .unwrap_or(name);
    let bare = without_possessive(bare);
    // A name in capitals ("POLITICO", "THE HILL") is the outlet of that name; a short one
    // must match as written, as "AP" does, so "HILL" or "POST" alone stay words. Counted
    // only when the name as written is no alias: most phrases asked about are neither.
    let shouting = || {
        !bare.chars().any(char::is_lowercase)
            && bare.chars().filter(|c| c.is_alphabetic()).count() > 4
    };
    // Looked up for every run of words in every source phrase: a table, not a scan.
    /// Canonical names by alias as written, and by alias in capitals.
    type Tables = (
        HashMap<&'static str, &'static str>,
        HashMap<String, &'static str>,
    );
    static TABLES: OnceLock<Tables> = OnceLock::new();
    let (exact, upper) = TABLES.get_or_init(|| {
        // The first entry of an alias wins, as in the list.
        let (mut exact, mut upper) = (HashMap::default(), HashMap::default());
        for (alias, canon) in OUTLETS.iter().copied() {
            exact.entry(alias).or_insert(canon);
            upper.entry(alias.to_ascii_uppercase()).or_insert(canon);
        }
        (exact, upper)
    });
    exact
        .get(bare)
        .or_else(|| shouting().then(|| upper.get(bare)).flatten())
        .copied()
}

/// Nouns that stand for an outlet or its story ("the newspaper said", "the report said").
pub static OUTLET_NOUNS: WordList = WordList::new(&[
    "newspaper",
    "paper",
    "daily",
    "report",
    "reports",
    "outlet",
    "broadcaster",
    "network",
    "magazine",
    "tabloid",
    "website",
    "publication",
    "agency",
    "story",
    "article",
    "media",
]);

/// Heads of source phrases that name no one ("two American officials", "a source").
pub static ANONYMOUS_HEADS: WordList = WordList::new(&[
    // Those set against someone already named: "others say", "another says".
    "others",
    "another",
    "specialists",
    "opponents",
    "proponents",
    "detractors",
    "skeptics",
    "advocates",
    "official",
    "officials",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "resident",
    "residents",
    "person",
    "people",
    "aide",
    "aides",
    "negotiator",
    "negotiators",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "observer",
    "observers",
    "witness",
    "witnesses",
    "insider",
    "insiders",
    "member",
    "members",
    "staffer",
    "staffers",
    "employee",
    "employees",
    "officer",
    "officers",
    "commander",
    "commanders",
    "lawmaker",
    "lawmakers",
    "senator",
    "senators",
    "leader",
    "leaders",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "investigator",
    "investigators",
    "authorities",
    "critic",
    "critics",
    "supporter",
    "supporters",
    "economist",
    "economists",
    "dealer",
    "dealers",
    "trader",
    "traders",
    "banker",
    "bankers",
    "executive",
    "executives",
    "representative",
    "representatives",
    "envoy",
    "envoys",
    "minister",
    "ministers",
    "president",
    "spokesmen",
    "man",
    "woman",
    "men",
    "women",
    "voter",
    "voters",
    "worker",
    "workers",
    "soldier",
    "soldiers",
    "doctor",
    "doctors",
    "activist",
    "activists",
    "figure",
    "figures",
    "group",
    "groups",
    "statement",
    "statements",
    "poll",
    "survey",
    "study",
    "data",
    "documents",
    "candidate",
    "candidates",
    "governor",
    "governors",
    "mayor",
    "mayors",
    "chairman",
    "director",
    "directors",
    "secretary",
    "ambassador",
    "ambassadors",
    "general",
    "judge",
    "judges",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "strategist",
    "strategists",
    "pollster",
    "pollsters",
    "organizer",
    "organizers",
    "citizen",
    "citizens",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "congressman",
    "congresswoman",
    "scientist",
    "scientists",
    "researcher",
    "researchers",
    "police",
    "protesters",
    "demonstrators",
    "operatives",
    "donors",
    "delegates",
    "speakers",
    "respondents",
    "participants",
    "reports",
    "records",
    "filings",
    "polls",
    "surveys",
    "studies",
    "historian",
    "historians",
    "professor",
    "professors",
    "scholars",
    "friends",
    "neighbors",
    "relatives",
    "parents",
    "family",
    "families",
    "students",
    "teachers",
    "veterans",
    "fans",
    "customers",
    "users",
    "readers",
    "viewers",
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "delegate",
    "donor",
    "protester",
    "demonstrator",
    "operative",
    "scholar",
    "student",
    "teacher",
    "veteran",
    "friend",
    "neighbor",
    "relative",
    "parent",
    "fan",
    "customer",
    "reader",
    "viewer",
    "speaker",
    "participant",
    "respondent",
    // People by their trade or their place in a family, as vox-pop sources are described
    // ("a 55-year-old salesman from Sumter", "a retiree in Carthage").
    "salesman",
    "saleswoman",
    "retiree",
    "retirees",
    "philanthropist",
    "nurse",
    "nurses",
    "farmer",
    "farmers",
    "owner",
    "owners",
    "mother",
    "mothers",
    "father",
    "fathers",
    "homemaker",
    "engineer",
    "mechanic",
    "accountant",
    "physician",
    "pastor",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "musician",
    "artist",
    "plumber",
    "electrician",
    "carpenter",
    "firefighter",
    "driver",
    "grandmother",
    "grandfather",
    "housewife",
    "waitress",
    "bartender",
    "cashier",
    "clerk",
    "contractor",
    "consultant",
    "investor",
    "pensioner",
    "mom",
    "dad",
    // People by what they make or present ("Joe Scarborough, host of MSNBC’s “Morning
    // Joe,”").
    "host",
    "co-host",
    "anchor",
    "author",
    "editor",
    "columnist",
    "founder",
    "creator",
    "producer",
    "correspondent",
    "commentator",
    "contributor",
    "comedian",
    "actor",
    "actress",
]);

/// Titles and role words that precede a person's name ("Sen.", "spokesperson").
pub static TITLES: WordList = WordList::new(&[
    "president",
    "sen.",
    "senator",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "secretary",
    "secretary-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "prime",
    "foreign",
    "defense",
    "defence",
    "ambassador",
    "general",
    "gen.",
    "col.",
    "lt.",
    "judge",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "chairman",
    "committeeman",
    "committeewoman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "envoy",
    "press",
    "vice",
    "deputy",
    "chief",
    "leader",
    "speaker",
    "commander",
    "adm.",
    "admiral",
    "sheikh",
    "emir",
    "attorney",
    "justice",
    "candidate",
    "former",
    "state",
    "dept",
    "department",
    "house",
    "white",
    "senate",
    "majority",
    "minority",
    "democratic",
    "republican",
    "democrat",
    "independent",
    "libertarian",
    "gop",
    "u.s.",
    "us",
    "un",
    "resident",
    "official",
    "adviser",
    "advisor",
    "strategist",
    "host",
    "anchor",
    "analyst",
    "treasurer",
    "undersecretary",
    "under-secretary",
    "premier",
    "commissioner",
    "investor",
    "manager",
    "vice-president",
    "vice-chairman",
]);

/// A lower-case word that says what a person named after it is ("consultant", "analyst",
/// "spokeswoman"): a title, a head of anonymous sources that is no organisation's, or a
/// noun of a trade by its ending ("lobbyist", "consultant"), which no list keeps up with.
pub fn is_person_role(lower: &str) -> bool {
    (ANONYMOUS_HEADS.contains(&lower) || TITLES.contains(&lower)) && !ORG_WORDS.contains(&lower)
        || lower.len() > 5 && (lower.ends_with("ist") || lower.ends_with("ant"))
}

/// A lower-case plural that names people by what they do ("forecasters", "bloggers",
/// "economists", "residents"), by its ending: such a word heads a source phrase on its
/// own ("…, forecasters say") though no list names it.
pub fn is_people_plural(lower: &str) -> bool {
    const ENDINGS: &[&str] = &["ers", "ors", "ists", "ants", "ents", "ians"];
    lower.len() > 5
        && lower.chars().all(|c| c.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Words that make a capitalised phrase an organisation rather than a person.
pub static ORG_WORDS: WordList = WordList::new(&[
    "department",
    "ministry",
    "pentagon",
    "embassy",
    "government",
    "administration",
    "council",
    "committee",
    "agency",
    "office",
    "commission",
    "bank",
    "party",
    "police",
    "army",
    "forces",
    "nations",
    "nato",
    "house",
    "congress",
    "senate",
    "court",
    "university",
    "institute",
    "foundation",
    "company",
    "co",
    "co.",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "group",
    "association",
    "union",
    "federation",
    "league",
    "organisation",
    "organization",
    "service",
    "board",
    "authority",
    "fund",
    "kremlin",
    "taliban",
    "state",
    "states",
    "campaign",
    "navy",
    "corps",
    "center",
    "centre",
    "club",
    "bureau",
    "reserve",
    "exchange",
    "fbi",
    "cia",
    "fed",
    "un",
    "eu",
    "who",
    "imf",
    "opec",
    "unicef",
    "unhcr",
    "nasa",
    "mission",
    "team",
    "parliament",
    "cabinet",
    "coalition",
    "alliance",
    "movement",
    "front",
    "network",
    "dept",
    "dept.",
    "kingdom",
    "united",
    "republic",
    "emirates",
    "airport",
    "square",
    "city",
    "province",
    "street",
    "island",
    "islands",
    "academy",
    "international",
    "airlines",
    "hospital",
    "community",
    "convention",
    "church",
    // What a company's name ends in: "United Technologies", "Valeant Pharmaceuticals".
    "technologies",
    "industries",
    "holdings",
    "enterprises",
    "pharmaceuticals",
    "laboratories",
    "motors",
    "communications",
    "systems",
]);

/// Capitalised words that open sentences but never begin a name.
pub static NOT_NAME_START: WordList = WordList::new(&[
    "but",
    "and",
    "or",
    "so",
    "yet",
    "meanwhile",
    "however",
    "also",
    "then",
    "now",
    "still",
    "yesterday",
    "today",
    "tomorrow",
    "on",
    "in",
    "at",
    "after",
    "before",
    "as",
    "when",
    "whenever",
    "once",
    "while",
    "if",
    "although",
    "though",
    "because",
    "since",
    "later",
    "earlier",
    "separately",
    "similarly",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "thus",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "it",
    "we",
    "i",
    "you",
    "they",
    "he",
    "she",
    "last",
    "by",
    "for",
    "from",
    "with",
    "without",
    "under",
    "over",
    "amid",
    "amidst",
    "during",
    "according",
    "overall",
    "finally",
    "first",
    "second",
    "third",
    "again",
    "even",
    "only",
    "just",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "asked",
    "speaking",
    "unlike",
    "like",
    "despite",
    "following",
    "y",
    // A question or an infinitive opening a sentence ("Does Rubio…", "To Sexton, …"),
    // a hedge ("Maybe Trump…").
    "maybe",
    "perhaps",
    "to",
    "does",
    "do",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
]);

/// Determiners and quantifiers that can open a source phrase.
pub static DETERMINERS: WordList = WordList::new(&[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one",
    "another", "some", "several", "many", "most", "few", "all", "both", "other", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "dozen",
    "multiple", "various", "numerous", "senior", "top", "no",
]);

/// Count words for anonymous sources.
pub fn count_word(lower: &str) -> Option<u32> {
    Some(match lower {
        "a" | "an" | "one" | "another" => 1,
        "two" | "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return lower.parse().ok(),
    })
}

/// Whether a lower-case word names a share of a group: "percent", "%", "half", "a
/// majority", "a third", "three-fourths".
pub fn is_share(w: &str) -> bool {
    const FRACTIONS: [&str; 8] = [
        "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifths", "tenths",
    ];
    matches!(
        w,
        "percent" | "%" | "half" | "majority" | "minority" | "plurality"
    ) || FRACTIONS.iter().any(|f| {
        w == *f
            || w.strip_suffix(f)
                .is_some_and(|number| number.ends_with('-'))
    })
}

/// Where the share that heads a phrase's lower-case words ends, when one does: the
/// word before "of" ("three-fourths of voters"), else the last ("Twenty-six percent").
/// The index is that of the "of", or the phrase's length.
pub fn share_end(lower: &[&str]) -> Option<usize> {
    let of = lower.iter().position(|w| *w == "of").unwrap_or(lower.len());
    (of > 0 && is_share(lower[of - 1])).then_some(of)
}

/// Lower-case modifiers allowed inside a source phrase ("senior US defense officials").
pub static NP_MODIFIERS: WordList = WordList::new(&[
    "senior",
    "former",
    "current",
    "top",
    "local",
    "western",
    "security",
    "defense",
    "defence",
    "military",
    "intelligence",
    "government",
    "administration",
    "state",
    "federal",
    "foreign",
    "and",
    "of",
    "for",
    "close",
    "familiar",
    "knowledgeable",
    "anonymous",
    "unnamed",
    "u.s.",
    "us",
    "american",
    "press",
    "police",
    "campaign",
    "party",
    "white",
    "house",
    "department",
    "other",
    "two",
    "three",
    "four",
    "five",
    "several",
    "some",
    "many",
    "regional",
    "provincial",
    "diplomatic",
    "european",
    "western",
    "chief",
    "deputy",
    "vice",
    "acting",
    "retired",
    "high-ranking",
    "ranking",
    "veteran",
    "independent",
    "private",
    "public",
    "health",
    "election",
    "national",
    "international",
    "afghan",
    "iranian",
    "russian",
    "chinese",
    "british",
    "israeli",
    "palestinian",
    "iraqi",
    "syrian",
    "pakistani",
    "indian",
    "french",
    "german",
    "japanese",
    "its",
    "their",
    "his",
    "her",
    "the",
    "a",
    "an",
    "one",
    "another",
    "new",
    "latest",
    "recent",
    "official",
    "ministry",
    "’s",
    "'s",
    "in",
]);

/// Third-person pronouns that can stand for a source.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// The subject form of an object pronoun ("him" → "he"), which points back to the same
/// actor ("according to him", "prompted her to").
pub fn object_pronoun_subject(lower: &str) -> Option<&'static str> {
    match lower {
        "him" => Some("he"),
        "her" => Some("she"),
        "them" => Some("they"),
        "us" => Some("we"),
        "me" => Some("i"),
        _ => None,
    }
}

/// Adverbs and auxiliaries skipped between a subject and its cue ("he has repeatedly said").
/// Use [`is_skippable`], which also knows the negative contractions.
pub static SKIPPABLE: WordList = WordList::new(&[
    "also",
    "always",
    "nevertheless",
    "nonetheless",
    "meanwhile",
    "soon",
    "ever",
    "first",
    "now",
    "later",
    "previously",
    "reportedly",
    "allegedly",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "once",
    "since",
    "twice",
    "again",
    "then",
    "recently",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "already",
    "still",
    "just",
    "further",
    "frequently",
    "often",
    "initially",
    "subsequently",
    "separately",
    "similarly",
    "clearly",
    "flatly",
    "firmly",
    "strongly",
    "last",
    "week",
    "month",
    "year",
    "night",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "this",
    "morning",
    "afternoon",
    "evening",
    "officially",
    "only",
    "even",
    "openly",
    "quietly",
    "angrily",
    "bluntly",
    "tersely",
    "told",
]);

/// Hedge words recorded on an attribution.
pub const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
    "reputedly",
];

/// Prepositions and adverbials that start an adjunct after a cue ("said on Thursday").
pub static ADJUNCT_STARTS: WordList = WordList::new(&[
    "in",
    "on",
    "at",
    "during",
    "to",
    "via",
    "citing",
    "adding",
    "explaining",
    "noting",
    "last",
    "this",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "earlier",
    "later",
    "after",
    "before",
    "from",
    "late",
    "early",
    "while",
    "when",
    "as",
    "through",
    "by",
    "with",
    "without",
    "recently",
    "again",
    "previously",
    "afterward",
    "afterwards",
    "quietly",
    "repeatedly",
    "publicly",
    "privately",
    "tonight",
    "overnight",
    "then",
    "there",
    "here",
    "according",
]);

/// The days of the week, lower-cased: times, never names of who spoke.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Auxiliaries and copulas: a word run holding one is a clause, not an adverbial.
pub const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "does", "did",
];

/// The months, lower-cased: "in December" is when, not what.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Irregular past forms of common verbs, which the "-ed" test for a verb misses: "The
/// Vermont senator spoke at a rally, blasting …" must not read "spoke at a rally" as part
/// of the senator's name.
pub static IRREGULAR_PASTS: WordList = WordList::new(&[
    "spoke", "went", "came", "made", "took", "gave", "met", "wrote", "saw", "held", "led", "ran",
    "began", "won", "lost", "sent", "left", "brought", "thought", "got", "kept", "found", "stood",
    "fell", "rose", "paid", "sold", "built", "knew", "grew", "drew", "threw", "chose", "fought",
    "sought", "taught", "became", "struck", "bought", "felt", "spent", "shook", "broke", "forgot",
    "swore", "wore", "hung", "sat", "lay", "laid", "meant", "sang", "drove", "flew", "put",
]);

/// Whether a lower-case word may stand between a subject and its cue: a word of
/// [`SKIPPABLE`] or a negative contraction ("wouldn’t say", "hasn't decided").
pub fn is_skippable(lower: &str) -> bool {
    SKIPPABLE.contains(&lower) || is_negative_contraction(lower)
}

/// Whether a lower-case word is an auxiliary with "not" contracted onto it ("didn't",
/// "wouldn’t"), with either apostrophe.
pub fn is_negative_contraction(lower: &str) -> bool {
    lower.ends_with("n't") || lower.ends_with("n’t")
}

/// Whether a lower-case word is an adverb in "-ly" ("openly admitted", "repeatedly
/// said"): the nouns and adjectives spelled so ("the rally organizer", "a family
/// friend", "an elderly voter") are not, and must not end a source phrase.
pub fn is_ly_adverb(lower: &str) -> bool {
    static NOT_ADVERBS: WordList = WordList::new(&[
        "early",
        "only",
        "rally",
        "family",
        "assembly",
        "supply",
        "reply",
        "monopoly",
        "anomaly",
        "elderly",
        "daily",
        "weekly",
        "monthly",
        "quarterly",
        "july",
        "italy",
        "holly",
        "kelly",
        "sally",
        "bully",
    ]);
    lower.len() > 4 && lower.ends_with("ly") && !NOT_ADVERBS.contains(&lower)
}

/// The adjectives of peoples and regions, lower-cased ("american", "west german"): alone
/// they name a government, a company or a people, never a person, and a run of
/// capitalised words that is one is no name.
pub static DEMONYMS: WordList = WordList::new(&[
    "american",
    "british",
    "english",
    "german",
    "french",
    "italian",
    "spanish",
    "dutch",
    "belgian",
    "swiss",
    "austrian",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "irish",
    "scottish",
    "welsh",
    "portuguese",
    "greek",
    "turkish",
    "polish",
    "czech",
    "hungarian",
    "romanian",
    "russian",
    "soviet",
    "ukrainian",
    "european",
    "japanese",
    "chinese",
    "korean",
    "taiwanese",
    "vietnamese",
    "thai",
    "indonesian",
    "malaysian",
    "filipino",
    "indian",
    "pakistani",
    "afghan",
    "iranian",
    "iraqi",
    "syrian",
    "israeli",
    "palestinian",
    "lebanese",
    "jordanian",
    "egyptian",
    "saudi",
    "kuwaiti",
    "arab",
    "african",
    "nigerian",
    "kenyan",
    "canadian",
    "mexican",
    "brazilian",
    "argentine",
    "argentinian",
    "chilean",
    "colombian",
    "venezuelan",
    "peruvian",
    "cuban",
    "australian",
    "asian",
    "latin",
]);

/// Whether a lower-cased phrase is a people's adjective, with a point of the compass
/// before it ("west german", "south korean", "north american").
pub fn is_demonym(lower: &str) -> bool {
    let bare = ["west ", "east ", "north ", "south "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(lower);
    DEMONYMS.contains(&bare)
}

/// US states as AP style abbreviates them after a town ("of Derry, N.H.").
pub static STATE_ABBREVIATIONS: WordList = WordList::new(&[
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
    "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.",
    "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.",
    "s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.",
]);

/// Countries, states and seats of government, lower-cased: "Japan said", "Washington
/// warned" speak for a government, an organisation, not a person; nor is "New York" a
/// person's name for a pronoun to stand for.
pub static PLACES: WordList = WordList::new(&[
    "afghanistan",
    "argentina",
    "australia",
    "austria",
    "belgium",
    "brazil",
    "britain",
    "canada",
    "china",
    "cuba",
    "denmark",
    "egypt",
    "england",
    "middle east",
    "europe",
    "france",
    "germany",
    "west germany",
    "east germany",
    "greece",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kuwait",
    "lebanon",
    "libya",
    "malaysia",
    "mexico",
    "netherlands",
    "the netherlands",
    "new zealand",
    "nigeria",
    "north korea",
    "norway",
    "pakistan",
    "philippines",
    "the philippines",
    "poland",
    "portugal",
    "qatar",
    "russia",
    "saudi arabia",
    "south africa",
    "south korea",
    "soviet union",
    "the soviet union",
    "spain",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "thailand",
    "turkey",
    "ukraine",
    "venezuela",
    "vietnam",
    "yemen",
    "washington",
    "moscow",
    "beijing",
    "tokyo",
    "london",
    "paris",
    "berlin",
    "bonn",
    "kabul",
    "tehran",
    "jerusalem",
    "brussels",
    "ottawa",
    "seoul",
    "pyongyang",
    "kyiv",
    "kiev",
    "ankara",
    "cairo",
    "riyadh",
    "islamabad",
    "new delhi",
    "havana",
    "caracas",
    "damascus",
    "baghdad",
    "canberra",
    "wellington",
    "hong kong",
    "singapore",
    // The states of one word (those of two are below).
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "wisconsin",
    "wyoming",
    "new york",
    "new jersey",
    "new mexico",
    "new hampshire",
    "north carolina",
    "south carolina",
    "north dakota",
    "south dakota",
    "west virginia",
    "rhode island",
    "los angeles",
    "san francisco",
    "las vegas",
    "sri lanka",
    "el salvador",
    "costa rica",
    "puerto rico",
    "united states",
    "the united states",
    "united kingdom",
    "the united kingdom",
]);
