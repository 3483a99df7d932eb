"""Scale benchmark: claimgraph on growing corpora, against Oxigraph's own bulk loader.

    python bench/scale.py make N DIR          # a corpus of N articles in DIR
    python bench/scale.py run WORK --scales 22417,44834,89668 [--runs 3] [--query-runs 5]
    python bench/scale.py plot WORK           # BENCHMARKS table and docs/scale.svg from WORK

`make` replicates Reuters-21578 and PolNeAR train (from ../shared/data) under new ids
(`-r1`, `-r2`, … appended to each story's NEWID and each file's stem) until it has N
articles, so the scaled corpus goes through the same readers as the real one. Nothing
of it is committed: it is rebuilt from ../shared in seconds.

`run` measures, per scale, with the release binary: extraction alone on one core and on
all cores (`extract -o /dev/null`, MB/s of input); the whole ingest into a fresh store
(read, extract, bulk load, relink) with its peak resident memory and the store's size;
`oxigraph load` (PyPI `oxigraph`, same Oxigraph version) of the ingest's own dump, the
same quads, with its peak memory and size; and every canned query through `claimgraph
serve`, p50 and p95 of QUERY_RUNS requests each. Timings of whole commands are medians of
RUNS runs. Results are appended to WORK/results.jsonl, one line per scale.
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/claimgraph/target"))
CLAIMGRAPH = TARGET / "release" / "claimgraph"
STORY = re.compile(rb"<REUTERS\b.*?</REUTERS>", re.S)
NEWID = re.compile(rb'NEWID="([^"]*)"')


def make(n, out):
    """Writes a corpus of n articles into out; returns its size in bytes."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    sgm = sorted((SHARED / "reuters21578").glob("*.sgm"))
    txt = sorted((SHARED / "polnear" / "train" / "text").glob("*.txt"))
    stories = [(f.name, STORY.findall(f.read_bytes())) for f in sgm]
    written, copy, size = 0, 0, 0
    while written < n:
        suffix = f"-r{copy}" if copy else ""
        for name, file_stories in stories:
            take = file_stories[: n - written]
            if not take:
                break
            body = b"\n".join(NEWID.sub(lambda m: b'NEWID="' + m.group(1) + suffix.encode() + b'"', s)
                              for s in take)
            path = out / name.replace(".sgm", f"{suffix}.sgm")
            path.write_bytes(body + b"\n")
            size += len(body) + 1
            written += len(take)
        for f in txt:
            if written >= n:
                break
            data = f.read_bytes()
            (out / f"{f.stem}{suffix}.txt").write_bytes(data)
            size += len(data)
            written += 1
        copy += 1
    return size


def timed(cmd, env=None):
    """Runs cmd under /usr/bin/time; returns (seconds, peak resident MB)."""
    with tempfile.NamedTemporaryFile("r") as report:
        started = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%M", *map(str, cmd)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        # 2: some inputs were skipped (Reuters has one story with neither title nor body).
        if done.returncode not in (0, 2):
            sys.exit(f"{cmd} failed with status {done.returncode}")
        seconds = time.perf_counter() - started
        return seconds, int(report.read().strip().splitlines()[-1]) / 1024


