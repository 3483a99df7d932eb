//! A fixed word list that answers membership by hashing.

use rustc_hash::FxHashSet;
use std::ops::Deref;
use std::sync::OnceLock;

/// A list of lower-case words, written in the source as a slice and asked `contains`
/// through a hash set built on first use. The lists are asked about nearly every token,
/// several times over; scanned linearly, the longer ones (up to 190 words) made string
/// comparison the largest single cost of extraction in `perf`.
///
/// It dereferences to the slice, so iterating or indexing it reads the list as written.
pub struct WordList {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The hash set, and which first bytes come with which lengths in it: most words asked
/// about are in no list, and a bit test turns most of them away before hashing them
/// (`Index::may_hold`).
struct Index {
    set: FxHashSet<&'static str>,
    /// Bit `len % 32` of entry `first byte % 32`, for every word of the list.
    shapes: [u32; 32],
}

impl Index {
    /// The index of a list's words.
    fn new(words: &[&'static str]) -> Self {
        let mut shapes = [0; 32];
        for word in words {
            let (slot, bit) = Self::shape(word);
            shapes[slot] |= bit;
        }
        Self {
            set: words.iter().copied().collect(),
            shapes,
        }
    }

    /// A word's entry and bit.
    fn shape(word: &str) -> (usize, u32) {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        (usize::from(first % 32), 1 << (word.len() % 32))
    }

    /// False only for a word that is not in the list.
    fn may_hold(&self, word: &str) -> bool {
        let (slot, bit) = Self::shape(word);
        self.shapes[slot] & bit != 0
    }
}

impl WordList {
    /// A list of the given words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            index: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list. Takes `&&str`, as the slice's `contains` did, so
    /// call sites read the same.
    pub fn contains(&self, word: &&str) -> bool {
        let index = self.index.get_or_init(|| Index::new(self.words));
        index.may_hold(word) && index.set.contains(*word)
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    static LIST: WordList = WordList::new(&["said", "told", "the"]);

    #[test]
    fn answers_as_the_slice_does() {
        // "tell" and "thy" have the shapes of "told" and "the", and are not in the list.
        for word in [
            "said", "told", "the", "sai", "saidx", "", "Said", "tell", "thy",
        ] {
            assert_eq!(LIST.contains(&word), LIST.words.contains(&word), "{word}");
        }
        assert_eq!(LIST.len(), 3);
    }
}
