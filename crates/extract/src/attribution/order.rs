//! The found attributions put in text order, and the repeats widening makes dropped,
//! with every `via` kept pointing at the same attribution (or the one that stands for it).

use super::Attribution;
use std::collections::HashMap;

/// Drops an attribution whose widened cue overlaps a neighbour's, keeping the longer cue
/// (but for one cue with two sources: the outlet told and its informant):
/// two words of one verb group ("hasn't", "decided") can both be found as cues, and
/// widening makes them one. What nested under the dropped one nests under the kept one.
pub(super) fn drop_repeated_cues(out: Vec<Attribution>) -> Vec<Attribution> {
    // Each attribution's index in the result, or the index of the one it repeats.
    let mut target: Vec<usize> = (0..out.len()).collect();
    let mut kept: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        let repeats = kept.iter().rev().take(3).copied().find(|&j| {
            out[j].cue.overlaps(&out[i].cue)
                && (out[j].cue != out[i].cue || out[j].source == out[i].source)
        });
        match repeats {
            Some(j) if out[i].cue.end - out[i].cue.start > out[j].cue.end - out[j].cue.start => {
                target[j] = i;
                *kept.iter_mut().rev().find(|k| **k == j).expect("kept") = i;
            }
            Some(j) => target[i] = j,
            None => kept.push(i),
        }
    }
    if kept.len() == out.len() {
        return out;
    }
    kept.sort_unstable();
    let position: HashMap<usize, usize> = kept.iter().enumerate().map(|(n, &i)| (i, n)).collect();
    // Follow a repeat to the attribution that stands for it; one that would nest under
    // itself nests under nothing.
    take_in_order(out, &kept, |mut v, n| {
        while target[v] != v {
            v = target[v];
        }
        Some(position[&v]).filter(|&v| v != n)
    })
}

/// The attributions `drop` does not pick, in their order; a `via` that pointed at a
/// dropped one points at nothing.
pub(super) fn drop_where(
    out: Vec<Attribution>,
    drop: impl Fn(&Attribution) -> bool,
) -> Vec<Attribution> {
    let kept: Vec<usize> = (0..out.len()).filter(|&i| !drop(&out[i])).collect();
    if kept.len() == out.len() {
        return out;
    }
    let position: HashMap<usize, usize> = kept.iter().enumerate().map(|(n, &i)| (i, n)).collect();
    take_in_order(out, &kept, |v, _| position.get(&v).copied())
}

/// Sorts attributions by position, keeping `via` pointing at the same attributions.
pub(super) fn in_text_order(out: Vec<Attribution>) -> Vec<Attribution> {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].cue.start, out[i].source.map(|s| s.start), i));
    let mut new_index = vec![0; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    take_in_order(out, &order, |v, _| Some(new_index[v]))
}

/// The attributions at the indices `order` names, in that order, each `via` (an old
/// index) mapped by `via_to(old, new position of the attribution)`.
fn take_in_order(
    out: Vec<Attribution>,
    order: &[usize],
    via_to: impl Fn(usize, usize) -> Option<usize>,
) -> Vec<Attribution> {
    let mut slots: Vec<Option<Attribution>> = out.into_iter().map(Some).collect();
    order
        .iter()
        .enumerate()
        .map(|(n, &old)| {
            let mut a = slots[old].take().expect("each index once");
            a.via = a.via.and_then(|v| via_to(v, n));
            a
        })
        .collect()
}
