#![doc = include_str!("../README.md")]

mod focus;

pub use focus::{parse_focus, FocusError, FocusKind, FocusVariable};

/// One canned query.
#[derive(Clone, Copy, Debug)]
pub struct Canned {
    /// Its name: the file stem.
    pub name: &'static str,
    /// The first comment line of the file.
    pub description: &'static str,
    /// The SPARQL text.
    pub text: &'static str,
}

macro_rules! canned {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../queries/", $name, ".rq")))),*]
    };
}

// Listed by hand rather than globbed by a build script: the order is the order users
// see, roughly from "what does this article say" to "where does this claim come from".
const FILES: &[(&str, &str)] = canned!(
    "attributions",
    "unattributed",
    "anonymous-sources",
    "actors-in-several-articles",
    "shared-claims",
    "citation-chains",
    "claim-origins",
    "independent-origins",
    "outlets-crediting",
    "anonymous-only",
    "disagreements",
    "cue-verbs-by-outlet",
    "first-said",
    "tweets",
);

/// Every canned query, in a stable order.
pub fn all() -> impl Iterator<Item = Canned> {
    FILES.iter().map(|&(name, text)| Canned {
        name,
        description: text
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches('#')
            .trim(),
        text,
    })
}

/// The canned query of this name.
pub fn find(name: &str) -> Option<Canned> {
    all().find(|q| q.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_listed_and_described() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../queries");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| {
                let name = e.ok()?.file_name().into_string().ok()?;
                Some(name.strip_suffix(".rq")?.to_owned())
            })
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = all().map(|q| q.name.to_owned()).collect();
        listed.sort();
        assert_eq!(on_disk, listed);
        for q in all() {
            assert!(q.text.starts_with("# "), "{} has no comment line", q.name);
            assert!(q.description.len() > 20, "{}", q.name);
        }
        assert!(find("claim-origins").is_some() && find("nope").is_none());
    }
}
