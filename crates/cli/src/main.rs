#![doc = include_str!("../README.md")]

mod canned;
mod demo;
mod eval;
mod export;
mod ingest;
mod output;
mod relink;
mod remote;

use anyhow::{bail, Context, Result};
use claimgraph_store::{ClaimStore, GraphFormat, ResultFormat};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of glibc's malloc: an ingest allocates from many threads (rayon's
/// extractors, RocksDB's), and glibc's per-thread arenas kept freed memory resident
/// (a 45k-article ingest peaked 0.4 GB lower with `MALLOC_ARENA_MAX=2`, but 33% slower).
/// It replaces `malloc` for the whole process (the `override` feature), C++ included:
/// Oxigraph frees RocksDB's error strings (allocated by RocksDB's `strdup`) through
/// Rust's allocator, which must therefore be the one RocksDB allocates with; with Rust's
/// alone on mimalloc, opening a locked store crashed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Trace where news claims come from: attributions, sources, citation chains, as RDF.
#[derive(Parser)]
#[command(name = "claimgraph", version, about, long_about = None)]
struct Cli {
    /// The store directory (Oxigraph on RocksDB).
    #[arg(long, global = true, env = "CLAIMGRAPH_STORE")]
    store: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles, extract attributions, link them across articles and store them.
    Ingest {
        /// Files or directories (.txt with optional NAME.json sidecar, .jsonl).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = 16 * 1024 * 1024)]
        max_article_bytes: usize,
        /// Write to this SPARQL 1.1 Graph Store endpoint instead of the store on disk: its
        /// claimgraph graphs are read into memory, the articles are ingested and linked
        /// there, and the graphs that changed are sent back (Oxigraph:
        /// http://HOST:7878/store; Virtuoso: http://HOST:8890/sparql-graph-crud).
        #[arg(long, value_name = "URL")]
        remote: Option<String>,
        /// The remote's query endpoint, when it is not the one its engine keeps beside
        /// the Graph Store.
        #[arg(long, value_name = "URL", requires = "remote")]
        remote_query: Option<String>,
        /// Credentials for the remote: a bearer token, or USER:PASSWORD (basic or digest).
        #[arg(
            long,
            env = "CLAIMGRAPH_AUTH",
            requires = "remote",
            hide_env_values = true
        )]
        auth: Option<String>,
        /// Most triples per request sent to the remote.
        #[arg(long, default_value_t = 50_000, requires = "remote")]
        batch: usize,
        /// Rows per request when reading from the remote: keep it under the engine's cap
        /// on answer rows (Virtuoso: ResultSetMaxRows, 10,000 by default).
        #[arg(long, default_value_t = claimgraph_remote::DEFAULT_PAGE, requires = "remote")]
        page: usize,
    },
    /// Extract attributions and write N-Quads, without a store.
    Extract {
        /// Files or directories.
        #[arg(required_unless_present = "inputs_from")]
        paths: Vec<PathBuf>,
        /// Also read the inputs listed in this file, one path per line (`-`: standard
        /// input), as a map step gets its share of a corpus.
        #[arg(long, value_name = "FILE")]
        inputs_from: Option<PathBuf>,
        /// Output file (standard output by default).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Largest article accepted, in bytes.
        #[arg(long, default_value_t = 16 * 1024 * 1024)]
        max_article_bytes: usize,
    },
    /// Load N-Quads shards written by `extract` (on this or other machines) and link them:
    /// the reduce step, which never reads the text again.
    Load {
        /// N-Quads files.
        #[arg(required = true)]
        shards: Vec<PathBuf>,
    },
    /// Run a SPARQL query: a .rq file, a canned query name, or -e 'QUERY'.
    Query {
        /// A .rq file or the name of a canned query (see `claimgraph queries`).
        query: Option<String>,
        /// The query text.
        #[arg(short = 'e', long = "expr", conflicts_with = "query")]
        expr: Option<String>,
        /// Narrow a canned query to one article, actor or cluster: NAME=VALUE, such as
        /// doc=reut2-000-5 (repeat for several values; `claimgraph queries` lists what
        /// each query takes).
        #[arg(long, value_name = "NAME=VALUE", requires = "query")]
        focus: Vec<String>,
        /// Output format for SELECT/ASK (table on a terminal, TSV otherwise).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Output format for CONSTRUCT/DESCRIBE.
        #[arg(long, value_enum, default_value = "turtle")]
        graph_format: GraphFormatArg,
        /// Ask a remote SPARQL 1.1 endpoint instead of the store (its default graph should
        /// be the union of its graphs, as here: `oxigraph serve --union-default-graph`).
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
        /// Credentials for the endpoint: a bearer token, or USER:PASSWORD.
        #[arg(
            long,
            env = "CLAIMGRAPH_AUTH",
            requires = "endpoint",
            hide_env_values = true
        )]
        auth: Option<String>,
    },
    /// Send every named graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (PUT per
    /// graph: pushing again replaces, never duplicates).
    Push {
        /// The Graph Store URL (Oxigraph: http://HOST:7878/store; Virtuoso:
        /// http://HOST:8890/sparql-graph-crud, or …-auth with --auth).
        url: String,
        /// Credentials: a bearer token, or USER:PASSWORD (basic or digest).
        #[arg(long, env = "CLAIMGRAPH_AUTH", hide_env_values = true)]
        auth: Option<String>,
        /// Most triples per request; larger graphs are sent in several.
        #[arg(long, default_value_t = 50_000)]
        batch: usize,
    },
    /// List the canned provenance queries.
    Queries,
    /// Write the whole store as N-Quads.
    Dump {
        /// Output file (standard output by default).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Export the claim graph.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Copy a remote dataset's claimgraph graphs (one that `push` or `ingest --remote`
    /// wrote) into the store, each replacing the stored graph of its name.
    Pull {
        /// The Graph Store URL, as for `push`.
        url: String,
        /// The remote's query endpoint, when it is not the one its engine keeps beside
        /// the Graph Store.
        #[arg(long, value_name = "URL")]
        remote_query: Option<String>,
        /// Credentials: a bearer token, or USER:PASSWORD (basic or digest).
        #[arg(long, env = "CLAIMGRAPH_AUTH", hide_env_values = true)]
        auth: Option<String>,
        /// Rows per request when reading from the remote: keep it under the engine's cap
        /// on answer rows (Virtuoso: ResultSetMaxRows, 10,000 by default).
        #[arg(long, default_value_t = claimgraph_remote::DEFAULT_PAGE)]
        page: usize,
    },
    /// Serve the store as a SPARQL 1.1 endpoint (and a query page at /).
    ///
    /// The server holds the store while it runs: `ingest` in another process is refused
    /// until it stops.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: std::net::SocketAddr,
        /// Longest a query may run, in seconds; it is then cancelled and answered 503.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// Most result rows (or triples) in one answer; more is an error, never a cut.
        #[arg(long, default_value_t = 1_000_000)]
        max_rows: usize,
        /// Largest request body, in bytes.
        #[arg(long, default_value_t = 1024 * 1024)]
        max_body: usize,
        /// Most queries evaluated at once; beyond it, 503 with Retry-After.
        #[arg(long, default_value_t = 4)]
        max_concurrent: usize,
        /// Allow browsers on this origin (repeatable; `*` for any) by CORS.
        #[arg(long)]
        cors: Vec<String>,
        /// Accept SPARQL Update from requests bearing the token in
        /// CLAIMGRAPH_UPDATE_TOKEN. Updates change the store as they are; the links
        /// graph is not recomputed.
        #[arg(long, requires = "update_token")]
        allow_update: bool,
        /// The bearer token for updates (read from the environment so that it does not
        /// show in process listings).
        #[arg(
            long,
            env = "CLAIMGRAPH_UPDATE_TOKEN",
            hide_env_values = true,
            hide = true
        )]
        update_token: Option<String>,
    },
    /// Ingest the bundled corpus (four articles on the US embassy in Kabul, August 2021)
    /// into a fresh store and print a provenance report.
    Demo,
    /// Score extraction against a gold standard, and train what it learns from one.
    Eval {
        #[command(subcommand)]
        what: eval::EvalCommand,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// A picture of articles, outlets, actors, claims and clusters: GraphViz DOT, SVG,
    /// PNG or PDF, or nodes and links as JSON; the whole graph or the neighbourhood of a
    /// claim, cluster, actor, article or outlet.
    Dot(export::DotArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Json,
    Csv,
    Tsv,
    Xml,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormatArg {
    Turtle,
    Ntriples,
}

const DEFAULT_STORE: &str = "claimgraph.db";

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CLAIMGRAPH_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        // Colour only for a person: logs kept in files or read by scripts stay plain.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stops early (`| head`) is no failure of ours: stop quietly, as
        // other Unix tools do.
        Err(e) if closed_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimgraph: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has gone, however deep the
/// serialisers wrapped it.
fn closed_pipe(e: &anyhow::Error) -> bool {
    fn broken(io: &std::io::Error) -> bool {
        io.kind() == std::io::ErrorKind::BrokenPipe
            || io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<std::io::Error>())
                .is_some_and(broken)
    }
    e.chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(broken))
}

