//! `claimgraph eval`: scores extraction against PolNeAR, trains the extractor's learned
//! data (cue lexicon and cue model), and cross-validates it. Evaluation never opens the
//! store.

use anyhow::{bail, Context, Result};
use claimgraph_eval::{articles, evaluate_articles, load_split, train, Fold, Report};
use claimgraph_extract::learned::{use_cue_lexicon, use_cue_weights};
use clap::Subcommand;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The learned data's file names, in `eval train --out DIR` and `eval polnear --learned DIR`.
const LEXICON_FILE: &str = "cues.tsv";
const MODEL_FILE: &str = "cue_model.tsv";

/// What `claimgraph eval` does.
#[derive(Subcommand)]
pub enum EvalCommand {
    /// Score against a PolNeAR split: DIR/text/*.txt and DIR/attributions/*.ann.
    Polnear {
        /// The split directory (e.g. ../shared/data/polnear/dev).
        dir: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Extract with the learned data in this directory (cues.tsv and cue_model.tsv,
        /// as `eval train` writes them) instead of the compiled-in data.
        #[arg(long, value_name = "DIR")]
        learned: Option<PathBuf>,
        /// Cross-validate: split the articles into K folds (in name order, article i in
        /// fold i mod K), score each fold with data trained on the others, and report the
        /// folds together. The compiled-in data has seen all of PolNeAR train, so this
        /// is the honest score on train.
        #[arg(long, value_name = "K")]
        folds: Option<usize>,
        /// With --folds: score this fold only (from 0).
        #[arg(long, value_name = "F", requires = "folds")]
        fold: Option<usize>,
    },
    /// Train the learned data on a PolNeAR split (the cue lexicon, then the cue model on
    /// its candidates) and write cues.tsv and cue_model.tsv into OUT. `--out
    /// crates/extract/data` on the train split remakes the compiled-in data.
    Train {
        /// The split directory (train only: dev is for checking).
        dir: PathBuf,
        /// Where to write the two files.
        #[arg(long, value_name = "OUT")]
        out: PathBuf,
        /// With --folds: leave this fold (from 0) out of training.
        #[arg(long, value_name = "F", requires = "folds")]
        fold: Option<usize>,
        /// How many folds the split is cut into (see `eval polnear --folds`).
        #[arg(long, value_name = "K", requires = "fold")]
        folds: Option<usize>,
    },
}

/// Runs one `claimgraph eval` command.
pub fn run(command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Polnear {
            dir,
            json,
            learned,
            folds,
            fold,
        } => {
            let report = match (folds, fold) {
                (Some(of), None) => {
                    if learned.is_some() {
                        bail!(
                            "--learned with --folds needs --fold: cross-validation trains its own"
                        );
                    }
                    cross_validate(&dir, of)?
                }
                (of, index) => {
                    if let Some(learned) = &learned {
                        use_learned(learned)?;
                    }
                    let fold = of.zip(index).map(|(of, index)| Fold { index, of });
                    score(&dir, fold)?
                }
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", report.to_table());
            }
        }
        EvalCommand::Train {
            dir,
            out,
            fold,
            folds,
        } => {
            let fold = folds.zip(fold).map(|(of, index)| Fold { index, of });
            train_into(&dir, fold, &out)?;
        }
    }
    Ok(())
}

/// Scores a split, or one fold of it, with the learned data in place.
fn score(dir: &Path, fold: Option<Fold>) -> Result<Report> {
    let articles = load(dir, fold)?;
    let held_out = match fold {
        Some(fold) => fold.select(&articles, true),
        None => articles.iter().collect(),
    };
    Ok(evaluate_articles(&held_out))
}

/// The articles of a split, checked against the folds asked for.
fn load(
    dir: &Path,
    fold: Option<Fold>,
) -> Result<Vec<(String, Vec<claimgraph_eval::GoldAttribution>)>> {
    let articles =
        load_split(dir).with_context(|| format!("reading {} as a PolNeAR split", dir.display()))?;
    if let Some(fold) = fold {
        check_fold(dir, articles.len(), fold)?;
    }
    Ok(articles)
}

