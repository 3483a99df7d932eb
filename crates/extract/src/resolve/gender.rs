//! What a name or a title says of a person's gender, so that "she" does not resolve to a
//! man named last ("Trump questioned why Ghazala Khan hadn't spoken. She says…"). Only
//! what the words say for certain is used: a title ("Mrs.", "Congressman") or a common
//! first name; a name neither list knows says nothing, and resolution goes on by salience.

use crate::lexicon::{WordList, FEMALE_NAMES, MALE_NAMES};

/// A person's grammatical gender as "he" and "she" tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
    /// "he".
    Male,
    /// "she".
    Female,
}

impl Gender {
    /// The gender a subject pronoun refers to (`classify` gives object pronouns their
    /// subject form).
    pub(super) fn of_pronoun(pronoun: &str) -> Option<Self> {
        match pronoun {
            "he" => Some(Self::Male),
            "she" => Some(Self::Female),
            _ => None,
        }
    }
}

/// Titles that say the gender, lower-cased and without a stop.
static FEMALE_TITLES: WordList = WordList::new(&[
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "queen",
    "princess",
    "lady",
    "dame",
    "sister",
    "mother",
    "duchess",
    "first lady",
    "actress",
    "councilwoman",
    "assemblywoman",
]);
static MALE_TITLES: WordList = WordList::new(&[
    "mr",
    "congressman",
    "spokesman",
    "businessman",
    "king",
    "prince",
    "sir",
    "lord",
    "father",
    "brother",
    "duke",
    "councilman",
    "assemblyman",
]);

/// The gender a person's name and title say, when either says it for certain.
pub(super) fn gender_of(name: &str, title: Option<&str>) -> Option<Gender> {
    let title = title.map(|t| t.trim_end_matches('.').to_lowercase());
    if let Some(t) = title.as_deref() {
        let last = t.split_whitespace().last().unwrap_or(t);
        if FEMALE_TITLES.contains(&t) || FEMALE_TITLES.contains(&last) {
            return Some(Gender::Female);
        }
        if MALE_TITLES.contains(&t) || MALE_TITLES.contains(&last) {
            return Some(Gender::Male);
        }
    }
    let first = name
        .split_whitespace()
        .next()?
        .trim_end_matches('.')
        .to_lowercase();
    if FEMALE_TITLES.contains(&first.as_str()) || FEMALE_NAMES.contains(&first.as_str()) {
        Some(Gender::Female)
    } else if MALE_TITLES.contains(&first.as_str()) || MALE_NAMES.contains(&first.as_str()) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_common_first_names_say_the_gender_and_others_nothing() {
        assert_eq!(gender_of("Hillary Clinton", None), Some(Gender::Female));
        assert_eq!(gender_of("Mitch McConnell", None), Some(Gender::Male));
        assert_eq!(gender_of("Khan", Some("Mrs.")), Some(Gender::Female));
        assert_eq!(
            gender_of("Ned Price", Some("State Department spokesman")),
            Some(Gender::Male)
        );
        assert_eq!(gender_of("Mr. Obama", None), Some(Gender::Male));
        assert_eq!(gender_of("Khizr Khan", None), None);
        assert_eq!(gender_of("Kelly Ayotte", None), None);
    }
}
