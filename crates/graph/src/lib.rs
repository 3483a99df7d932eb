//! A petgraph view of the claim graph: chain analysis and DOT export
