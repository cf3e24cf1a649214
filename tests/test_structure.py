"""Item titles and minutes: what is link text on the page is not part of the minutes."""

from __future__ import annotations

from indexer.structure import strip_link_text


def test_agenda_page_numbers_and_document_links_leave_titles():
    assert strip_link_text("Minutes of the meeting held on 11 January 2023 (Pages 1 - 6)") == (
        "Minutes of the meeting held on 11 January 2023"
    )
    assert strip_link_text("Household Support Fund pdf icon PDF 320 KB") == "Household Support Fund"


def test_every_item_type_is_in_the_documented_vocabulary():
    from pathlib import Path

    from indexer.item_types import ITEM_TYPES
    from indexer.parse import parse_file

    root = Path(__file__).resolve().parent.parent
    documents = [*(root / "corpus").glob("*.txt"), *(root / "tests" / "documents").rglob("*.*")]
    types = {item.type for document in documents for item in parse_file(document).items}
    assert types <= set(ITEM_TYPES)
    assert len(types) >= 10  # the test documents exercise nearly the whole vocabulary
