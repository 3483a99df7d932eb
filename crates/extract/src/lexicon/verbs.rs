//! Verbs: the reporting verbs with their inflections, the learned cue forms and their
//! lemmas, and the verb classes patterns ask of (aims, impressions, causatives).

use super::*;

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

/// Whether a lower-case word may be a past participle ("criticized", "written", "said"):
/// in "-ed" or "-en", or an irregular past form.
pub fn is_past_participle(lower: &str) -> bool {
    lower.ends_with("ed") || lower.ends_with("en") || IRREGULAR_PASTS.contains(&lower)
}
