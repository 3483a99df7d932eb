//! End-to-end tests of `claimgraph serve` over real HTTP on the bundled corpus: the
//! SPARQL 1.1 Protocol (methods, dataset parameters, formats), the service description,
//! read-only by default and updates behind a token, SERVICE refused, limits (timeout,
//! rows, body size, concurrent evaluations), CORS, and the page at `/`.

mod common;

use common::*;

const COUNT_CLAIMS: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim }";

fn count_in(json: &str) -> u64 {
    let v: serde_json::Value = serde_json::from_str(json).expect(json);
    v["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn the_protocol_answers_every_method_and_format() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let get = server.query(COUNT_CLAIMS, "", "*/*");
    assert_eq!(get.status, 200, "{get:?}");
    let claims = count_in(&get.body);
    assert!(claims > 50, "{claims}");
    // POST as a form and as a SPARQL body give the same answer.
    let form = format!("query={}", encode(COUNT_CLAIMS));
    let post = server.post("application/x-www-form-urlencoded", form.as_bytes());
    assert_eq!(count_in(&post.body), claims);
    let body = server.post("application/sparql-query", COUNT_CLAIMS.as_bytes());
    assert_eq!(count_in(&body.body), claims);
    // XML is what SPARQLWrapper asks for by default; CSV by format= as pandas needs.
    let xml = server.query(COUNT_CLAIMS, "", "application/sparql-results+xml");
    assert_eq!(
        xml.header("content-type"),
        Some("application/sparql-results+xml")
    );
    assert!(
        xml.body.contains(&format!(">{claims}</literal>")),
        "{}",
        xml.body
    );
    let csv = server.query(COUNT_CLAIMS, "&format=csv", "");
    assert_eq!(csv.body.trim(), format!("n\r\n{claims}").trim(), "{csv:?}");
    let tsv = server.query(COUNT_CLAIMS, "", "text/tab-separated-values");
    assert!(tsv.body.starts_with("?n\n"), "{tsv:?}");
    // Graphs by Accept: RDF/XML and N-Triples.
    let construct = "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a schema:Person ; rdfs:label ?l }";
    let rdfxml = server.query(construct, "", "application/rdf+xml");
    assert_eq!(rdfxml.header("content-type"), Some("application/rdf+xml"));
    assert!(rdfxml.body.contains("Ned Price"), "{rdfxml:?}");
    let nt = server.query(construct, "", "application/n-triples");
    assert!(nt.body.lines().all(|l| l.ends_with(" .")), "{nt:?}");
}

#[test]
fn a_twelve_kilobyte_query_works_by_get() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let mut query = String::from("SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Claim ");
    while query.len() < 12 * 1024 {
        query.push_str("FILTER(?c != <https://example.org/not-a-claim/padding-padding-padding>) ");
    }
    query.push('}');
    let path = format!("/sparql?query={}", encode(&query));
    assert!(path.len() > 12 * 1024);
    let r = server.get(&path, "application/sparql-results+json");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(count_in(&r.body) > 50);
}

#[test]
fn dataset_parameters_pick_graphs() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let union = count_in(&server.query(COUNT_CLAIMS, "", "*/*").body);
    let article = "https://w3id.org/claimgraph/id/article/001_9b01563cfbac5dae";
    let one = server.query(
        COUNT_CLAIMS,
        &format!("&default-graph-uri={}", encode(article)),
        "*/*",
    );
    let one = count_in(&one.body);
    assert!(one > 0 && one < union, "{one} of {union}");
    let named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let r = server.query(
        named,
        &format!("&named-graph-uri={}", encode(article)),
        "*/*",
    );
    assert_eq!(count_in(&r.body), 1);
    let bad = server.get(
        &format!(
            "/sparql?query={}&default-graph-uri=not%20an%20iri",
            encode(COUNT_CLAIMS)
        ),
        "*/*",
    );
    assert_eq!(bad.status, 400);
}

#[test]
fn get_without_a_query_describes_the_service() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let r = server.get("/sparql", "text/turtle");
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("text/turtle"));
    assert!(
        r.body.contains("sd:Service") && r.body.contains("sd:SPARQL11Query"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("SPARQL11Update"));
    let health = server.get("/health", "*/*");
    assert_eq!((health.status, health.body.trim()), (200, "ok"));
    let page = server.get("/", "text/html");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<textarea") && page.body.contains("\"name\":\"claim-origins\""));
}

