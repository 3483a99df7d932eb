//! A Reuters-21578 `.sgm` file from any bytes: stories and named errors, never a panic.
#![no_main]

use claimgraph_corpus::{read_bytes, ReadOptions};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        max_article_bytes: 4096,
    };
    for item in read_bytes(Path::new("fuzz.sgm"), data, &options) {
        match item {
            Ok(doc) => assert!(!doc.id.is_empty()),
            Err(e) => assert!(e.to_string().contains("fuzz.sgm")),
        }
    }
});
