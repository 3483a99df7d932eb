//! `claimgraph export dot`: a picture of the claim graph, or its nodes and links as JSON.

use crate::output;
use anyhow::{bail, Context, Result};
use claimgraph_graph::{ClaimGraph, Focus};
use claimgraph_store::ClaimStore;
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What `export dot` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PictureFormat {
    /// GraphViz DOT source.
    Dot,
    /// SVG, drawn by GraphViz.
    Svg,
    /// PNG, drawn by GraphViz.
    Png,
    /// PDF, drawn by GraphViz.
    Pdf,
    /// Nodes and links as JSON (d3, networkx).
    Json,
}

impl PictureFormat {
    /// The format a file name asks for by its extension.
    fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        <Self as ValueEnum>::from_str(&ext, true)
            .ok()
            .or_else(|| (ext == "gv").then_some(Self::Dot))
    }
}

/// Options of `claimgraph export dot`.
#[derive(Args, Debug)]
pub struct DotArgs {
    /// Output file (standard output by default).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format; by default the output file's extension, else DOT.
    #[arg(long, value_enum)]
    format: Option<PictureFormat>,
    /// Show this claim (IRI) and its neighbourhood.
    #[arg(long, value_name = "IRI")]
    claim: Vec<String>,
    /// Show this claim cluster (IRI) and its neighbourhood.
    #[arg(long, value_name = "IRI")]
    cluster: Vec<String>,
    /// Show this actor (name, part of a name, or IRI) and its neighbourhood.
    #[arg(long, value_name = "NAME")]
    actor: Vec<String>,
    /// Show this article (document id or IRI) and its neighbourhood.
    #[arg(long, value_name = "DOCID")]
    article: Vec<String>,
    /// Show this outlet (name or IRI) and its neighbourhood.
    #[arg(long, value_name = "NAME")]
    outlet: Vec<String>,
    /// How many edges away from the focus to show; chains are always followed to their
    /// origin.
    #[arg(long, default_value_t = 2)]
    depth: usize,
    /// Draw the whole graph collapsed to claim clusters, the outlets that carry them and
    /// their origins, however small it is.
    #[arg(long, conflicts_with_all = ["claim", "cluster", "actor", "article", "outlet"])]
    collapse: bool,
    /// Largest picture drawn. Without a focus a larger graph is collapsed to claim
    /// clusters and outlets first.
    #[arg(long, default_value_t = 400)]
    max_nodes: usize,
}

impl DotArgs {
    fn foci(&self) -> Vec<Focus> {
        let mut foci = Vec::new();
        foci.extend(self.claim.iter().cloned().map(Focus::Claim));
        foci.extend(self.cluster.iter().cloned().map(Focus::Cluster));
        foci.extend(self.actor.iter().cloned().map(Focus::Actor));
        foci.extend(self.article.iter().cloned().map(Focus::Article));
        foci.extend(self.outlet.iter().cloned().map(Focus::Outlet));
        foci
    }
}

const FOCUS_OPTIONS: &str =
    "--claim IRI, --cluster IRI, --actor NAME, --article DOCID or --outlet NAME";

/// The part of the graph to draw: the focus's neighbourhood, or the whole graph,
/// collapsed when it is large; refused past `--max-nodes` with what to do instead.
fn select(whole: ClaimGraph, args: &DotArgs) -> Result<ClaimGraph> {
    let foci = args.foci();
    if foci.is_empty() {
        if whole.len() <= args.max_nodes && !args.collapse {
            return Ok(whole);
        }
        let collapsed = whole.collapsed();
        if collapsed.len() <= args.max_nodes {
            return Ok(collapsed);
        }
        bail!(
            "the claim graph has {} nodes ({} collapsed to claim clusters and outlets), more than --max-nodes {}; pick what to show with {FOCUS_OPTIONS}, or raise --max-nodes",
            whole.len(),
            collapsed.len(),
            args.max_nodes
        );
    }
    let mut seeds = Vec::new();
    for focus in &foci {
        seeds.extend(focus.resolve(&whole)?);
    }
    let picture = whole.neighbourhood(&seeds, args.depth);
    if picture.len() > args.max_nodes {
        bail!(
            "the focused graph has {} nodes, more than --max-nodes {}; lower --depth (now {}), narrow the focus ({FOCUS_OPTIONS}), or raise --max-nodes",
            picture.len(),
            args.max_nodes,
            args.depth
        );
    }
    Ok(picture)
}

/// Runs `export dot`.
pub fn run(store: &ClaimStore, args: &DotArgs) -> Result<()> {
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(PictureFormat::from_path))
        .unwrap_or(PictureFormat::Dot);
    // PNG and PDF on a terminal would be noise.
    let binary = matches!(format, PictureFormat::Png | PictureFormat::Pdf);
    if binary && args.output.is_none() && std::io::stdout().is_terminal() {
        bail!("{format:?} is binary: write it to a file with -o FILE");
    }
    let whole = ClaimGraph::from_store(store).context("reading the claim graph")?;
    let picture = select(whole, args)?;
    let bytes = match format {
        PictureFormat::Json => picture.to_json().into_bytes(),
        PictureFormat::Dot => picture.to_dot().into_bytes(),
        drawn => draw(&picture.to_dot(), drawn)?,
    };
    let mut out = output::open(args.output.as_deref())?;
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

/// Runs GraphViz `dot` on DOT source.
fn draw(dot: &str, format: PictureFormat) -> Result<Vec<u8>> {
    let flag = format!("-T{}", format!("{format:?}").to_lowercase());
    let mut child = match Command::new("dot")
        .arg(&flag)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "GraphViz `dot` is not installed, and {format:?} needs it: install graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; conda: conda install graphviz), or export --format dot and draw it elsewhere"
        ),
        Err(e) => return Err(e).context("cannot run GraphViz `dot`"),
    };
    // Write on a thread: a large picture fills the pipe before dot starts writing back.
    let mut stdin = child.stdin.take().context("dot's standard input")?;
    let source = dot.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(source.as_bytes()));
    let done = child.wait_with_output().context("running GraphViz `dot`")?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to GraphViz `dot` failed"))?
        .context("writing to GraphViz `dot`")?;
    if !done.status.success() {
        bail!(
            "GraphViz `dot {flag}` failed: {}",
            String::from_utf8_lossy(&done.stderr).trim()
        );
    }
    Ok(done.stdout)
}
