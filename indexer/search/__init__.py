"""Searching the index: the query language, the search API, the engine behind it, snippets."""
