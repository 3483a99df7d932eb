//! What the endpoint says about itself: the HTML page at `/` and the SPARQL service
//! description at `GET /sparql` without a query.

/// The page: a query box, the canned queries to pick from, results as a table and a
/// CSV link. Everything is inline: the page works with no network beyond the endpoint.
pub fn html() -> String {
    let canned: Vec<serde_json::Value> = claimgraph_queries::all()
        .map(|q| serde_json::json!({"name": q.name, "description": q.description, "text": q.text}))
        .collect();
    // "</script>" inside a query would end the script element early.
    let json = serde_json::Value::from(canned)
        .to_string()
        .replace("</", "<\\/");
    include_str!("page.html").replace("/*CANNED*/[]", &json)
}

/// A SPARQL 1.1 Service Description in Turtle for the endpoint at `endpoint`.
pub fn service_description(endpoint: &str, update: bool) -> String {
    let languages = if update {
        "sd:SPARQL11Query, sd:SPARQL11Update"
    } else {
        "sd:SPARQL11Query"
    };
    let endpoint = endpoint.replace(['<', '>', '"', ' '], "");
    format!(
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .

[] a sd:Service ;
   sd:endpoint <{endpoint}> ;
   sd:supportedLanguage {languages} ;
   sd:feature sd:UnionDefaultGraph ;
   sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML,
       formats:SPARQL_Results_CSV, formats:SPARQL_Results_TSV, formats:Turtle,
       formats:N-Triples, formats:N-Quads, formats:RDF_XML ;
   sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_carries_every_canned_query_safely() {
        let page = html();
        for q in claimgraph_queries::all() {
            assert!(
                page.contains(&format!("\"name\":\"{}\"", q.name)),
                "{}",
                q.name
            );
        }
        assert!(!page.contains("/*CANNED*/"));
        assert_eq!(page.matches("</script>").count(), 1);
    }
}
