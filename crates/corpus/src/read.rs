//! Walking input paths and reading each supported format into documents, lazily.

use crate::{Document, InputError, Meta};
use serde::Deserialize;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Limits and choices for reading inputs.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Largest article accepted, in bytes of text. Larger ones are reported and skipped,
    /// so one runaway file cannot exhaust memory.
    pub max_article_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            max_article_bytes: 16 * 1024 * 1024,
        }
    }
}

/// The lazy stream of documents (and of per-item errors) read from input paths.
///
/// Directories are walked recursively in file-name order, so the same inputs always
/// give the same stream. Inside a directory only article files are considered
/// (`.txt`, `.jsonl`, Reuters-21578 `.sgm`, and files without an extension); a
/// `NAME.json` is the sidecar of `NAME.txt`, never an article of its own.
pub struct Inputs {
    options: ReadOptions,
    roots: VecDeque<PathBuf>,
    walker: Option<walkdir::IntoIter>,
    lines: Option<JsonLines>,
    pending: VecDeque<Result<Document, InputError>>,
}

/// Reads documents from files and directories.
pub fn read_inputs(
    paths: impl IntoIterator<Item = impl Into<PathBuf>>,
    options: ReadOptions,
) -> Inputs {
    Inputs {
        options,
        roots: paths.into_iter().map(Into::into).collect(),
        walker: None,
        lines: None,
        pending: VecDeque::new(),
    }
}

/// What a file's name says it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
    ReutersSgml,
}

fn format_of(path: &Path) -> Option<Format> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("txt" | "text") | None => Some(Format::Text),
        Some("jsonl" | "ndjson") => Some(Format::JsonLines),
        Some("sgm" | "sgml") => Some(Format::ReutersSgml),
        _ => None,
    }
}

impl Iterator for Inputs {
    type Item = Result<Document, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(lines) = &mut self.lines {
                match lines.next_item(self.options.max_article_bytes) {
                    Some(item) => return Some(item),
                    None => self.lines = None,
                }
            }
            let path = match self.next_file()? {
                Ok(path) => path,
                Err(e) => return Some(Err(e)),
            };
            self.open(&path);
        }
    }
}

impl Inputs {
    /// The next file to read: from the directory being walked, else the next root.
    fn next_file(&mut self) -> Option<Result<PathBuf, InputError>> {
        loop {
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    Some(Ok(entry)) => {
                        let path = entry.path();
                        if entry.file_type().is_dir()
                            || format_of(path).is_none()
                            || is_hidden(path)
                        {
                            continue;
                        }
                        if !entry.file_type().is_file() {
                            return Some(Err(not_regular(path)));
                        }
                        return Some(Ok(entry.into_path()));
                    }
                    Some(Err(e)) => {
                        let path = e.path().map(Path::to_path_buf).unwrap_or_default();
                        let reason = if e.loop_ancestor().is_some() {
                            "symbolic link loop, not followed".to_owned()
                        } else {
                            e.io_error()
                                .map_or_else(|| e.to_string(), ToString::to_string)
                        };
                        return Some(Err(InputError::new(path, None, reason)));
                    }
                    None => self.walker = None,
                }
            }
            let root = self.roots.pop_front()?;
            match std::fs::metadata(&root) {
                Ok(meta) if meta.is_dir() => {
                    self.walker = Some(
                        walkdir::WalkDir::new(&root)
                            .follow_links(true)
                            .sort_by_file_name()
                            .into_iter(),
                    );
                }
                Ok(meta) if !meta.is_file() => return Some(Err(not_regular(&root))),
                Ok(_) => return Some(Ok(root)),
                Err(e) => return Some(Err(InputError::new(root, None, e.to_string()))),
            }
        }
    }

    fn open(&mut self, path: &Path) {
        match format_of(path) {
            Some(Format::Text) => {
                let item = read_text_article(path, self.options.max_article_bytes).map(|doc| {
                    // A bad sidecar is reported on its own; the article goes on without it.
                    match sidecar(path) {
                        Ok(Some(meta)) => Document::new(doc.id, doc.text, meta),
                        Ok(None) => doc,
                        Err(e) => {
                            self.pending.push_back(Err(e));
                            doc
                        }
                    }
                });
                self.pending.push_back(item);
            }
            Some(Format::JsonLines) => match File::open(path) {
                Ok(file) => {
                    self.lines = Some(JsonLines {
                        path: path.to_path_buf(),
                        reader: BufReader::new(file),
                        line: 0,
                        done: false,
                    });
                }
                Err(e) => self
                    .pending
                    .push_back(Err(InputError::new(path, None, e.to_string()))),
            },
            // A file of a thousand stories is read whole (the collection's are 1.3 MB);
            // each story is then held to the per-article limit.
            Some(Format::ReutersSgml) => match std::fs::read(path) {
                Ok(bytes) => self.pending.extend(crate::reuters::read_stories(
                    path,
                    &bytes,
                    self.options.max_article_bytes,
                )),
                Err(e) => self
                    .pending
                    .push_back(Err(InputError::new(path, None, e.to_string()))),
            },
            None => self.pending.push_back(Err(unsupported(path))),
        }
    }
}

