//! The link state: every claim as linking reads it, kept in a file beside the store.
//!
//! A relink needs every claim's IRI, article and text. Decoding them from RocksDB costs
//! three string lookups a quad (5 s for 145,000 claims), more than linking them; read
//! back from this file they cost a sequential read. The file is a cache, never the truth:
//! it carries the store's quad count when it was written, and whoever reads it compares
//! that with the store's count now, so a store changed by anything else (another tool, a
//! crash between loading articles and relinking) is read from RocksDB again.
//!
//! It also keeps the derived graphs the relink wrote (links, origins) as sorted N-Quads
//! lines, so the next relink writes only their difference without reading them back
//! from RocksDB, and, per graph, the facts the origins are computed from (opaque here:
//! a kind byte and two strings), so the origins need not read the claim graph either.
//!
//! The file is written as the relink goes ([`StateWriter`]): the claims and facts first,
//! so that they are dropped before the derived graphs are written to the store, then each
//! derived graph's lines as soon as the store holds it. At 45,000 articles the claims and
//! facts are a quarter of a gigabyte and the lines of the two graphs a third; held until
//! the end, they were the ingest's peak of memory.
//!
//! Format: `claimgraph-link-state 4\n`, the quad count and the number of records as
//! little-endian u64, then per record three length-prefixed (u32) UTF-8 strings; then the
//! number of fact groups, and per group its graph, its number of facts and per fact a
//! kind byte and two strings; then the number of graphs, and per graph its name and its
//! number of lines (u64) and the lines; all strings length-prefixed.

use crate::ClaimRecord;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"claimgraph-link-state 4\n";

/// What a link state holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkState {
    /// The store's quad count when the state was written.
    pub quad_count: u64,
    /// Every claim.
    pub claims: Vec<ClaimRecord>,
    /// Derived graphs by name, each as its sorted N-Quads lines.
    pub graphs: Vec<(String, Vec<String>)>,
    /// Facts by the graph that states them.
    pub facts: Vec<(String, Vec<FactRecord>)>,
}

/// A fact as the state keeps it: a kind byte (the caller's), a subject and an object.
pub type FactRecord = (u8, String, String);

/// Writes a link state, replacing any earlier file only once the new one is complete.
pub fn write_state(path: &Path, state: &LinkState) -> io::Result<()> {
    let mut writer = StateWriter::create(
        path,
        state.quad_count,
        &state.claims,
        &state.facts,
        state.graphs.len(),
    )?;
    for (name, lines) in &state.graphs {
        writer.graph(name, lines)?;
    }
    writer.finish()
}

/// A link state being written, part by part as the relink has them: claims and facts
/// when it is made, then each derived graph ([`StateWriter::graph`]). Nothing replaces
/// the file at its path until [`StateWriter::finish`]; dropped unfinished, the partial
/// file is removed.
pub struct StateWriter {
    out: Option<BufWriter<File>>,
    path: PathBuf,
    partial: PathBuf,
    graphs_left: usize,
}