def median_run(runs, cmd, before=None, env=None):
    """Median seconds and peak MB of `runs` runs of cmd, `before` called ahead of each."""
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(timed(cmd, env))
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def du(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 2**20


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


FOCUS_SAMPLES = {
    # What each kind of focus value is drawn from: every value of it in the store.
    "doc": "SELECT ?v WHERE { ?a <https://w3id.org/claimgraph/ns#docId> ?v }",
    "name": "SELECT DISTINCT ?v WHERE { ?x <https://w3id.org/claimgraph/ns#attributedTo> ?a . "
            "?a <http://www.w3.org/2000/01/rdf-schema#label> ?v }",
    "cluster": "SELECT ?v WHERE { ?v a <https://w3id.org/claimgraph/ns#ClaimCluster> }",
}
FOCUS_SAMPLES["actor"] = FOCUS_SAMPLES["name"]


def percentiles(times):
    times = sorted(times)
    # Nearest rank: with 5 runs the p95 is the slowest.
    p95 = times[min(len(times) - 1, -(-95 * len(times) // 100) - 1)]
    return {"p50": statistics.median(times), "p95": p95, "max": times[-1], "n": len(times)}


def get(url, accept="application/sparql-results+json"):
    request = urllib.request.Request(url, headers={"Accept": accept})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=900) as response:
        body = response.read()
    return time.perf_counter() - started, body


def query_latencies(store, runs, samples):
    """Latencies of every canned query through `claimgraph serve`: narrowed to one value
    (`GET /queries/NAME?VAR=VALUE`, one request for each of `samples` values spread evenly
    over the store's values of VAR), and whole (`runs` requests, 0 for none)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([CLAIMGRAPH, "--store", store, "serve", "--bind", f"127.0.0.1:{port}",
                               "--timeout", "900", "--max-rows", "100000000"],
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/health", timeout=2)
                break
            except OSError:
                if time.time() > deadline:
                    sys.exit("claimgraph serve did not start")
                time.sleep(0.2)
        values = {}
        for var, sparql in FOCUS_SAMPLES.items():
            _, body = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": sparql, "format": "tsv"}),
                          accept="text/tab-separated-values")
            found = sorted(body.decode().splitlines()[1:])
            step = max(1, len(found) // samples)
            values[var] = [v for v in found[::step][:samples]]
        canned = json.loads(get(f"{base}/queries", accept="application/json")[1])
        focused, whole = {}, {}
        for q in canned:
            for focus in q["focus"]:
                times = []
                for term in values[focus["name"]]:
                    # TSV terms: literals quoted, IRIs in angle brackets; the endpoint takes both bare.
                    value = term[1:-1] if term[:1] in '"<' else term
                    value = value.replace('\\"', '"').replace("\\\\", "\\")
                    url = f"{base}/queries/{q['name']}?" + urllib.parse.urlencode({focus["name"]: value})
                    times.append(get(url)[0])
                key = f"{q['name']}?{focus['name']}"
                focused[key] = percentiles(times)
                print(f"  {key:34} p50 {focused[key]['p50'] * 1000:6.1f} ms  p95 {focused[key]['p95'] * 1000:6.1f} ms"
                      f"  max {focused[key]['max'] * 1000:6.1f} ms  ({len(times)} values)", flush=True)
            if runs:
                times = [get(f"{base}/queries/{q['name']}")[0] for _ in range(runs)]
                whole[q["name"]] = percentiles(times)
                print(f"  {q['name']:34} whole table p50 {whole[q['name']]['p50']:.3f} s", flush=True)
        return {"focused": focused, "whole": whole}
    finally:
        server.terminate()
        server.wait()


def run(work, scales, runs, query_runs, samples):
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    for n in scales:
        corpus, store, ox, dump = (work / f"corpus-{n}", work / f"store-{n}", work / f"ox-{n}",
                                   work / f"dump-{n}.nq")
        shutil.rmtree(corpus, ignore_errors=True)
        size = make(n, corpus)
        mb = size / 2**20
        print(f"{n} articles, {mb:.0f} MB", flush=True)
        one_core = dict(os.environ, RAYON_NUM_THREADS="1")
        extract1, _ = median_run(runs, [CLAIMGRAPH, "extract", corpus, "-o", "/dev/null"], env=one_core)
        extract, _ = median_run(runs, [CLAIMGRAPH, "extract", corpus, "-o", "/dev/null"])
        ingest, ingest_mb = median_run(runs, [CLAIMGRAPH, "--store", store, "ingest", corpus],
                                       before=lambda: shutil.rmtree(store, ignore_errors=True))
        subprocess.run([CLAIMGRAPH, "--store", store, "dump", "-o", dump], check=True)
        quads = sum(1 for _ in open(dump, "rb"))
        load, load_mb = median_run(runs, [oxigraph, "load", "--location", ox, "--file", dump],
                                   before=lambda: shutil.rmtree(ox, ignore_errors=True))
        result = {
            "articles": n, "input_mb": mb, "quads": quads,
            "extract_s_1core": extract1, "extract_mb_s_1core": mb / extract1,
            "extract_s": extract, "extract_mb_s": mb / extract,
            "ingest_s": ingest, "ingest_peak_mb": ingest_mb, "store_mb": du(store),
            "oxigraph_load_s": load, "oxigraph_load_peak_mb": load_mb, "oxigraph_store_mb": du(ox),
        }
        print(json.dumps(result), flush=True)
        shutil.rmtree(ox, ignore_errors=True)
        dump.unlink()
        shutil.rmtree(corpus, ignore_errors=True)
        result["queries"] = query_latencies(store, query_runs, samples)
        shutil.rmtree(store, ignore_errors=True)
        with open(work / "results.jsonl", "a") as f:
            f.write(json.dumps(result) + "\n")


def plot(work, out):
    """A table for BENCHMARKS.md and an SVG of time and memory against corpus size."""
    rows = [json.loads(line) for line in open(Path(work) / "results.jsonl")]
    rows.sort(key=lambda r: r["articles"])
    print("| articles | input MB | quads | extract MB/s (1 core / 2) | ingest s | oxigraph load s "
          "| ratio | ingest peak MB | oxigraph peak MB | store MB | oxigraph MB "
          "| narrowed query p95, slowest | whole table, slowest |")
    print("| ---: " * 13 + "|")
    for r in rows:
        focused, whole = r["queries"]["focused"], r["queries"]["whole"]
        narrow = max(focused.items(), key=lambda kv: kv[1]["p95"]) if focused else None
        table = max(whole.items(), key=lambda kv: kv[1]["p50"]) if whole else None
        narrow = f"{narrow[1]['p95'] * 1000:.1f} ms ({narrow[0]})" if narrow else "-"
        table = f"{table[1]['p50']:.1f} s ({table[0]})" if table else "-"
        print(f"| {r['articles']:,} | {r['input_mb']:.0f} | {r['quads']:,} | "
              f"{r['extract_mb_s_1core']:.1f} / {r['extract_mb_s']:.1f} | {r['ingest_s']:.1f} | "
              f"{r['oxigraph_load_s']:.1f} | {r['ingest_s'] / r['oxigraph_load_s']:.2f} | "
              f"{r['ingest_peak_mb']:.0f} | {r['oxigraph_load_peak_mb']:.0f} | {r['store_mb']:.0f} | "
              f"{r['oxigraph_store_mb']:.0f} | {narrow} | {table} |")
    series = [("claimgraph ingest, s", "ingest_s", "#1f77b4", False),
              ("oxigraph load, s", "oxigraph_load_s", "#ff7f0e", False),
              ("ingest peak memory, MB", "ingest_peak_mb", "#2ca02c", True),
              ("oxigraph load peak memory, MB", "oxigraph_load_peak_mb", "#d62728", True)]
    w, h, left, bottom, top, right = 640, 360, 60, 40, 20, 60
    xmax = max(r["articles"] for r in rows) * 1.05
    tmax = max(max(r["ingest_s"], r["oxigraph_load_s"]) for r in rows) * 1.1
    mmax = max(max(r["ingest_peak_mb"], r["oxigraph_load_peak_mb"]) for r in rows) * 1.1
    x = lambda v: left + (w - left - right) * v / xmax
    y = lambda v, top_value: h - bottom - (h - bottom - top) * v / top_value
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">',
             '<rect width="100%" height="100%" fill="white"/>',
             f'<line x1="{left}" y1="{h - bottom}" x2="{w - right}" y2="{h - bottom}" stroke="black"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{h - bottom}" stroke="black"/>',
             f'<line x1="{w - right}" y1="{top}" x2="{w - right}" y2="{h - bottom}" stroke="black"/>',
             f'<text x="{(w + left - right) / 2}" y="{h - 8}" text-anchor="middle">articles</text>',
             f'<text x="14" y="{top - 6}">seconds</text>',
             f'<text x="{w - right - 10}" y="{top - 6}">MB</text>']
    for i in range(5):
        xv, tv, mv = xmax * i / 4, tmax * i / 4, mmax * i / 4
        parts.append(f'<text x="{x(xv)}" y="{h - bottom + 14}" text-anchor="middle">{xv / 1000:.0f}k</text>')
        parts.append(f'<text x="{left - 4}" y="{y(tv, tmax) + 4}" text-anchor="end">{tv:.0f}</text>')
        parts.append(f'<text x="{w - right + 4}" y="{y(mv, mmax) + 4}">{mv:.0f}</text>')
    for i, (label, key, colour, memory) in enumerate(series):
        top_value = mmax if memory else tmax
        points = " ".join(f"{x(r['articles']):.1f},{y(r[key], top_value):.1f}" for r in rows)
        dash = ' stroke-dasharray="5,3"' if memory else ""
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for r in rows:
            parts.append(f'<circle cx="{x(r["articles"]):.1f}" cy="{y(r[key], top_value):.1f}" r="3" fill="{colour}"/>')
        parts.append(f'<line x1="{left + 10}" y1="{top + 10 + 14 * i}" x2="{left + 30}" y2="{top + 10 + 14 * i}" '
                     f'stroke="{colour}" stroke-width="2"{dash}/>')
        parts.append(f'<text x="{left + 36}" y="{top + 14 + 14 * i}">{label}</text>')
    parts.append("</svg>")
    Path(out).write_text("\n".join(parts) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("n", type=int)
    m.add_argument("dir")
    r = sub.add_parser("run")
    r.add_argument("work")
    r.add_argument("--scales", default="22417,44834,89668")
    r.add_argument("--runs", type=int, default=3)
    r.add_argument("--query-runs", type=int, default=1,
                   help="requests of each whole table (0: none; they take seconds to minutes)")
    r.add_argument("--samples", type=int, default=20,
                   help="values each narrowed query is asked for")
    p = sub.add_parser("plot")
    p.add_argument("work")
    p.add_argument("--out", default=str(ROOT / "docs" / "scale.svg"))
    args = parser.parse_args()
    if args.command == "make":
        size = make(args.n, args.dir)
        print(f"{args.n} articles, {size / 2**20:.0f} MB in {args.dir}")
    elif args.command == "run":
        run(args.work, [int(s) for s in args.scales.split(",")], args.runs, args.query_runs,
            args.samples)
    else:
        plot(args.work, args.out)


if __name__ == "__main__":
    main()
