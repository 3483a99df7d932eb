//! Datelines: "NEW YORK, Aug 12 (APP):" or "WASHINGTON (Reuters) -" at the start of a
//! wire story. The agency in parentheses is the one piece of provenance the text itself
//! states, so the extractor records it; the place and the day are kept as written.

/// A dateline found at the start of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// Byte length of the dateline, including its closing `:` or `-` and spaces.
    pub len: usize,
    /// The place as written ("NEW YORK").
    pub place: String,
    /// The agency in parentheses ("APP", "Reuters"), if any.
    pub agency: Option<String>,
}

/// Finds a dateline at the start of `text`: an upper-case place, optionally a comma and a
/// short date, optionally an agency in parentheses, then `:`, `-` or `—`.
pub fn detect_dateline(text: &str) -> Option<Dateline> {
    let head: String = text.chars().take(80).collect();
    let start = head.len() - head.trim_start().len();
    let body = &head[start..];
    // The place: upper-case words (and spaces, dots, hyphens), at least two letters.
    let place_len = body
        .char_indices()
        .find(|&(_, c)| !(c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\''))
        .map_or(body.len(), |(i, _)| i);
    // "CLEVELAND - Donald Trump": a spaced dash ends the place, before the capitals after it.
    let mut place_len = body[..place_len].find(" - ").map_or(place_len, |i| i + 1);
    let mut place = body[..place_len].trim().trim_end_matches('-').trim();
    if place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        // "Washington (AFP) –": a place in ordinary case is a dateline only with its
        // agency after it.
        let open = body.find(" (")?;
        place = &body[..open];
        let words_ok = place.split(' ').all(is_place_word);
        if open > 30 || !words_ok {
            return None;
        }
        place_len = open;
    }
    let mut rest = &body[place_len..];
    let mut consumed = start + place_len;
    // Whether the city is in ordinary case (its region, "Fla.", always is).
    let ordinary_case = place.chars().any(char::is_lowercase);
    // "ORLANDO, Fla. (Reuters) -": a state or country after the city, part of the place.
    if let Some(region_len) = rest.strip_prefix(',').and_then(region_len) {
        place_len += 1 + region_len;
        place = body[..place_len].trim();
        rest = &body[place_len..];
        consumed = start + place_len;
    }
    if let Some(after_comma) = rest.strip_prefix(',') {
        // A short date: "Aug 12", "March 3, 1987" – letters, digits, spaces, dots.
        let date_len = after_comma
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == ' ' || c == '.' || c == ','))
            .map_or(after_comma.len(), |(i, _)| i);
        if date_len == 0
            || date_len > 20
            || !after_comma[..date_len].chars().any(|c| c.is_ascii_digit())
        {
            return None;
        }
        rest = &after_comma[date_len..];
        consumed += 1 + date_len;
    }
    let mut agency = None;
    let trimmed = rest.trim_start();
    consumed += rest.len() - trimmed.len();
    rest = trimmed;
    if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let name = inner[..close].trim();
        if name.is_empty() || name.len() > 30 {
            return None;
        }
        agency = Some(name.to_owned());
        rest = &inner[close + 1..];
        consumed += close + 2;
    }
    // An agency's name has no hyphen or dot: "(R-Fla.)" is a senator's party and state.
    if ordinary_case && agency.as_deref().is_none_or(|a| a.contains(['-', '.'])) {
        return None;
    }
    let trimmed = rest.trim_start();
    consumed += rest.len() - trimmed.len();
    let sep = trimmed.chars().next()?;
    if !matches!(sep, ':' | '-' | '—' | '–') {
        return None;
    }
    consumed += sep.len_utf8();
    let after = &trimmed[sep.len_utf8()..];
    consumed += after.len() - after.trim_start().len();
    Some(Dateline {
        len: consumed,
        place: place.to_owned(),
        agency,
    })
}

/// A word of a place's name: capitalised, letters and dots only ("Washington", "Fla.").
fn is_place_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// The length of a region after a dateline's city (" Fla.", " Calif.", " Mass."), up to
/// the agency's parenthesis, a date's comma or the dash: one to three capitalised words of
/// letters and dots, no digits (those make a date).
fn region_len(after_comma: &str) -> Option<usize> {
    let end = after_comma.find(['(', ',', '-', '—', '–', ':'])?;
    let region = after_comma[..end].trim();
    let words: Vec<&str> = region.split(' ').collect();
    let ok = !region.is_empty()
        && region.len() <= 20
        && words.len() <= 3
        && words.iter().all(|w| {
            // "Fla.", "Iowa", "D.C.": a heading in capitals ("POLLS NOT WRONG, JUST
            // EARLY - …") is no region.
            is_place_word(w) && w.contains(|c: char| c.is_lowercase() || c == '.')
        });
    // The region ends where its words do: the space before the parenthesis or dash stays.
    ok.then(|| after_comma[..end].trim_end().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines() {
        let d = detect_dateline("NEW YORK, Aug 12 (APP):The United States is").unwrap();
        assert_eq!(d.place, "NEW YORK");
        assert_eq!(d.agency.as_deref(), Some("APP"));
        assert_eq!(&"NEW YORK, Aug 12 (APP):The"[d.len..], "The");
        let d = detect_dateline("WASHINGTON (Reuters) - The Fed said").unwrap();
        assert_eq!(d.agency.as_deref(), Some("Reuters"));
        assert_eq!(d.place, "WASHINGTON");
        let d = detect_dateline("Washington (AFP) – Democrat Hillary Clinton has").unwrap();
        assert_eq!(d.place, "Washington");
        assert_eq!(d.agency.as_deref(), Some("AFP"));
        assert_eq!(&"Washington (AFP) – Democrat"[d.len..], "Democrat");
        let d = detect_dateline("CLEVELAND - Donald Trump painted").unwrap();
        assert_eq!(d.place, "CLEVELAND");
        let text = "ORLANDO, Fla. (Reuters) - President Barack Obama met";
        let d = detect_dateline(text).unwrap();
        assert_eq!(d.place, "ORLANDO, Fla.");
        assert_eq!(d.agency.as_deref(), Some("Reuters"));
        assert_eq!(&text[d.len..], "President Barack Obama met");
        let text = "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young voters";
        let d = detect_dateline(text).unwrap();
        assert_eq!(d.place, "CAMBRIDGE, Mass.");
        assert_eq!(&text[d.len..], "Young voters");
        let d = detect_dateline("DES MOINES, Iowa — Ted Cruz").unwrap();
        assert_eq!(d.place, "DES MOINES, Iowa");
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert_eq!(detect_dateline("The Taliban seized Herat."), None);
        assert_eq!(detect_dateline("US sends troops: more"), None);
        assert_eq!(detect_dateline("A large city in the west"), None);
        // Ordinary case needs an agency: a name with a parenthesis is no dateline.
        assert_eq!(detect_dateline("Sen. Marco Rubio (R-Fla.) - said"), None);
        assert_eq!(detect_dateline("Hillary Clinton - the nominee"), None);
        assert_eq!(
            detect_dateline("POLLS NOT WRONG, JUST EARLY - Mark Blumenthal"),
            None
        );
    }
}