impl StateWriter {
    /// Starts a state at `path` with its quad count ([`UNSTAMPED`] until the store is
    /// counted), claims and facts, and room for `graphs` derived graphs.
    pub fn create(
        path: &Path,
        quad_count: u64,
        claims: &[ClaimRecord],
        facts: &[(String, Vec<FactRecord>)],
        graphs: usize,
    ) -> io::Result<Self> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let partial = path.with_extension("partial");
        let mut writer = Self {
            out: Some(BufWriter::new(File::create(&partial)?)),
            path: path.to_owned(),
            partial,
            graphs_left: graphs,
        };
        let out = writer.out.as_mut().expect("just created");
        out.write_all(MAGIC)?;
        out.write_all(&quad_count.to_le_bytes())?;
        out.write_all(&(claims.len() as u64).to_le_bytes())?;
        for r in claims {
            for s in [&r.iri, &r.article, &r.text] {
                write_string(out, s)?;
            }
        }
        out.write_all(&(facts.len() as u64).to_le_bytes())?;
        for (graph, facts) in facts {
            write_string(out, graph)?;
            out.write_all(&(facts.len() as u64).to_le_bytes())?;
            for (kind, subject, object) in facts {
                out.write_all(&[*kind])?;
                write_string(out, subject)?;
                write_string(out, object)?;
            }
        }
        out.write_all(&(graphs as u64).to_le_bytes())?;
        Ok(writer)
    }

    /// Where the state goes once finished.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Adds a derived graph's lines.
    pub fn graph(&mut self, name: &str, lines: &[String]) -> io::Result<()> {
        let out = self.out.as_mut().ok_or_else(finished)?;
        if self.graphs_left == 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "more graphs than the state was made for",
            ));
        }
        self.graphs_left -= 1;
        write_string(out, name)?;
        out.write_all(&(lines.len() as u64).to_le_bytes())?;
        for line in lines {
            write_string(out, line)?;
        }
        Ok(())
    }

    /// Syncs the file to disk and puts it in place of any earlier state.
    pub fn finish(mut self) -> io::Result<()> {
        if self.graphs_left != 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "fewer graphs than the state was made for",
            ));
        }
        let out = self.out.take().ok_or_else(finished)?;
        out.into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .sync_all()?;
        std::fs::rename(&self.partial, &self.path)
    }
}

impl Drop for StateWriter {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            // Unfinished: a state that is not whole is no state.
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}

fn finished() -> io::Error {
    io::Error::other("the link state was already finished")
}

/// The quad count of a state written before its store was counted: no store has it,
/// so such a state is never trusted until [`stamp_state`] gives it the real count.
pub const UNSTAMPED: u64 = u64::MAX;

/// Gives a written state its store's quad count, in place.
pub fn stamp_state(path: &Path, quad_count: u64) -> io::Result<()> {
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.seek(io::SeekFrom::Start(MAGIC.len() as u64))?;
    file.write_all(&quad_count.to_le_bytes())?;
    file.sync_all()
}

fn write_string(out: &mut impl Write, s: &str) -> io::Result<()> {
    let len = u32::try_from(s.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "a string over 4 GB"))?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(s.as_bytes())
}

/// Reads a link state. A file that is not a whole link state of this version is an
/// error, which callers treat as "no state".
pub fn read_state(path: &Path) -> io::Result<LinkState> {
    let mut input = BufReader::new(File::open(path)?);
    let mut magic = [0u8; MAGIC.len()];
    input.read_exact(&mut magic)?;
    if magic != MAGIC {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not a link state",
        ));
    }
    let quad_count = read_u64(&mut input)?;
    let n = read_u64(&mut input)?;
    // Never trust a count to size an allocation: a damaged file could claim anything.
    let mut claims = Vec::with_capacity(n.min(1 << 20) as usize);
    for _ in 0..n {
        claims.push(ClaimRecord {
            iri: read_string(&mut input)?,
            article: read_string(&mut input)?,
            text: read_string(&mut input)?,
        });
    }
    let facts = read_groups(&mut input, |input| {
        let mut kind = [0u8; 1];
        input.read_exact(&mut kind)?;
        Ok((kind[0], read_string(input)?, read_string(input)?))
    })?;
    let graphs = read_groups(&mut input, read_string)?;
    // Anything after the last graph means the file is not what it says.
    if input.read(&mut [0u8; 1])? != 0 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "trailing bytes"));
    }
    Ok(LinkState {
        quad_count,
        claims,
        graphs,
        facts,
    })
}

/// Named groups of items, as the facts and the graphs are written: their number, then per
/// group its name, its number of items and the items.
fn read_groups<R: Read, T>(
    input: &mut R,
    item: impl Fn(&mut R) -> io::Result<T>,
) -> io::Result<Vec<(String, Vec<T>)>> {
    let mut groups = Vec::new();
    for _ in 0..read_u64(input)? {
        let name = read_string(input)?;
        let n = read_u64(input)?;
        // Never trust a count to size an allocation: a damaged file could claim anything.
        let mut items = Vec::with_capacity(n.min(1 << 20) as usize);
        for _ in 0..n {
            items.push(item(input)?);
        }
        groups.push((name, items));
    }
    Ok(groups)
}

