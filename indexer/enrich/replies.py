"""Which questions an answer answers.

Answers rarely repeat the question's words: "Q1. Can the Cabinet Member confirm the timetable for the new Millbrook
footbridge?" is answered by "Reply: Councillor Johal said that the new bridge would open in April 2025". Each answer
records the questions it follows, so that the index can find it by their words too (`question` in the index).
"""

from __future__ import annotations

import re

from indexer.model import Paragraph

# "Supplementary: Councillor Oakshott asked …", "Cllr Demir asked a supplementary question": a follow-up, whose
# subject is the question it follows
_FOLLOW_UP = re.compile(r"\bsupplementa(?:ry|l)\b", re.I)
_FOLLOW_UP_REACH = 120  # where a follow-up says it is one
_EXCHANGE_REACH = 4  # the paragraphs an answer looks back over for its question


def link_replies(paragraphs: list[Paragraph]) -> None:
    """Set `replies_to` on each paragraph of one item that answers or follows up an earlier question: the
    follow-ups back to the question they follow, and that question. A paragraph that asks its own question
    (not a follow-up) stands alone."""
    for index, paragraph in enumerate(paragraphs):
        kinds = paragraph.kinds
        if ("answer" in kinds and "question" not in kinds) or ("question" in kinds and _is_follow_up(paragraph)):
            paragraph.replies_to = _asked_before(paragraphs, index)


def _asked_before(paragraphs: list[Paragraph], index: int) -> list[str]:
    asked: list[str] = []
    for earlier in reversed(paragraphs[max(0, index - _EXCHANGE_REACH):index]):
        if "question" in earlier.kinds:
            asked.append(earlier.id)
            if not _is_follow_up(earlier):
                break
        elif "answer" not in earlier.kinds:
            break
    return asked


def _is_follow_up(paragraph: Paragraph) -> bool:
    return bool(_FOLLOW_UP.search(paragraph.text[:_FOLLOW_UP_REACH]))
