//! Particles of a cue's verb: the prepositions and adverbs PolNeAR keeps in the cue
//! ("pointed out", "referring to", "called for", "lashed out at"), by the verb's base
//! form, with the irregular forms that find it.

use crate::Doc;

/// Particles that make a phrasal cue with the verb before them, by the verb's base form.
pub(super) const PARTICLES: &[(&str, &[&str])] = &[
    // The second particle of a phrasal verb, by the first: "lashed out at", "pushed back
    // against", "weighed in on" (train: 26 of 31 in the cue). First: the
    // first entry found wins, and the cue's verb ("push") has its own.
    ("out", &["at", "against", "for", "of"]),
    ("back", &["at", "against", "on", "for"]),
    ("in", &["on"]),
    ("refer", &["to"]),
    ("point", &["out", "to"]),
    ("call", &["for", "on"]),
    ("talk", &["about", "of"]),
    ("mention", &["of"]),
    ("speak", &["about", "of", "out"]),
    ("ask", &["about", "for"]),
    ("warn", &["of", "about", "against"]),
    ("boast", &["of", "about"]),
    ("apologize", &["for"]),
    ("shoot", &["back"]),
    ("fire", &["back"]),
    ("lay", &["out"]),
    ("argue", &["for", "against"]),
    ("push", &["for", "back"]),
    ("complain", &["about", "of"]),
    ("write", &["about", "of"]),
    ("respond", &["to"]),
    ("react", &["to"]),
    ("reply", &["to"]),
    ("object", &["to"]),
    ("agree", &["with"]),
    ("disagree", &["with"]),
    ("weigh", &["in"]),
    ("hint", &["at"]),
    ("allude", &["to"]),
    ("insist", &["on"]),
    ("comment", &["on"]),
    ("elaborate", &["on"]),
    ("lash", &["out"]),
    ("open", &["up"]),
    ("sign", &["off"]),
    ("chime", &["in"]),
    ("vouch", &["for"]),
    ("advocate", &["for"]),
    ("testify", &["about"]),
    ("worry", &["about"]),
    ("joke", &["about"]),
    ("cry", &["out"]),
    ("caution", &["against"]),
    ("believe", &["in"]),
    ("remark", &["upon", "on"]),
    ("think", &["of", "about"]),
    ("accuse", &["of"]),
    ("stand", &["by"]),
    ("speculate", &["about", "on"]),
    ("rail", &["against", "about"]),
    // "as Graham put it".
    ("put", &["it"]),
    // Nouns and verbs of stance, whose preposition PolNeAR keeps in the cue (train: "attacks
    // on" 30 of 30, "focused on" 17 of 17, "support for" 38 of 47, "vote for" 23 of 24).
    ("attack", &["on"]),
    ("support", &["for"]),
    ("question", &["about"]),
    ("criticism", &["of"]),
    ("vote", &["for", "against"]),
    ("focus", &["on"]),
    ("attention", &["to"]),
    ("endorsement", &["of"]),
    (
        "express",
        &[
            "concern",
            "confidence",
            "frustration",
            "doubt",
            "skepticism",
            "support",
            "regret",
            "surprise",
            "dismay",
            "alarm",
            "interest",
            "hope",
        ],
    ),
];

/// Whether token `k` is an adverb particle of the verb right before it: "called out",
/// "talked up", "shrugged off", "played down", "shot back". PolNeAR keeps these in the
/// cue whatever the verb (train: 331 inside a gold cue, 6 right after one), so no list
/// of phrasal verbs is needed. Not "up to" a number, nor "back in" a time ("said back in
/// May").
pub(super) fn is_adverb_particle(doc: &Doc, k: usize) -> bool {
    let next = if k + 1 < doc.tokens.len() {
        doc.lower(k + 1)
    } else {
        ""
    };
    let particle = match doc.lower(k) {
        "up" => next != "to",
        "back" => !matches!(next, "in" | "on" | "at" | "then" | "when" | "during" | "to"),
        "out" | "off" | "down" => true,
        _ => false,
    };
    particle
        && k > 0
        && doc.is_word(k - 1)
        && crate::source::looks_verbal(doc, k - 1)
        && crate::lexicon::verb_lemma(doc.lower(k - 1)) != Some("say")
}

/// Whether `next` is a particle of the verb form `form` ("pointed" "to", "talks"
/// "about"): what follows it is the verb's object, not an adverbial.
pub(crate) fn takes_particle(form: &str, next: &str) -> bool {
    particles_by_form(form, "").contains(&next)
}

/// The particles of a verb by its form, or by its lemma where the cue has one.
pub(super) fn particles_by_form(form: &str, lemma: &str) -> &'static [&'static str] {
    let form = IRREGULAR
        .iter()
        .find(|(past, _)| *past == form)
        .map_or(form, |(_, base)| base);
    let stem = form
        .strip_suffix("ing")
        .or_else(|| form.strip_suffix("ed"))
        .or_else(|| form.strip_suffix('s'))
        .unwrap_or(form);
    // "referr-ing", "argu-ing", "spok-e": undouble, and allow a dropped "e".
    let undoubled = match stem.as_bytes() {
        [.., x, y] if x == y => &stem[..stem.len() - 1],
        _ => stem,
    };
    // The first entry whose verb is the lemma, the stem or the stem with its "e": the
    // entries by verb and by verb without a final "e", looked up, not scanned (asked of
    // every cue and of many words after a verb).
    static INDEX: std::sync::OnceLock<[rustc_hash::FxHashMap<&str, usize>; 2]> =
        std::sync::OnceLock::new();
    let [by_verb, by_stem] = INDEX.get_or_init(|| {
        let entries = || PARTICLES.iter().enumerate().rev();
        [
            entries().map(|(i, (verb, _))| (*verb, i)).collect(),
            entries()
                .filter_map(|(i, (verb, _))| Some((verb.strip_suffix('e')?, i)))
                .collect(),
        ]
    });
    let by_form = [stem, undoubled]
        .into_iter()
        .flat_map(|s| [by_verb.get(s), by_stem.get(s)]);
    by_form
        .chain([by_verb.get(lemma)])
        .flatten()
        .min()
        .map_or(&[], |&i| PARTICLES[i].1)
}

/// Prepositions that, right after a cue and opening its content, PolNeAR puts in the cue
/// ("balked at", "sided with", "is hopeful about"): in train's gold, a preposition right
/// between cue and content is the cue's far more often than the content's (about 459 to
/// 26, for 387 to 25, of 404 to 15, on 325 to 16, against 106 to 0). Taken only after a
/// verb outside the reporting lexicon, whose particles `PARTICLES` does not list: after
/// "said" the same words open an occasion ("said | at a rally", "said | of the deal"),
/// which stays in the content.
pub(super) const OPENING_PREPOSITIONS: &[&str] = &[
    "about", "against", "at", "for", "of", "on", "over", "with", "upon",
];

/// Irregular forms of the verbs in `PARTICLES`, whose stem is not the base.
const IRREGULAR: &[(&str, &str)] = &[
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("shot", "shoot"),
    ("laid", "lay"),
    ("wrote", "write"),
    ("written", "write"),
    ("cried", "cry"),
    ("stood", "stand"),
    ("thought", "think"),
];