fn open_store(path: Option<PathBuf>) -> Result<ClaimStore> {
    let path = path.unwrap_or_else(|| PathBuf::from(DEFAULT_STORE));
    Ok(ClaimStore::open(&path)?)
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest {
            paths,
            max_article_bytes,
            remote,
            remote_query,
            auth,
            batch,
            page,
        } => {
            let report = match remote {
                Some(url) => {
                    let remote = remote::open(&url, remote_query.as_deref(), auth.as_deref())?
                        .with_page(page);
                    remote::ingest(&remote, &paths, max_article_bytes, batch)?
                }
                None => ingest::ingest(&open_store(cli.store)?, &paths, max_article_bytes)?,
            };
            report.print(&mut std::io::stdout())?;
            Ok(if report.failed > 0 {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Extract {
            mut paths,
            inputs_from,
            output,
            max_article_bytes,
        } => {
            if let Some(list) = inputs_from {
                let text = if list.as_os_str() == "-" {
                    std::io::read_to_string(std::io::stdin()).context("reading the input list")?
                } else {
                    std::fs::read_to_string(&list)
                        .with_context(|| format!("reading the input list {}", list.display()))?
                };
                paths.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(PathBuf::from),
                );
            }
            let mut out = output::open(output.as_deref())?;
            let failed = ingest::extract_to(&paths, max_article_bytes, &mut out)?;
            out.flush()?;
            Ok(if failed > 0 {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Query {
            query,
            expr,
            focus,
            format,
            graph_format,
            endpoint,
            auth,
        } => {
            let text = match (query, expr) {
                (_, Some(e)) => e,
                (Some(q), None) => canned::resolve(&q, &focus)?,
                (None, None) => bail!("give a query: a .rq file, a canned query name (see `claimgraph queries`), or -e 'SPARQL'"),
            };
            let results = match endpoint {
                Some(url) => remote::endpoint(&url, auth.as_deref())
                    .query(&text)
                    .with_context(|| format!("querying {url}"))?,
                None => open_store(cli.store)?.query(&text)?,
            };
            let format = match format {
                Some(FormatArg::Table) => ResultFormat::Table,
                Some(FormatArg::Json) => ResultFormat::Json,
                Some(FormatArg::Csv) => ResultFormat::Csv,
                Some(FormatArg::Tsv) => ResultFormat::Tsv,
                Some(FormatArg::Xml) => ResultFormat::Xml,
                None if std::io::stdout().is_terminal() => ResultFormat::Table,
                None => ResultFormat::Tsv,
            };
            let graph_format = match graph_format {
                GraphFormatArg::Turtle => GraphFormat::Turtle,
                GraphFormatArg::Ntriples => GraphFormat::NTriples,
            };
            let mut out = std::io::stdout().lock();
            match results {
                claimgraph_store::oxigraph::sparql::QueryResults::Graph(triples) => {
                    claimgraph_store::write_graph(triples, graph_format, &mut out)?;
                }
                other => {
                    claimgraph_store::write_solutions(other, format, &mut out)?;
                }
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Load { shards } => {
            let store = open_store(cli.store)?;
            let (graphs, failed, relinked) = ingest::load_shards(&store, &shards)?;
            println!(
                "loaded {graphs} graphs from {} shards; store has {} quads, {} claim clusters (linking {:.2} s)",
                shards.len() - failed,
                relinked.quads,
                relinked.clusters,
                relinked.seconds
            );
            Ok(if failed > 0 {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Pull {
            url,
            remote_query,
            auth,
            page,
        } => {
            let store = open_store(cli.store)?;
            let remote =
                remote::open(&url, remote_query.as_deref(), auth.as_deref())?.with_page(page);
            remote::pull_store(&store, &remote)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Push { url, auth, batch } => {
            let store = open_store(cli.store)?;
            remote::push_store(&store, &url, auth.as_deref(), batch)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Queries => {
            for q in claimgraph_queries::all() {
                println!("{:<28} {}", q.name, q.description);
                for v in q.focus_variables() {
                    println!("{:<28}   --focus {}=…  {}", "", v.name, v.description);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Dump { output } => {
            let store = open_store(cli.store)?;
            let mut out = output::open(output.as_deref())?;
            store.dump(&mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            what: ExportCommand::Dot(args),
        } => {
            let store = open_store(cli.store)?;
            export::run(&store, &args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve {
            bind,
            timeout,
            max_rows,
            max_body,
            max_concurrent,
            cors,
            allow_update,
            update_token,
        } => {
            let store = open_store(cli.store)?;
            let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let options = claimgraph_server::ServerOptions {
                bind,
                timeout: std::time::Duration::from_secs(timeout),
                max_rows,
                max_body_bytes: max_body,
                max_concurrent,
                cors,
                update_token: update_token.filter(|_| allow_update),
            };
            runtime.block_on(claimgraph_server::serve(store, options))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo => demo::run(cli.store),
        Command::Eval { what } => {
            eval::run(what)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
