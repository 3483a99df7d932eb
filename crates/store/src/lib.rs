//! The Oxigraph store: open, ingest, query, result formats, stats
