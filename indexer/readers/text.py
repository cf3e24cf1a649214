"""Minutes as text: typed, Markdown, ModernGov pages saved as text, or text extracted from PDFs."""

from __future__ import annotations

from indexer.reflow import text_to_blocks
from indexer.structure import DraftMeeting, structure


def read_text(text: str) -> DraftMeeting:
    return structure(text_to_blocks(text))


def read_moderngov_text(text: str) -> DraftMeeting:
    """A ModernGov page saved as text: an item's minutes are only what follows its `Minutes:`."""
    return structure(text_to_blocks(text), labelled=True)
