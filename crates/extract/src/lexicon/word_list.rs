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
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    /// A list of the given words.
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list. Takes `&&str`, as the slice's `contains` did, so
    /// call sites read the same.
    pub fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(*word)
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
        for word in ["said", "told", "the", "sai", "saidx", "", "Said"] {
            assert_eq!(LIST.contains(&word), LIST.words.contains(&word), "{word}");
        }
        assert_eq!(LIST.len(), 3);
    }
}