/// Reads one input whose bytes are already in memory, as [`read_inputs`] reads a file
/// of that name and content (a text article's sidecar aside): the readers' one entry
/// point for callers that hold the bytes, and for the fuzzers.
pub fn read_bytes(
    path: &Path,
    bytes: &[u8],
    options: &ReadOptions,
) -> Vec<Result<Document, InputError>> {
    let max = options.max_article_bytes;
    match format_of(path) {
        Some(Format::Text) => vec![text_article(path, bytes, max)],
        Some(Format::JsonLines) => {
            let mut lines = JsonLines {
                path: path.to_path_buf(),
                reader: bytes,
                line: 0,
                done: false,
            };
            std::iter::from_fn(|| lines.next_item(max)).collect()
        }
        Some(Format::ReutersSgml) => crate::reuters::read_stories(path, bytes, max),
        None => vec![Err(unsupported(path))],
    }
}

/// A file named as no format this crate reads.
fn unsupported(path: &Path) -> InputError {
    InputError::new(
        path,
        None,
        "unsupported file type (expected .txt, .jsonl or .sgm)",
    )
}

/// A FIFO, socket or device where an article was expected: opening a FIFO would wait
/// for a writer forever, so it is refused by its type before anything reads it.
fn not_regular(path: &Path) -> InputError {
    InputError::new(
        path,
        None,
        "not a regular file (a FIFO, socket or device), not read",
    )
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// The document id of a file: its stem.
fn file_id(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Reads one text file as one article, checking size, emptiness, binary content and
/// UTF-8 before anything is extracted from it.
fn read_text_article(path: &Path, max_bytes: usize) -> Result<Document, InputError> {
    let file = File::open(path).map_err(|e| InputError::new(path, None, e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::new(path, None, e.to_string()))?;
    text_article(path, &bytes, max_bytes)
}

/// One text article from its bytes.
fn text_article(path: &Path, bytes: &[u8], max_bytes: usize) -> Result<Document, InputError> {
    if bytes.len() > max_bytes {
        return Err(InputError::new(
            path,
            None,
            format!("larger than the per-article limit of {max_bytes} bytes"),
        ));
    }
    let text = decode_text(bytes).map_err(|reason| InputError::new(path, None, reason))?;
    Ok(Document::new(file_id(path), text, Meta::default()))
}

/// Checks that bytes are a non-empty UTF-8 text, naming what is wrong otherwise.
fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty: no text".to_owned());
    }
    if bytes.contains(&0) {
        return Err("binary file: contains NUL bytes".to_owned());
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "not UTF-8 text: invalid byte sequence at byte offset {}",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Reads `NAME.json` beside `NAME.txt`, if there is one.
fn sidecar(path: &Path) -> Result<Option<Meta>, InputError> {
    let side = path.with_extension("json");
    if !side.is_file() {
        return Ok(None);
    }
    // Metadata is a few fields: a sidecar past a mebibyte is not one, and is not held.
    const MAX_SIDECAR: u64 = 1 << 20;
    let mut bytes = Vec::new();
    File::open(&side)
        .and_then(|f| f.take(MAX_SIDECAR + 1).read_to_end(&mut bytes))
        .map_err(|e| InputError::new(&side, None, e.to_string()))?;
    if bytes.len() as u64 > MAX_SIDECAR {
        return Err(InputError::new(
            &side,
            None,
            "sidecar metadata larger than 1 MiB; article read without it",
        ));
    }
    serde_json::from_slice::<Meta>(&bytes)
        .map(Some)
        .map_err(|e| {
            InputError::new(
                &side,
                None,
                format!("bad sidecar metadata ({e}); article read without it"),
            )
        })
}

/// A JSONL file being read line by line.
struct JsonLines<R = BufReader<File>> {
    path: PathBuf,
    reader: R,
    line: usize,
    done: bool,
}

/// One JSONL article; unknown fields are allowed because research exports carry many.
#[derive(Deserialize)]
struct JsonArticle {
    id: IdValue,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    publisher: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    dateline: Option<String>,
}

/// Ids come as strings or numbers in the wild.
#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Text(String),
    Number(serde_json::Number),
}

impl<R: BufRead> JsonLines<R> {
    fn next_item(&mut self, max_bytes: usize) -> Option<Result<Document, InputError>> {
        loop {
            if self.done {
                return None;
            }
            self.line += 1;
            let bytes = match read_bounded_line(&mut self.reader, max_bytes) {
                Ok(Line::Eof) => return None,
                Ok(Line::TooLong) => {
                    return Some(Err(self.error(format!(
                        "line longer than the per-article limit of {max_bytes} bytes"
                    ))))
                }
                Ok(Line::Bytes(bytes)) => bytes,
                Err(e) => {
                    // An I/O error mid-file ends this file; later files are still read.
                    self.done = true;
                    return Some(Err(self.error(e.to_string())));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(self.parse(&bytes));
        }
    }

    fn error(&self, reason: impl Into<String>) -> InputError {
        InputError::new(&self.path, Some(self.line), reason)
    }

    fn parse(&self, bytes: &[u8]) -> Result<Document, InputError> {
        let line = std::str::from_utf8(bytes)
            .map_err(|e| self.error(format!("not UTF-8 text at byte {}", e.valid_up_to())))?;
        let article: JsonArticle = serde_json::from_str(line)
            .map_err(|e| self.error(format!("malformed JSON article: {e}")))?;
        let id = match article.id {
            IdValue::Text(s) => s,
            IdValue::Number(n) => n.to_string(),
        };
        if id.trim().is_empty() {
            return Err(self.error("empty id"));
        }
        if article.text.trim().is_empty() {
            return Err(self.error(format!("article {id:?} has no text")));
        }
        let meta = Meta {
            title: article.title,
            publisher: article.publisher,
            date: article.date,
            url: article.url,
            dateline: article.dateline,
        };
        Ok(Document::new(id, article.text, meta))
    }
}

enum Line {
    Eof,
    TooLong,
    Bytes(Vec<u8>),
}

/// Reads one line without ever holding more than `max` bytes of it: an over-long line is
/// consumed and dropped, so a 60 MB file with no newline costs no 60 MB buffer.
fn read_bounded_line(reader: &mut impl BufRead, max: usize) -> std::io::Result<Line> {
    let mut out = Vec::new();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if !too_long {
            if out.len() + chunk.len() > max {
                too_long = true;
                out = Vec::new();
            } else {
                out.extend_from_slice(chunk);
            }
        }
        let consumed = done.unwrap_or(buf.len());
        reader.consume(consumed);
        if done.is_some() {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::Eof,
        (true, true) => Line::TooLong,
        (true, false) => Line::Bytes(out),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn collect(dir: &Path) -> (Vec<Document>, Vec<InputError>) {
        let mut docs = Vec::new();
        let mut errs = Vec::new();
        for item in read_inputs(
            [dir],
            ReadOptions {
                max_article_bytes: 1000,
            },
        ) {
            match item {
                Ok(d) => docs.push(d),
                Err(e) => errs.push(e),
            }
        }
        (docs, errs)
    }

    #[test]
    fn good_articles_survive_bad_neighbours() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        fs::write(p.join("a.txt"), "The minister said it was fine.").unwrap();
        fs::write(
            p.join("a.json"),
            r#"{"title": "T", "publisher": "Reuters"}"#,
        )
        .unwrap();
        fs::write(p.join("b.txt"), b"\xff\xfe bad").unwrap();
        fs::write(p.join("c.txt"), "   \n").unwrap();
        fs::write(p.join("d.txt"), b"abc\0def").unwrap();
        fs::write(p.join("e.txt"), "x".repeat(2000)).unwrap();
        fs::write(
            p.join("f.jsonl"),
            "{\"id\": 1, \"text\": \"One.\"}\nnot json\n\n{\"id\": \"x\", \"text\": \"Two.\", \"extra\": 5}\n",
        )
        .unwrap();
        fs::write(p.join("g.txt"), "Officials said more.").unwrap();
        fs::write(p.join("g.json"), r#"{"title": 5}"#).unwrap();
        fs::write(p.join("notes.md"), "ignored").unwrap();
        let (docs, errs) = collect(p);
        let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "1", "x", "g"]);
        assert_eq!(docs[0].meta.publisher.as_deref(), Some("Reuters"));
        assert_eq!(docs[3].meta, Meta::default());
        let msgs: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 6, "{msgs:#?}");
        assert!(
            msgs[0].contains("b.txt") && msgs[0].contains("not UTF-8"),
            "{msgs:?}"
        );
        assert!(msgs[1].contains("c.txt") && msgs[1].contains("empty"));
        assert!(msgs[2].contains("d.txt") && msgs[2].contains("binary"));
        assert!(msgs[3].contains("e.txt") && msgs[3].contains("limit"));
        assert!(msgs[4].contains("f.jsonl:2") && msgs[4].contains("malformed"));
        assert!(msgs[5].contains("g.json") && msgs[5].contains("sidecar"));
    }

    #[test]
    fn over_long_jsonl_lines_are_skipped_not_buffered() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("big.jsonl");
        let long = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "y".repeat(5000));
        fs::write(&f, format!("{long}{{\"id\":\"ok\",\"text\":\"Fine.\"}}\n")).unwrap();
        let (docs, errs) = collect(dir.path());
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "ok");
        assert!(errs[0].to_string().contains("big.jsonl:1"));
    }

    #[test]
    fn missing_paths_are_reported() {
        let items: Vec<_> =
            read_inputs(["/nonexistent/claimgraph"], ReadOptions::default()).collect();
        assert_eq!(items.len(), 1);
        assert!(items[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("/nonexistent/claimgraph"));
    }
}
