//! Who a cue is spoken to ("told reporters", "told The New York Times"), and the
//! outlet's own attribution when the one told is an outlet.

use super::*;

/// After "told": the object ("reporters", "the New York Times"), and whether it is an
/// outlet. Returns the token where the content or adjunct starts.
pub(super) fn after_object(
    doc: &Doc,
    k: usize,
    lemma: &str,
    end: usize,
) -> (usize, Option<(usize, usize)>) {
    if !matches!(
        lemma,
        "tell" | "ask" | "inform" | "brief" | "assure" | "remind" | "urge" | "warn"
    ) {
        return (k + 1, None);
    }
    let (mut after, outlet) = if k + 1 < end && OBJECT_PRONOUNS.contains(&doc.lower(k + 1)) {
        (k + 2, None)
    } else {
        match subject_after(doc, k, end) {
            Some((s, e)) => {
                // "told the AP her group never…": a possessive after the object opens the
                // reported clause's subject; an adverbial ends the object too ("told the
                // Post in an interview that…").
                let e = (s + 1..e)
                    .find(|&t| {
                        matches!(doc.lower(t), "her" | "his" | "their" | "our" | "its" | "my")
                            || matches!(doc.lower(t), "in" | "on" | "during" | "at")
                                && t + 1 < e
                                && matches!(doc.lower(t + 1), "a" | "an" | "the" | "his" | "her")
                    })
                    .unwrap_or(e);
                let outlet = matches!(
                    classify(doc, s, e),
                    SourceRef::Outlet(_) | SourceRef::OutletRef
                )
                .then_some((s, e));
                (e, outlet)
            }
            // "told city leaders that…": a common noun phrase as the object, up to the
            // "that" that opens what was said.
            None => {
                let that = (k + 2..end.min(k + 8))
                    .take_while(|&t| {
                        doc.is_word(t) && !FINITE.contains(&doc.lower(t)) && !looks_verbal(doc, t)
                    })
                    .find(|&t| doc.lower(t) == "that");
                return (that.unwrap_or(k + 1), None);
            }
        }
    };
    // A programme named in quotes after the outlet: told ABC's “Good Morning America”.
    if let Some(q) = doc
        .quotes
        .iter()
        .find(|q| q.open == after && q.close < end && q.close <= after + 8)
    {
        after = q.close + 1;
    }
    // Time and place adverbials before the reported clause: "on Monday", "last week".
    while after < end
        && doc.is_word(after)
        && is_skippable(doc.lower(after))
        && doc.lower(after) != "that"
    {
        after += 1;
    }
    (after, outlet)
}

/// Objects of "told", "asked": the people spoken to.
pub(super) const OBJECT_PRONOUNS: &[&str] = &[
    "them",
    "him",
    "her",
    "us",
    "me",
    "you",
    "reporters",
    "supporters",
    "journalists",
    "voters",
    "listeners",
    "viewers",
    "the crowd",
    "lawmakers",
    "senators",
];

/// Pushes an attribution; when its cue is "told <outlet>", first pushes the outlet's own
/// attribution of the same content and links the source's to it by `via`.
pub(super) fn push_with_outlet(
    doc: &Doc,
    mut a: Attribution,
    outlet_np: Option<(usize, usize)>,
    out: &mut Vec<Attribution>,
) {
    if let Some(np) = outlet_np {
        let outlet = with_source(
            doc,
            Attribution::new(a.cue, a.cue_lemma, a.contents.clone(), a.kind),
            Some(np),
        );
        out.push(outlet);
        a.via = Some(out.len() - 1);
    }
    out.push(a);
}