/// Whether `count` articles of `dir` can be cut into the folds asked for.
fn check_fold(dir: &Path, count: usize, Fold { index, of }: Fold) -> Result<()> {
    if of < 2 || index >= of {
        bail!("--fold {index} --folds {of}: need 2 or more folds and a fold below their number");
    }
    if count < of {
        bail!("{}: {count} articles cannot make {of} folds", dir.display());
    }
    Ok(())
}

/// Trains the cue lexicon and the cue model on a split (without one fold) into `out`.
fn train_into(dir: &Path, fold: Option<Fold>, out: &Path) -> Result<()> {
    let articles = load(dir, fold)?;
    let (training, provenance) = match fold {
        Some(fold) => (
            fold.select(&articles, false),
            format!(
                "{} without fold {} of {}",
                dir.display(),
                fold.index,
                fold.of
            ),
        ),
        None => (articles.iter().collect(), dir.display().to_string()),
    };
    let lexicon = train::cue_lexicon(&training, &provenance);
    // The model's candidates and features come from the lexicon: train it on this one.
    use_cue_lexicon(&lexicon).context("putting the new cue lexicon in place")?;
    let model = train::cue_model(&training, &provenance);
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    for (name, text) in [(LEXICON_FILE, &lexicon), (MODEL_FILE, &model)] {
        let path = out.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    eprintln!(
        "trained on {} articles of {}: {} and {} in {}",
        training.len(),
        dir.display(),
        LEXICON_FILE,
        MODEL_FILE,
        out.display()
    );
    Ok(())
}

/// Puts the learned data of a directory in place of the compiled-in data.
fn use_learned(dir: &Path) -> Result<()> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))
            .map(|text| (path, text))
    };
    let (path, text) = read(LEXICON_FILE)?;
    use_cue_lexicon(&text).with_context(|| path.display().to_string())?;
    let (path, text) = read(MODEL_FILE)?;
    use_cue_weights(&text).with_context(|| path.display().to_string())?;
    Ok(())
}

/// K-fold cross-validation. The learned data is fixed for the life of a process, so each
/// fold trains and scores in a process of its own (this binary, run again).
fn cross_validate(dir: &Path, of: usize) -> Result<Report> {
    if of < 2 {
        bail!("--folds {of}: cross-validation needs 2 or more folds");
    }
    // The children read the split; here only its articles are counted.
    let count = articles(dir)
        .with_context(|| format!("reading {} as a PolNeAR split", dir.display()))?
        .len();
    check_fold(dir, count, Fold { index: 0, of })?;
    let exe = std::env::current_exe().context("finding this program to run each fold")?;
    let work = tempfile::tempdir().context("making a directory for the folds' data")?;
    let mut parts = Vec::with_capacity(of);
    for index in 0..of {
        let learned = work.path().join(format!("fold-{index}"));
        let fold = ["--folds", &of.to_string(), "--fold", &index.to_string()].map(OsString::from);
        // This program again, with the fold's arguments after `args`.
        let run = |args: &[&OsStr]| {
            run_again(
                &exe,
                args.iter()
                    .copied()
                    .chain(fold.iter().map(OsString::as_os_str)),
            )
        };
        let (dir, out) = (dir.as_os_str(), learned.as_os_str());
        let word = OsStr::new;
        run(&[word("eval"), word("train"), dir, word("--out"), out])
            .with_context(|| format!("training without fold {index} of {of}"))?;
        let scored = run(&[
            word("eval"),
            word("polnear"),
            word("--json"),
            word("--learned"),
            out,
            dir,
        ])
        .with_context(|| format!("scoring fold {index} of {of}"))?;
        let part: Report = serde_json::from_slice(&scored)
            .with_context(|| format!("reading the report of fold {index} of {of}"))?;
        eprintln!(
            "fold {index} of {of}: {} articles, relation F1 {:.4}",
            part.articles, part.relation.f1
        );
        parts.push(part);
    }
    Ok(Report::merge(&parts))
}

/// Runs this program again with `args`: its standard output, or its standard error as the
/// error when it fails.
fn run_again<'a>(exe: &Path, args: impl IntoIterator<Item = &'a OsStr>) -> Result<Vec<u8>> {
    let out = Command::new(exe)
        .args(args)
        .output()
        .with_context(|| format!("running {}", exe.display()))?;
    if !out.status.success() {
        bail!("{}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(out.stdout)
}
