"""The notebook clients against a running `claimgraph serve`, as researchers use them.

Run by tests/endpoint.rs with the endpoint's base URL as the only argument; every check
is an assert, so any failure exits non-zero with the client's own error.
"""

import io
import json
import sys
import urllib.parse
import urllib.request

import pandas as pd
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

BASE = sys.argv[1].rstrip("/")
ENDPOINT = BASE + "/sparql"

PREFIXES = """PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
ATTRIBUTIONS = PREFIXES + """
SELECT ?doc ?actor ?content WHERE {
  ?a a cg:Attribution ; cg:inArticle/cg:docId ?doc ; cg:claim/schema:text ?content .
  OPTIONAL { ?a cg:attributedTo/rdfs:label ?actor }
} ORDER BY ?doc ?content"""


def sparqlwrapper_checks():
    # The default: GET, and the XML results format.
    sw = SPARQLWrapper(ENDPOINT)
    sw.setQuery(ATTRIBUTIONS)
    sw.setReturnFormat(XML)
    xml_rows = sw.query().convert().getElementsByTagName("result")
    assert len(xml_rows) >= 40, len(xml_rows)

    sw.setReturnFormat(JSON)
    bindings = sw.query().convert()["results"]["bindings"]
    assert len(bindings) == len(xml_rows)
    actors = {b["actor"]["value"] for b in bindings if "actor" in b}
    assert "Ned Price" in actors and "State Department" in actors, actors

    # POST, as SPARQLWrapper does for long queries.
    sw.setMethod("POST")
    assert len(sw.query().convert()["results"]["bindings"]) == len(bindings)

    sw = SPARQLWrapper(ENDPOINT)
    sw.setQuery(PREFIXES + "ASK { ?a a cg:Attribution }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True

    sw.setQuery(PREFIXES + "SELECT ?doc WHERE { ?a cg:docId ?doc } ORDER BY ?doc")
    sw.setReturnFormat(CSV)
    csv = sw.query().convert().decode()
    assert csv.splitlines()[0] == "doc" and len(csv.splitlines()) == 5, csv

    sw.setQuery(PREFIXES + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a schema:Person ; rdfs:label ?l }")
    sw.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    labels = {str(o) for o in graph.objects(None, rdflib.RDFS.label)}
    assert "Ned Price" in labels, labels
    return len(bindings)


def rdflib_checks(expected):
    # rdflib's SPARQLStore: XML results by default, RDF/XML for graphs.
    store = SPARQLStore(ENDPOINT)
    graph = rdflib.Graph(store=store)
    rows = list(graph.query(ATTRIBUTIONS))
    assert len(rows) == expected, (len(rows), expected)
    assert any(str(r.actor) == "Ned Price" for r in rows)
    constructed = graph.query(
        PREFIXES + "CONSTRUCT { ?o a schema:NewsMediaOrganization } WHERE { ?o a schema:NewsMediaOrganization }"
    )
    outlets = {str(s) for s in constructed.graph.subjects()}
    assert "https://w3id.org/claimgraph/id/outlet/new-york-times" in outlets, outlets


def pandas_checks(expected):
    # pandas sends no Accept header: the format parameter picks CSV.
    url = ENDPOINT + "?" + urllib.parse.urlencode({"query": ATTRIBUTIONS, "format": "csv"})
    frame = pd.read_csv(url)
    assert list(frame.columns) == ["doc", "actor", "content"], list(frame.columns)
    assert len(frame) == expected, (len(frame), expected)
    per_doc = frame.groupby("doc").size()
    assert len(per_doc) == 4, per_doc
    # TSV by Accept, read from the response body.
    request = urllib.request.Request(
        ENDPOINT + "?" + urllib.parse.urlencode({"query": ATTRIBUTIONS}),
        headers={"Accept": "text/tab-separated-values"},
    )
    with urllib.request.urlopen(request) as response:
        tsv = pd.read_csv(io.StringIO(response.read().decode()), sep="\t")
    assert len(tsv) == expected


def canned_checks(expected):
    # The canned queries by name, narrowed per article, straight into pandas: the rows of
    # every article together are the whole table's.
    with urllib.request.urlopen(BASE + "/queries") as response:
        listed = {q["name"]: q for q in json.load(response)}
    assert [f["name"] for f in listed["attributions"]["focus"]] == ["doc"], listed["attributions"]
    whole = pd.read_csv(BASE + "/queries/attributions?format=csv")
    assert len(whole) > 0.9 * expected, (len(whole), expected)  # DISTINCT rows of the same
    parts = [
        pd.read_csv(BASE + "/queries/attributions?" + urllib.parse.urlencode({"doc": doc, "format": "csv"}))
        for doc in sorted(whole["doc"].unique())
    ]
    assert all(len(p["doc"].unique()) == 1 for p in parts)
    assert sum(len(p) for p in parts) == len(whole), ([len(p) for p in parts], len(whole))


def main():
    expected = sparqlwrapper_checks()
    rdflib_checks(expected)
    pandas_checks(expected)
    canned_checks(expected)
    print(f"clients: SPARQLWrapper, rdflib and pandas agree on {expected} attributions")


if __name__ == "__main__":
    main()
