"""The RDF side: vocabulary, IRIs, mapping from extractions, the store, queries and export."""
