//! Nothing lost, nothing let in: a scraped folder full of bad files, ingests killed with
//! SIGKILL at several points, and two processes on one store.

mod common;

use common::{cg, corpus, ingested, input_with_one_article, reuters, sorted_dump, stdout};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Enough articles for an ingest to last a few seconds: two Reuters files (2,000
/// stories) and the bundled corpus.
fn sizeable_inputs() -> Vec<PathBuf> {
    vec![reuters("reut2-000.sgm"), reuters("reut2-001.sgm"), corpus()]
}

/// The number of articles a store holds.
fn articles(store: &Path) -> usize {
    let out = stdout(cg(store).args([
        "query",
        "--format",
        "csv",
        "-e",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }",
    ]));
    out.lines().nth(1).unwrap().trim().parse().unwrap()
}

#[test]
fn a_scraped_folder_of_bad_files_loses_no_good_article() {
    let (dir, input) = input_with_one_article("good.txt");
    let write = |name: &str, bytes: &[u8]| std::fs::write(input.join(name), bytes).unwrap();
    std::fs::copy(
        corpus().join("003_13007314bf827a1d.txt"),
        input.join("wrong-sidecar.txt"),
    )
    .unwrap();
    write("wrong-sidecar.json", br#"{"title": 5, "date": ["2021"]}"#);
    write("binary.txt", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0xff]);
    write(
        "latin1.txt",
        b"Le ministre a d\xe9clar\xe9 que tout allait bien.",
    );
    write("empty.txt", b"");
    write(
        "lines.jsonl",
        b"{\"id\": \"j1\", \"text\": \"Officials said the airport would stay open.\"}\n\
          {\"id\": \"j2\", \"text\": 42}\n\
          not json at all\n\
          {\"id\": \"j3\", \"text\": \"The minister said the talks would resume on Monday.\"}\n",
    );
    // 60 MB without a newline, past the default per-article limit of 16 MiB.
    write("huge.txt", &b"word ".repeat(12_000_000));
    symlink(input.join("gone.txt.orig"), input.join("unreadable.txt")).unwrap();
    std::fs::create_dir(input.join("sub")).unwrap();
    symlink(&input, input.join("sub/loop")).unwrap();
    let fifo = input.join("pipe.txt");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());

    let store = dir.path().join("db");
    let out = cg(&store).arg("ingest").arg(&input).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for (item, reason) in [
        ("binary.txt", "binary"),
        ("latin1.txt", "not UTF-8"),
        ("empty.txt", "empty"),
        ("lines.jsonl:2", "malformed"),
        ("lines.jsonl:3", "malformed"),
        (
            "huge.txt",
            "larger than the per-article limit of 16777216 bytes",
        ),
        ("wrong-sidecar.json", "sidecar"),
        ("unreadable.txt", "No such file"),
        ("loop", "symbolic link loop"),
        ("pipe.txt", "not a regular file"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(item) && l.contains(reason)),
            "{item} ({reason}) not reported:\n{err}"
        );
    }
    // The good article, the one with the bad sidecar, and the two good JSONL lines.
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("ingested 4 articles"), "{report}");
    assert_eq!(articles(&store), 4);
    // A limit of one's own is named in the message.
    let out = cg(&store)
        .args(["ingest", "--max-article-bytes", "1000"])
        .arg(input.join("good.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("limit of 1000 bytes"));
    // Nothing already stored was lost by the failed run.
    assert_eq!(articles(&store), 4);
}

/// Starts an ingest of `inputs` into `store`, silent.
fn spawn_ingest(store: &Path, inputs: &[PathBuf]) -> std::process::Child {
    Command::new(assert_cmd::cargo::cargo_bin("claimgraph"))
        .arg("--store")
        .arg(store)
        .arg("ingest")
        .args(inputs)
        .env_remove("CLAIMGRAPH_STORE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn an_ingest_killed_at_any_point_leaves_a_store_that_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = sizeable_inputs();
    let reference = dir.path().join("reference");
    let started = Instant::now();
    stdout(cg(&reference).arg("ingest").args(&inputs));
    let whole = started.elapsed();
    let expected = sorted_dump(&reference);
    assert!(expected.len() > 100_000, "{}", expected.len());
    let total = articles(&reference);
    let mut partial = 0;
    // Kill points spread over reading, extracting, loading and relinking.
    for (n, fraction) in [0.05, 0.25, 0.5, 0.7, 0.85, 0.95].into_iter().enumerate() {
        let store = dir.path().join(format!("killed-{n}"));
        let mut child = spawn_ingest(&store, &inputs);
        std::thread::sleep(whole.mul_f64(fraction));
        // SIGKILL: no destructor, no flush, no lock release but the kernel's.
        let _ = child.kill();
        child.wait().unwrap();
        if store.exists() {
            // The store opens and answers.
            let held = articles(&store);
            partial += usize::from(0 < held && held < total);
        }
        stdout(cg(&store).arg("ingest").args(&inputs));
        assert!(
            sorted_dump(&store) == expected,
            "killed after {:.0}% of the run, the rerun differs from an uninterrupted ingest",
            fraction * 100.0
        );
    }
    // The kills did interrupt loading: some store held part of the articles.
    assert!(
        partial > 0,
        "no kill landed while articles were being loaded"
    );
}

#[test]
fn two_processes_on_one_store_the_second_is_refused_and_the_first_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = sizeable_inputs();
    let store = dir.path().join("db");
    let mut first = spawn_ingest(&store, &inputs);
    // The first holds the store once RocksDB has created it; probing earlier could take
    // the lock from under it.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !store.join("CURRENT").exists() {
        assert!(
            Instant::now() < deadline,
            "the first ingest never opened the store"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = cg(&store).arg("ingest").arg(corpus()).output().unwrap();
    let refused = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        first.try_wait().unwrap().is_none(),
        "the first ingest ended before the second started"
    );
    assert!(!out.status.success());
    assert!(
        refused.contains("in use by another claimgraph process"),
        "{refused}"
    );
    assert!(refused.contains(&store.display().to_string()), "{refused}");
    let out = cg(&store).arg("dump").output().unwrap();
    assert!(!out.status.success());
    assert!(first.wait().unwrap().success());
    // The first run's work is whole: the same as an ingest with nobody in the way.
    let alone = dir.path().join("alone");
    stdout(cg(&alone).arg("ingest").args(&inputs));
    assert!(sorted_dump(&store) == sorted_dump(&alone));
}

/// Runs `claimgraph extract` of `inputs` into `dir/out.nq` and asserts it ended as
/// designed: success, or 2 for inputs reported and skipped; never a panic.
fn extracts_without_a_panic(dir: &Path, inputs: &[PathBuf], what: &str) {
    let out = cg(&dir.join("unused"))
        .args(["extract", "-o"])
        .arg(dir.join("out.nq"))
        .args(inputs)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 2)) && !err.contains("panicked"),
        "{what}: {err}"
    );
}