fn read_string(input: &mut impl Read) -> io::Result<String> {
    let mut len = [0u8; 4];
    input.read_exact(&mut len)?;
    let mut bytes = vec![0u8; u32::from_le_bytes(len) as usize];
    input.read_exact(&mut bytes)?;
    String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut bytes = [0u8; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory of this test's own, and the state's path in it.
    fn scratch(test: &str) -> (PathBuf, PathBuf) {
        let dir = std::env::temp_dir().join(format!("cg-{test}-{}", std::process::id()));
        let path = dir.join("link-state");
        (dir, path)
    }

    #[test]
    fn a_state_round_trips_and_a_cut_file_is_refused() {
        let (dir, path) = scratch("state");
        let state = LinkState {
            quad_count: 42,
            claims: vec![
                ClaimRecord {
                    iri: "urn:c1".into(),
                    article: "urn:a1".into(),
                    text: "Tabs\tand\nnewlines, “quotes”.".into(),
                },
                ClaimRecord {
                    iri: "urn:c2".into(),
                    article: "urn:a2".into(),
                    text: String::new(),
                },
            ],
            graphs: vec![("urn:g".into(), vec!["<a> <b> <c> <urn:g> .".into()])],
            facts: vec![(
                "urn:a1".into(),
                vec![(3, "urn:a1".into(), "label\t".into())],
            )],
        };
        // Written unstamped, then stamped: the same state as written with its count.
        write_state(
            &path,
            &LinkState {
                quad_count: UNSTAMPED,
                ..state.clone()
            },
        )
        .unwrap();
        assert_eq!(read_state(&path).unwrap().quad_count, UNSTAMPED);
        stamp_state(&path, 42).unwrap();
        assert_eq!(read_state(&path).unwrap(), state);
        let bytes = std::fs::read(&path).unwrap();
        for cut in [1, 3, bytes.len() / 2] {
            std::fs::write(&path, &bytes[..bytes.len() - cut]).unwrap();
            assert!(read_state(&path).is_err(), "cut {cut}");
        }
        std::fs::write(&path, [&bytes[..], b"x"].concat()).unwrap();
        assert!(read_state(&path).is_err());
        std::fs::write(&path, b"something else entirely").unwrap();
        assert!(read_state(&path).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn an_unfinished_state_replaces_nothing_and_leaves_no_partial_file() {
        let (dir, path) = scratch("state-writer");
        let kept = LinkState {
            quad_count: 7,
            ..LinkState::default()
        };
        write_state(&path, &kept).unwrap();
        let lines = vec!["<a> <b> <c> <urn:g>".to_owned()];
        // Dropped after one of its two graphs: the earlier state stays.
        let mut writer = StateWriter::create(&path, 9, &[], &[], 2).unwrap();
        writer.graph("urn:g", &lines).unwrap();
        drop(writer);
        assert_eq!(read_state(&path).unwrap(), kept);
        assert!(!path.with_extension("partial").exists());
        // Finished short of a graph, or given one too many: refused.
        let writer = StateWriter::create(&path, 9, &[], &[], 1).unwrap();
        assert!(writer.finish().is_err());
        let mut writer = StateWriter::create(&path, 9, &[], &[], 0).unwrap();
        assert!(writer.graph("urn:g", &lines).is_err());
        drop(writer);
        assert_eq!(read_state(&path).unwrap(), kept);
        let mut writer = StateWriter::create(&path, 9, &[], &[], 1).unwrap();
        writer.graph("urn:g", &lines).unwrap();
        writer.finish().unwrap();
        assert_eq!(
            read_state(&path).unwrap().graphs,
            [("urn:g".to_owned(), lines)]
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
