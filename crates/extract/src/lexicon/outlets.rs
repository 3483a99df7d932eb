//! News outlets: their names and aliases, and the nouns that stand for one ("the
//! newspaper").

use super::*;

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
    ("Tass", "TASS"),
    ("Itar-Tass", "TASS"),
    ("ITAR-TASS", "TASS"),
    ("Tanjug", "Tanjug"),
    ("Jiji", "Jiji Press"),
    ("Jiji Press", "Jiji Press"),
    ("Kyodo News", "Kyodo"),
    ("Antara", "Antara"),
    ("Bernama", "Bernama"),
    ("IRNA", "IRNA"),
    ("Anadolu", "Anadolu Agency"),
    ("Anadolu Agency", "Anadolu Agency"),
    ("Prensa Latina", "Prensa Latina"),
    ("Notimex", "Notimex"),
    ("Agence France Presse", "Agence France-Presse"),
    ("Deutsche Presse-Agentur", "dpa"),
    ("Pravda", "Pravda"),
    ("Izvestia", "Izvestia"),
    ("Le Monde", "Le Monde"),
    ("Asahi Shimbun", "Asahi Shimbun"),
    ("Nihon Keizai Shimbun", "Nihon Keizai Shimbun"),
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