#[test]
fn fuzz_seeds_and_every_crash_the_fuzzers_found_run_without_a_panic() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let dir = tempfile::tempdir().unwrap();
    let mut ran = 0;
    // Each target's inputs, as the file type its reader takes.
    for (target, extension) in [
        ("read_text", "txt"),
        ("read_jsonl", "jsonl"),
        ("read_sgml", "sgm"),
        ("extract", "txt"),
    ] {
        for kind in ["seeds", "regressions"] {
            let Ok(entries) = std::fs::read_dir(fuzz.join(kind).join(target)) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.file_name().unwrap().to_string_lossy().starts_with('.') {
                    continue;
                }
                let input = dir.path().join(format!("input-{ran}.{extension}"));
                std::fs::copy(&path, &input).unwrap();
                extracts_without_a_panic(dir.path(), &[input], &path.display().to_string());
                ran += 1;
            }
        }
    }
    assert!(ran >= 4, "only {ran} inputs found under {}", fuzz.display());
}

/// Every article of Reuters-21578 and of PolNeAR (train and dev) extracts without a
/// panic: real text of every shape, where a pattern's index past a document's last token
/// (a title-only story ending on a cue) once stopped the whole run.
#[test]
fn every_article_of_the_shared_corpora_extracts_without_a_panic() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data.join("reuters21578"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sgm"))
        .collect();
    inputs.sort();
    assert_eq!(inputs.len(), 22, "Reuters-21578 has 22 files");
    inputs.push(data.join("polnear/train/text"));
    inputs.push(data.join("polnear/dev/text"));
    let dir = tempfile::tempdir().unwrap();
    // (One Reuters story has neither title nor body: it is reported as skipped, exit 2.)
    extracts_without_a_panic(dir.path(), &inputs, "the shared corpora");
    let quads = std::fs::read_to_string(dir.path().join("out.nq")).unwrap();
    assert!(
        quads.lines().count() > 1_000_000,
        "{} quads",
        quads.lines().count()
    );
}

/// A reader that stops early (`claimgraph dump | head`) is no error: the command stops
/// quietly with success, as other Unix tools do, whichever command was writing.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read;
    let (_dir, store) = ingested();
    for args in [
        &["dump"][..],
        &["query", "attributions", "--format", "tsv"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimgraph"))
            .arg("--store")
            .arg(&store)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 64];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The pipe is closed here, with most of the output still to come.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
        assert!(!stderr.contains("error"), "{args:?}: {stderr}");
    }
}
