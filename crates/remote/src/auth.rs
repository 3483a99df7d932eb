//! Credentials: bearer tokens, HTTP basic, and HTTP digest (RFC 7616), which Virtuoso's
//! authenticated endpoints (`/sparql-auth`, `/sparql-graph-crud-auth`) insist on.

use base64::Engine;
use md5::{Digest, Md5};
use std::time::{SystemTime, UNIX_EPOCH};

/// Credentials sent with every request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// A user and password: sent as HTTP basic, or as HTTP digest when the endpoint
    /// challenges for it.
    Basic {
        /// The user name.
        user: String,
        /// The password.
        password: String,
    },
}

impl Auth {
    /// `USER:PASSWORD` is a user and password; anything else is a bearer token.
    pub fn parse(text: &str) -> Self {
        match text.split_once(':') {
            Some((user, password)) => Self::Basic {
                user: user.to_owned(),
                password: password.to_owned(),
            },
            None => Self::Bearer(text.to_owned()),
        }
    }

    /// The `Authorization` header before any challenge.
    pub(crate) fn header(&self) -> String {
        match self {
            Self::Bearer(token) => format!("Bearer {token}"),
            Self::Basic { user, password } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            ),
        }
    }
}

/// A digest challenge from `WWW-Authenticate`, kept so that later requests answer it
/// straight away instead of being refused once each (a refused PUT has sent its whole
/// body for nothing).
#[derive(Clone, Debug)]
pub(crate) struct DigestChallenge {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    /// Whether the server offers `qop=auth` (RFC 7616); without it, RFC 2069's form.
    qop_auth: bool,
    /// Requests answered with this nonce so far (the `nc` count).
    count: u32,
}

impl DigestChallenge {
    /// Reads a `WWW-Authenticate: Digest …` header; None for any other scheme, or a
    /// digest algorithm other than MD5.
    pub(crate) fn parse(header: &str) -> Option<Self> {
        let rest = header.trim().strip_prefix("Digest")?.trim_start();
        let params = parameters(rest);
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        if get("algorithm").is_some_and(|a| !a.eq_ignore_ascii_case("MD5")) {
            return None;
        }
        Some(Self {
            realm: get("realm")?,
            nonce: get("nonce")?,
            opaque: get("opaque"),
            qop_auth: get("qop").is_some_and(|q| q.split(',').any(|q| q.trim() == "auth")),
            count: 0,
        })
    }

    /// The `Authorization` header for one request (`uri` is its path and query).
    pub(crate) fn answer(&mut self, user: &str, password: &str, method: &str, uri: &str) -> String {
        let cnonce = client_nonce(self.count + 1);
        self.answer_with(user, password, method, uri, &cnonce)
    }

    fn answer_with(
        &mut self,
        user: &str,
        password: &str,
        method: &str,
        uri: &str,
        cnonce: &str,
    ) -> String {
        self.count += 1;
        let ha1 = md5_hex(&format!("{user}:{}:{password}", self.realm));
        let ha2 = md5_hex(&format!("{method}:{uri}"));
        let mut header = format!(
            "Digest username=\"{user}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", algorithm=MD5",
            self.realm, self.nonce
        );
        let response = if self.qop_auth {
            let nc = format!("{:08x}", self.count);
            header.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
            md5_hex(&format!("{ha1}:{}:{nc}:{cnonce}:auth:{ha2}", self.nonce))
        } else {
            md5_hex(&format!("{ha1}:{}:{ha2}", self.nonce))
        };
        header.push_str(&format!(", response=\"{response}\""));
        if let Some(opaque) = &self.opaque {
            header.push_str(&format!(", opaque=\"{opaque}\""));
        }
        header
    }
}

/// `name=value` and `name="quoted, value"` pairs separated by commas.
fn parameters(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((name, after)) = rest.split_once('=') {
        let name = name.trim().trim_start_matches(',').trim().to_owned();
        let after = after.trim_start();
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let mut value = String::new();
            let mut chars = quoted.char_indices();
            let mut end = quoted.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, escaped)) = chars.next() {
                            value.push(escaped);
                        }
                    }
                    '"' => {
                        end = i + 1;
                        break;
                    }
                    _ => value.push(c),
                }
            }
            (value, &quoted[end..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_owned(), &after[end..])
        };
        out.push((name, value));
        rest = next;
    }
    out
}

fn md5_hex(text: &str) -> String {
    Md5::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A client nonce: unique per request, which is all RFC 7616 asks of it.
fn client_nonce(count: u32) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    md5_hex(&format!("{nanos}:{count}:{}", std::process::id()))[..16].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_basic_with_a_colon_and_bearer_without() {
        assert_eq!(Auth::parse("s3cret").header(), "Bearer s3cret");
        // RFC 7617's example.
        assert_eq!(
            Auth::parse("Aladdin:open sesame").header(),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn a_digest_answer_matches_rfc_2617s_worked_example() {
        // RFC 2617 section 3.5, with its client nonce and count.
        let mut challenge = DigestChallenge::parse(
            r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
        )
        .unwrap();
        assert!(challenge.qop_auth);
        let header = challenge.answer_with(
            "Mufasa",
            "Circle Of Life",
            "GET",
            "/dir/index.html",
            "0a4f113b",
        );
        assert!(
            header.contains(r#"response="6629fae49393a05397450978507c4ef1""#),
            "{header}"
        );
        assert!(
            header.contains("nc=00000001") && header.contains("opaque=\"5ccc"),
            "{header}"
        );
        assert!(header.contains(r#"uri="/dir/index.html""#), "{header}");
        // The next request counts on.
        assert!(challenge
            .answer("Mufasa", "Circle Of Life", "GET", "/")
            .contains("nc=00000002"));
        // Another scheme, or another algorithm, is not a digest challenge we can answer.
        assert!(DigestChallenge::parse(r#"Basic realm="x""#).is_none());
        assert!(
            DigestChallenge::parse(r#"Digest realm="x", nonce="y", algorithm=SHA-256"#).is_none()
        );
    }
}