#[test]
fn updates_are_refused_unless_allowed_and_authorised() {
    let (_dir, store) = ingested();
    let insert = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> rdfs:label \"added\" } }";
    let check = "ASK { <https://example.org/s> rdfs:label \"added\" }";
    {
        let server = Server::start(&store, &[]);
        let r = server.post("application/sparql-update", insert.as_bytes());
        assert_eq!(r.status, 403, "{r:?}");
        assert!(r.body.contains("read-only"));
        // An update sent as a query does not parse as one.
        let r = server.query(insert, "", "*/*");
        assert_eq!(r.status, 400);
        // The server's own view of the store is unchanged.
        let ask = server.query(check, "", "application/sparql-results+json");
        assert!(ask.body.contains("false"), "{ask:?}");
    }
    let server = Server::start_with_env(
        &store,
        &["--allow-update"],
        &[("CLAIMGRAPH_UPDATE_TOKEN", "s3cret")],
    );
    let form = format!("update={}", encode(insert));
    let form_type = ("Content-Type", "application/x-www-form-urlencoded");
    let r = server.request("POST", "/sparql", &[form_type], form.as_bytes());
    assert_eq!(r.status, 401);
    assert_eq!(r.header("www-authenticate"), Some("Bearer"));
    let r = server.request(
        "POST",
        "/sparql",
        &[form_type, ("Authorization", "Bearer wrong")],
        form.as_bytes(),
    );
    assert_eq!(r.status, 401);
    let r = server.request(
        "POST",
        "/sparql",
        &[form_type, ("Authorization", "Bearer s3cret")],
        form.as_bytes(),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let ask = server.query(check, "", "application/sparql-results+json");
    assert!(ask.body.contains("true"), "{ask:?}");
    assert!(server.get("/sparql", "*/*").body.contains("SPARQL11Update"));
}

#[test]
fn service_is_refused_without_an_outbound_request() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let before = server.query(count, "", "application/sparql-results+json");
    // A listener that SERVICE would call, to see that nobody does.
    let remote = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    remote.set_nonblocking(true).unwrap();
    let q = format!(
        "SELECT * WHERE {{ SERVICE <http://{}/sparql> {{ ?s ?p ?o }} }}",
        remote.local_addr().unwrap()
    );
    let r = server.query(&q, "", "*/*");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("SERVICE is refused"), "{}", r.body);
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(remote.accept().is_err(), "the endpoint called the SERVICE");
    let after = server.query(count, "", "application/sparql-results+json");
    assert_eq!(count_in(&before.body), count_in(&after.body));
}

/// A query that runs for minutes on the bundled corpus: three unconstrained patterns.
const SLOW: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

#[test]
fn a_slow_query_is_cancelled_with_503_and_a_message() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &["--timeout", "1"]);
    let started = std::time::Instant::now();
    let r = server.query(SLOW, "", "*/*");
    assert_eq!(r.status, 503, "{r:?}");
    assert!(r.body.contains("timed out"), "{}", r.body);
    assert!(started.elapsed().as_secs() < 20);
    // The cancelled evaluation gave its slot back: the next query is answered.
    let r = server.query(COUNT_CLAIMS, "", "*/*");
    assert_eq!(r.status, 200, "{r:?}");
}

#[test]
fn busy_slots_answer_503_with_retry_after() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &["--max-concurrent", "1", "--timeout", "5"]);
    std::thread::scope(|scope| {
        let slow = scope.spawn(|| server.query(SLOW, "", "*/*"));
        std::thread::sleep(std::time::Duration::from_millis(700));
        let r = server.query(COUNT_CLAIMS, "", "*/*");
        assert_eq!(r.status, 503, "{r:?}");
        assert_eq!(r.header("retry-after"), Some("1"));
        assert_eq!(slow.join().unwrap().status, 503);
    });
}

