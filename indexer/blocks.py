"""Blocks, the readers' common intermediate, and how they become paragraphs.

Every reader first turns its input into a flat list of blocks (a paragraph, a list entry or a
heading, each already on one line); the item structure and the paragraphs are then built from the
blocks the same way for every format. The paragraph rules are in `docs/format.md`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.textutil import is_decision_line, is_lead_in, leads_to_decisions, sentence_count

SHORT_ENTRY_CHARS = 250


@dataclass
class Block:
    text: str
    kind: str = "para"  # para | bullet | numbered | heading
    marker: str | None = None  # "·" for bullets, "1." / "(a)" for numbered entries
    level: int = 0  # nesting of list entries
    emphasis: bool = False  # the whole block is bold or a Markdown heading: a heading hint
    symbol: str = ""  # the bullet character as written, to tell sub-lists from lists

    @property
    def is_entry(self) -> bool:
        return self.kind in ("bullet", "numbered")


@dataclass
class _Entry:
    block: Block
    subs: list[Block] = field(default_factory=list)

    def render(self, with_marker: bool) -> str:
        """The entry as text; a bullet standing alone as a paragraph loses its bullet, but a
        number or letter is kept, since minutes refer to it ("minute 36(c)")."""
        keep = with_marker or self.block.kind == "numbered"
        head = f"{self.block.marker} {self.block.text}" if keep else self.block.text
        return " ".join([head, *(f"{sub.marker} {sub.text}" for sub in self.subs)])

    @property
    def is_short(self) -> bool:
        return all(
            sentence_count(block.text) <= 1 and len(block.text) < SHORT_ENTRY_CHARS
            for block in (self.block, *self.subs)
        )


def _entries(run: list[Block]) -> list[_Entry]:
    """The run's entries, each with its sub-entries: those indented under it, and those lettered under an entry
    numbered that leads into them ("(8) RESOLVED:" over "(a) that the report be noted;")."""
    top = min(block.level for block in run)
    entries: list[_Entry] = []
    for block in run:
        if entries and (block.level > top or _leads_into(entries[-1], block)):
            entries[-1].subs.append(block)
        else:
            entries.append(_Entry(block))
    return entries


def _leads_into(entry: _Entry, block: Block) -> bool:
    head, count = _count(entry.block.marker), _count(block.marker)
    return bool(head and count and head[0] != count[0] and entry.block.text.rstrip().endswith(":")
                and (entry.subs or count[1] == 1))


def _count(marker: str | None) -> tuple[str, int] | None:
    """("digit", 3) for "3." and ("letter", 2) for "(b)"; None for a bullet or a roman numeral past i."""
    label = re.sub(r"[^0-9A-Za-z]", "", marker or "")
    if label.isdigit():
        return "digit", int(label)
    if len(label) == 1 and label.lower() != "i":
        return "letter", ord(label.lower()) - ord("a") + 1
    return None


def _goes_on(run: list[Block], entry: Block) -> bool:
    """An entry belongs to the list before it unless it is lettered where that list is numbered (or the other
    way) without starting a sub-list: "(b) Application ..." after reasons "1." and "2." starts something else.
    Within one kind of numbering, slips ("1.", "1.", "3.") are the list's own."""
    count = _count(entry.marker)
    if count is None or count[1] == 1:
        return True
    return any((found := _count(block.marker)) and found[0] == count[0] for block in run)


_BARE_DECISION_LABEL = re.compile(r"^(?:resolved|agreed|decision|decided|recommended|recommendations?)\s*[:\-–—]*\s*$",
                                   re.I)
# "Response from Councillor Kaur, Cabinet Member for Housing:", "Reply:": the answer is the next paragraph; so is
# the question after "Question 2 from Councillor Quayle to the Cabinet Member for Transport:"
# "Question 1 – Councillor Hale to the Cabinet Member for Children and Families", "Reply – Councillor Nunn" likewise.
# "Response from Councillor Johal" and "Supplementary question" alone on their line, as a page sets them in bold.
EXCHANGE_LABEL = re.compile(r"^(?:written\s+|supplementa(?:ry|l)\s+)?"
                            r"(?:response|reply|answer|question(?:\s+(?:no\.?\s*)?\d{1,3})?)"
                            r"(?:(?:\s+(?:from|by)\s+[^:]{2,160}|\s*\([^()]{2,60}\))?\s*:"
                            r"|\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])[^:.!?]{1,160}"
                            r"|\s*[-–—]\s*(?-i:[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.()-]*|of|for|and|the|to|&)){1,14})"
                            r"|)$",
                            re.I)


# a paragraph that is itself a question or an answer, not the words of the label before it
_EXCHANGE_OPENING = re.compile(r"^(?:written\s+|supplementa(?:ry|l)\s+)?(?:response|reply|answer|question|supplementa)",
                               re.I)


def paragraphs_from_blocks(blocks: list[Block]) -> list[str]:
    """Apply the paragraph rules: short lists stay with their lead-in, exchanges stand alone."""
    out: list[str] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not block.is_entry:
            if block.text and out and (_BARE_DECISION_LABEL.match(out[-1]) or (
                    EXCHANGE_LABEL.match(out[-1]) and not _EXCHANGE_OPENING.match(block.text))):
                # "RESOLVED:" (or a Scottish "Decision" heading) alone, its decision in the next paragraph; the
                # same for a question's or an answer's label.
                label = out[-1].rstrip()
                out[-1] = f"{label} {block.text}" if label[-1] in ":-–—" else f"{label}: {block.text}"
            elif block.text:
                out.append(block.text)
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].is_entry and _goes_on(blocks[index:end], blocks[end]):
            end += 1
        entries = _entries(blocks[index:end])
        index = end
        if out and _BARE_DECISION_LABEL.match(out[-1]) and out[-1].rstrip()[-1] not in ":-–—":
            out[-1] = f"{out[-1].rstrip()}:"  # "Decision" over its numbered decisions
        lead = out[-1] if out and is_lead_in(out[-1]) else None
        if lead and (all(entry.is_short for entry in entries) or is_decision_line(lead) or leads_to_decisions(lead)):
            out[-1] = f"{lead} " + " ".join(entry.render(with_marker=True) for entry in entries)
        else:
            out.extend(entry.render(with_marker=False) for entry in entries)
    return out
