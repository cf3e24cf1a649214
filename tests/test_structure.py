"""Item titles and minutes: what is link text on the page is not part of the minutes."""

from __future__ import annotations

from indexer.structure import strip_link_text


def test_agenda_page_numbers_and_document_links_leave_titles():
    assert strip_link_text("Minutes of the meeting held on 11 January 2023 (Pages 1 - 6)") == (
        "Minutes of the meeting held on 11 January 2023"
    )
    assert strip_link_text("Household Support Fund pdf icon PDF 320 KB") == "Household Support Fund"
