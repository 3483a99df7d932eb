//! The link state: every claim as linking reads it, kept in a file beside the store.
//!
//! A relink needs every claim's IRI, article and text. Decoding them from RocksDB costs
//! three string lookups a quad (5 s for 145,000 claims), more than linking them; read
//! back from this file they cost a sequential read. The file is a cache, never the truth:
//! it carries the store's quad count when it was written, and whoever reads it compares
//! that with the store's count now, so a store changed by anything else (another tool, a
//! crash between loading articles and relinking) is read from RocksDB again.
//!
//! Format: `claimgraph-link-state 1\n`, the quad count and the number of records as
//! little-endian u64, then per record three length-prefixed (u32) UTF-8 strings.

use crate::ClaimRecord;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;

const MAGIC: &[u8] = b"claimgraph-link-state 1\n";

/// Writes the records and the store's quad count, replacing any earlier file only once
/// the new one is complete.
pub fn write_state(path: &Path, quad_count: u64, records: &[ClaimRecord]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let partial = path.with_extension("partial");
    {
        let mut out = BufWriter::new(File::create(&partial)?);
        out.write_all(MAGIC)?;
        out.write_all(&quad_count.to_le_bytes())?;
        out.write_all(&(records.len() as u64).to_le_bytes())?;
        for r in records {
            for s in [&r.iri, &r.article, &r.text] {
                let len = u32::try_from(s.len())
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "claim over 4 GB"))?;
                out.write_all(&len.to_le_bytes())?;
                out.write_all(s.as_bytes())?;
            }
        }
        out.into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .sync_all()?;
    }
    std::fs::rename(partial, path)
}

/// Reads the records and the quad count they were written with. A file that is not a
/// whole link state is an error, which callers treat as "no state".
pub fn read_state(path: &Path) -> io::Result<(u64, Vec<ClaimRecord>)> {
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
    let mut records = Vec::with_capacity(n.min(1 << 20) as usize);
    let mut string = || -> io::Result<String> {
        let mut len = [0u8; 4];
        input.read_exact(&mut len)?;
        let mut bytes = vec![0u8; u32::from_le_bytes(len) as usize];
        input.read_exact(&mut bytes)?;
        String::from_utf8(bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    };
    for _ in 0..n {
        records.push(ClaimRecord {
            iri: string()?,
            article: string()?,
            text: string()?,
        });
    }
    Ok((quad_count, records))
}

fn read_u64(input: &mut impl Read) -> io::Result<u64> {
    let mut bytes = [0u8; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_a_cut_file_is_refused() {
        let dir = std::env::temp_dir().join(format!("cg-state-{}", std::process::id()));
        let path = dir.join("link-state");
        let records = vec![
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
        ];
        write_state(&path, 42, &records).unwrap();
        assert_eq!(read_state(&path).unwrap(), (42, records));
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(read_state(&path).is_err());
        std::fs::write(&path, b"something else entirely").unwrap();
        assert!(read_state(&path).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
