//! Tests of `claimgraph eval` on the real PolNeAR splits beside the clone: scoring,
//! training the learned data, and cross-validating it.

use std::path::{Path, PathBuf};

mod common;

use common::*;

fn polnear_dev() -> PathBuf {
    polnear("dev")
}

/// The lines of a learned-data file that are data, not its provenance header.
fn data_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// A split of the first `n` train articles, linked into a temporary directory.
fn small_split(n: usize) -> tempfile::TempDir {
    let train = polnear("train");
    let dir = tempfile::tempdir().unwrap();
    for sub in ["text", "attributions"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
    }
    let mut texts: Vec<PathBuf> = std::fs::read_dir(train.join("text"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    texts.sort();
    let stems: Vec<String> = texts[..n]
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for entry in std::fs::read_dir(train.join("attributions")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if stems.iter().any(|s| name.starts_with(&format!("{s}_"))) {
            std::os::unix::fs::symlink(&path, dir.path().join("attributions").join(&name)).unwrap();
        }
    }
    for (stem, text) in stems.iter().zip(&texts) {
        std::os::unix::fs::symlink(text, dir.path().join("text").join(format!("{stem}.txt")))
            .unwrap();
    }
    dir
}

fn report(cmd: &mut assert_cmd::Command) -> serde_json::Value {
    serde_json::from_str(&stdout(cmd)).expect("JSON report")
}

fn count(report: &serde_json::Value, path: &[&str]) -> u64 {
    path.iter()
        .fold(report, |v, k| &v[k])
        .as_u64()
        .unwrap_or_else(|| panic!("{path:?} in {report}"))
}
#[test]
fn eval_scores_the_polnear_dev_split() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("never-created");
    let out = stdout(
        cg(&store)
            .args(["eval", "polnear", "--json"])
            .arg(polnear_dev()),
    );
    let report: serde_json::Value = serde_json::from_str(&out).expect("JSON report");
    assert_eq!(report["articles"], 84);
    assert_eq!(
        report["gold"], 2192,
        "first annotation file per article is gold"
    );
    let relation = &report["relation"];
    // A floor under the measured score, so that a regression in extraction fails here.
    assert!(relation["f1"].as_f64().unwrap() >= 0.50, "{relation}");
    assert!(
        relation["precision"].as_f64().unwrap() >= 0.65,
        "{relation}"
    );
    for role in ["source", "cue", "content"] {
        assert!(report["exact"][role]["f1"].as_f64().is_some(), "{report}");
    }
    assert!(!store.exists(), "eval never opens a store");
    let table = stdout(cg(&store).args(["eval", "polnear"]).arg(polnear_dev()));
    assert!(table.lines().any(|l| l.starts_with("relation ")), "{table}");
    assert!(table.contains("kind: quoted"), "{table}");
}

#[test]
fn eval_of_a_directory_without_annotations_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = cg(&dir.path().join("db"))
        .args(["eval", "polnear"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert!(err.contains("attributions"), "{err}");
}

#[test]
fn eval_train_remakes_the_bundled_learned_data_from_polnear_train() {
    let out = tempfile::tempdir().unwrap();
    let store = out.path().join("never-created");
    let log = log_of(
        cg(&store)
            .args(["eval", "train"])
            .arg(polnear("train"))
            .arg("--out")
            .arg(out.path()),
    );
    assert!(log.contains("trained on 840 articles"), "{log}");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../extract/data");
    for file in ["cues.tsv", "cue_model.tsv"] {
        let made = data_lines(&out.path().join(file));
        assert!(made.len() > 500, "{file}: {} lines", made.len());
        assert!(
            made == data_lines(&bundled.join(file)),
            "{file} differs from the compiled-in one: retrain with `claimgraph eval train ../shared/data/polnear/train --out crates/extract/data`"
        );
    }
    assert!(!store.exists(), "training never opens a store");
}

#[test]
fn cross_validation_scores_each_article_once_with_data_that_never_saw_it() {
    let split = small_split(24);
    let db = split.path().join("never-created");
    let whole = report(
        cg(&db)
            .args(["eval", "polnear", "--json"])
            .arg(split.path()),
    );
    let crossed = report(
        cg(&db)
            .args(["eval", "polnear", "--json", "--folds", "3"])
            .arg(split.path()),
    );
    assert_eq!(count(&crossed, &["articles"]), 24);
    assert_eq!(count(&crossed, &["gold"]), count(&whole, &["gold"]));
    // The compiled-in data has seen these articles; data from 16 of them has not seen
    // the other 8, and is learned from far less: it must score lower.
    let f1 = |r: &serde_json::Value| r["relation"]["f1"].as_f64().unwrap();
    assert!(
        f1(&crossed) < f1(&whole),
        "{} vs {}",
        f1(&crossed),
        f1(&whole)
    );
    assert!(f1(&crossed) > 0.2, "{crossed}");

    // By hand: fold 1 of 3 is articles 1, 4, 7, …; its data is trained on the other 16.
    let learned = split.path().join("learned");
    let log = log_of(
        cg(&db)
            .args(["eval", "train"])
            .arg(split.path())
            .arg("--out")
            .arg(&learned)
            .args(["--folds", "3", "--fold", "1"]),
    );
    assert!(log.contains("trained on 16 articles"), "{log}");
    let header = std::fs::read_to_string(learned.join("cues.tsv")).unwrap();
    assert!(header.contains("(16 articles of "), "{}", &header[..200]);
    let fold = report(
        cg(&db)
            .args(["eval", "polnear", "--json", "--learned"])
            .arg(&learned)
            .arg(split.path())
            .args(["--folds", "3", "--fold", "1"]),
    );
    assert_eq!(count(&fold, &["articles"]), 8);
    assert!(count(&fold, &["relation", "matched"]) <= count(&crossed, &["relation", "matched"]));
    let in_sample = report(
        cg(&db)
            .args(["eval", "polnear", "--json"])
            .arg(split.path())
            .args(["--folds", "3", "--fold", "1"]),
    );
    assert_eq!(count(&in_sample, &["gold"]), count(&fold, &["gold"]));
    assert_ne!(
        in_sample["relation"], fold["relation"],
        "the learned data was used"
    );
}

#[test]
fn learned_data_that_is_malformed_or_missing_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never-created");
    let learned = dir.path().join("learned");
    std::fs::create_dir(&learned).unwrap();
    let cues = learned.join("cues.tsv");
    std::fs::write(
        &cues,
        "# header\nsaid\t12\t14\t0.857\nclaimed\tmany\t9\t0.5\n",
    )
    .unwrap();
    let err = stderr(
        cg(&db)
            .args(["eval", "polnear", "--learned"])
            .arg(&learned)
            .arg(polnear_dev()),
    );
    assert!(err.contains(&cues.display().to_string()), "{err}");
    assert!(err.contains("line 3") && err.contains("\"many\""), "{err}");
    std::fs::write(&cues, "said\t12\t14\t0.857\n").unwrap();
    let err = stderr(
        cg(&db)
            .args(["eval", "polnear", "--learned"])
            .arg(&learned)
            .arg(polnear_dev()),
    );
    assert!(
        err.contains(&learned.join("cue_model.tsv").display().to_string()),
        "{err}"
    );
    let err = stderr(
        cg(&db)
            .args(["eval", "polnear", "--folds", "3", "--fold", "3"])
            .arg(polnear_dev()),
    );
    assert!(err.contains("--fold 3 --folds 3"), "{err}");
    let err = stderr(
        cg(&db)
            .args(["eval", "polnear", "--folds", "1"])
            .arg(polnear_dev()),
    );
    assert!(err.contains("2 or more folds"), "{err}");
}
