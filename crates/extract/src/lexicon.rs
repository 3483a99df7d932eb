//! Word lists: reporting verbs with their inflections, titles, outlets, organisation
//! words, anonymous-source heads, given names, places. General English and news-domain
//! knowledge only; no names or phrases taken from any evaluation article.
//!
//! One module a kind of word; everything is re-exported here, so callers name
//! `lexicon::X` whatever module holds it.

use crate::learned::cue_lexicon;
// Fx hashing: every word of every article is looked up in these tables, several times,
// and SipHash was a tenth of extraction's time.
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;
pub use word_list::WordList;

mod function_words;
mod given_names;
mod names;
mod outlets;
mod places_and_times;
mod sources;
mod verbs;
mod word_list;

pub use function_words::*;
pub use given_names::*;
pub use names::*;
pub use outlets::*;
pub use places_and_times::*;
pub use sources::*;
pub use verbs::*;
