"""Writing the index: analysis, schema, where it lives, and the indexing run."""
