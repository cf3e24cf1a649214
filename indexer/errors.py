"""The one error a reader raises for a document it cannot read; its message names the reason."""


class ReadError(Exception):
    """The document cannot be read as minutes; str(error) says why, for the user."""