#[test]
fn a_client_that_hangs_up_releases_its_evaluation() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &["--max-concurrent", "1", "--timeout", "120"]);
    server.send_and_hang_up(&format!("/sparql?query={}", encode(SLOW)));
    // The only slot is free again well before the two-minute timeout.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let r = server.query(COUNT_CLAIMS, "", "*/*");
        if r.status == 200 {
            break;
        }
        assert_eq!(r.status, 503, "{r:?}");
        assert!(
            std::time::Instant::now() < deadline,
            "the slot was never released"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn sigterm_and_sigint_shut_the_server_down_cleanly() {
    let (_dir, store) = ingested();
    for signal in ["TERM", "INT"] {
        let mut server = Server::start(&store, &[]);
        assert!(server.signal(signal, 10), "no clean exit after SIG{signal}");
        // The store is free again.
        stdout(cg(&store).arg("ingest").arg(corpus()));
    }
}

#[test]
fn results_over_the_row_cap_and_bodies_over_the_limit_are_refused() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &["--max-rows", "5", "--max-body", "2000"]);
    let r = server.query("SELECT * WHERE { ?s ?p ?o }", "", "*/*");
    assert_eq!(r.status, 400);
    assert!(r.body.contains("more than 5 rows"), "{}", r.body);
    let r = server.get(
        &format!(
            "/sparql?query={}",
            encode("SELECT * WHERE { ?s ?p ?o } LIMIT 5")
        ),
        "*/*",
    );
    assert_eq!(r.status, 200);
    let big = format!("{COUNT_CLAIMS} # {}", "x".repeat(3000));
    let r = server.post("application/sparql-query", big.as_bytes());
    assert_eq!(r.status, 413, "{r:?}");
}

#[test]
fn cors_answers_preflight_for_the_allowed_origin() {
    let (_dir, store) = ingested();
    let server = Server::start(&store, &["--cors", "https://notebooks.example.org"]);
    let preflight = server.request(
        "OPTIONS",
        "/sparql",
        &[
            ("Origin", "https://notebooks.example.org"),
            ("Access-Control-Request-Method", "POST"),
            ("Access-Control-Request-Headers", "content-type"),
        ],
        b"",
    );
    assert!(preflight.status < 300, "{preflight:?}");
    assert_eq!(
        preflight.header("access-control-allow-origin"),
        Some("https://notebooks.example.org")
    );
    let methods = preflight
        .header("access-control-allow-methods")
        .unwrap_or("");
    assert!(
        methods.contains("POST") && methods.contains("GET"),
        "{methods}"
    );
    assert!(preflight
        .header("access-control-allow-headers")
        .unwrap_or("")
        .contains("content-type"));
    let other = server.request(
        "GET",
        "/health",
        &[("Origin", "https://elsewhere.example")],
        b"",
    );
    assert_eq!(other.header("access-control-allow-origin"), None);
}

/// Runs a script of tests/clients with the endpoint's base URL, in the virtual
/// environment `./dev test` sets up and names in CLAIMGRAPH_PYTHON; a bare `cargo test`
/// without it says so and skips. The script's last line must contain `expect`.
fn run_client_script(script: &str, expect: &str) {
    let Some(python) = std::env::var_os("CLAIMGRAPH_PYTHON") else {
        eprintln!("skipped: CLAIMGRAPH_PYTHON is not set (./dev test sets it up)");
        return;
    };
    let (_dir, store) = ingested();
    let server = Server::start(&store, &[]);
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/clients")
        .join(script);
    let out = std::process::Command::new(python)
        .arg(script)
        .arg(format!("http://127.0.0.1:{}", server.port))
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(expect), "{stdout}");
}

/// SPARQLWrapper, rdflib and pandas, from PyPI as notebooks have them, against the
/// endpoint (tests/clients/clients.py).
#[test]
fn notebook_clients_read_the_endpoint() {
    run_client_script("clients.py", "agree on");
}

/// The page at `/` in headless Chromium through Selenium (tests/clients/page.py): a
/// canned query picked, run, shown as a table, and its CSV link.
#[test]
fn the_page_runs_canned_queries_in_a_browser() {
    run_client_script("page.py", "CSV link agrees");
}
