//! Cross-article linking: claim clusters, disagreements, citation-chain origins
