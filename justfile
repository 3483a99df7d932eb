# Recipes for working on claimgraph; `./dev` does the same without needing `just`.

store := env_var_or_default("CLAIMGRAPH_STORE", "claimgraph.db")
export CARGO_TARGET_DIR := env_var_or_default("CARGO_TARGET_DIR", env_var("HOME") + "/.cache/claimgraph/target")

# The demo on the bundled corpus
demo:
    ./dev demo

# The whole test suite
test:
    ./dev test

# rustfmt check and clippy with warnings denied
lint:
    ./dev lint

# Ingest articles into the store
ingest +paths:
    cargo run --release -p claimgraph -- --store {{store}} ingest {{paths}}

# Serve the store as a SPARQL endpoint on 127.0.0.1:7878
serve:
    cargo run --release -p claimgraph -- --store {{store}} serve

# The claim graph of the store as SVG (needs graphviz)
svg out="claims.svg":
    cargo run --release -p claimgraph -- --store {{store}} export dot | dot -Tsvg -o {{out}}

# Run a canned query by name
query name:
    cargo run --release -p claimgraph -- --store {{store}} query {{name}}

# Criterion benchmarks of the hot paths (reading, analysis, extraction, RDF, linking) on
# PolNeAR train and Reuters from ../shared; reports in target/criterion
bench:
    cargo bench -p claimgraph --bench hot_paths

# Scaled corpora (Reuters + PolNeAR train replicated) against `oxigraph load`: time,
# memory, store size and query latency per scale; then the table and docs/scale.svg
bench-scale work="/tmp/claimgraph-scale" scales="11208,22417,44834":
    cargo build --release -p claimgraph
    ~/.cache/claimgraph/venv/bin/python bench/scale.py run {{work}} --scales {{scales}}
    ~/.cache/claimgraph/venv/bin/python bench/scale.py plot {{work}}
