"""Endpoint benchmark: `claimgraph serve` against Oxigraph's own server (the `oxigraph`
package on PyPI, same Oxigraph version), on the same quads, with the canned queries.

    python bench/endpoint.py STORE [--runs 5]

STORE is a claimgraph store (e.g. after `claimgraph ingest ../shared/data/reuters21578
../shared/data/polnear/train/text`). Its dump is loaded into a fresh Oxigraph store in a
temporary directory; both servers answer every query in queries/ over the union graph,
as SPARQL JSON by POST. Prints, per query, the median wall time of RUNS requests on each
server, their ratio, and whether both gave the same number of rows.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", Path.home() / ".cache/claimgraph/target"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"server at {url} did not start")


def run_query(endpoint, query):
    request = urllib.request.Request(
        endpoint,
        data=query.encode(),
        headers={
            "Content-Type": "application/sparql-query",
            "Accept": "application/sparql-results+json",
        },
    )
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            body = response.read()
    except urllib.error.HTTPError as e:
        return time.perf_counter() - started, f"HTTP {e.code}"
    elapsed = time.perf_counter() - started
    return elapsed, len(json.loads(body)["results"]["bindings"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    claimgraph = TARGET / "release" / "claimgraph"
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    queries = sorted((ROOT / "queries").glob("*.rq"))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "all.nq"
        subprocess.run([claimgraph, "--store", args.store, "dump", "-o", dump], check=True)
        subprocess.run([oxigraph, "load", "--location", Path(tmp) / "ox", "--file", dump], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ports = free_port(), free_port()
        servers = [
            subprocess.Popen([claimgraph, "--store", args.store, "serve", "--bind", f"127.0.0.1:{ports[0]}",
                              "--timeout", "600"], stderr=subprocess.DEVNULL),
            subprocess.Popen([oxigraph, "serve-read-only", "--location", Path(tmp) / "ox", "--bind",
                              f"127.0.0.1:{ports[1]}", "--union-default-graph", "--timeout-s", "600"],
                             stderr=subprocess.DEVNULL),
        ]
        try:
            wait_up(f"http://127.0.0.1:{ports[0]}/health")
            wait_up(f"http://127.0.0.1:{ports[1]}/")
            endpoints = [f"http://127.0.0.1:{ports[0]}/sparql", f"http://127.0.0.1:{ports[1]}/query"]
            print(f"{'query':28} {'claimgraph s':>13} {'oxigraph s':>11} {'ratio':>6}  rows")
            for path in queries:
                text = path.read_text()
                medians, rows = [], []
                for endpoint in endpoints:
                    times = []
                    for _ in range(args.runs):
                        elapsed, n = run_query(endpoint, text)
                        times.append(elapsed)
                    medians.append(statistics.median(times))
                    rows.append(n)
                same = "same" if rows[0] == rows[1] else f"differ {rows}"
                print(f"{path.stem:28} {medians[0]:13.3f} {medians[1]:11.3f} "
                      f"{medians[0] / medians[1]:6.2f}  {rows[0]} {same}")
        finally:
            for s in servers:
                s.terminate()
                s.wait()


if __name__ == "__main__":
    main()
