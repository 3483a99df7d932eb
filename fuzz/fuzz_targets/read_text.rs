//! A `.txt` article from any bytes: a document or a named error, never a panic.
#![no_main]

use claimgraph_corpus::{read_bytes, ReadOptions};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let options = ReadOptions {
        max_article_bytes: 4096,
    };
    for item in read_bytes(Path::new("fuzz.txt"), data, &options) {
        if let Err(e) = item {
            assert!(e.to_string().contains("fuzz.txt"));
        }
    }
});
