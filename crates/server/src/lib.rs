//! The HTTP SPARQL 1.1 Protocol endpoint over a claimgraph store
