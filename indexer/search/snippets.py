"""Snippets: the best fragment of a paragraph with the matched words marked, escaped before marking."""

from __future__ import annotations

from markupsafe import Markup, escape

from indexer.index.analysis import stem, words

WINDOW = 40  # words either side is too much; a fragment is about this many words


def snippet(text: str, stems: set[str], exact: set[str], length: int = WINDOW) -> str:
    """HTML: the window of `length` words with the most matches, matches in <mark>; the opening words when
    nothing matches (a paragraph found through its item title)."""
    tokens = words(text)
    if not tokens:
        return str(escape(text[:300]))
    hits = [index for index, (word, _, _) in enumerate(tokens) if word in exact or stem(word) in stems]
    best_start = 0
    if hits:
        best_count = -1
        for hit in hits:
            start = max(0, hit - length // 4)
            count = sum(1 for other in hits if start <= other < start + length)
            if count > best_count:
                best_start, best_count = start, count
    end_index = min(len(tokens), best_start + length)
    begin = tokens[best_start][1] if best_start else 0
    finish = tokens[end_index - 1][2] if end_index < len(tokens) else len(text)
    marked = set(hits)
    pieces: list[str] = []
    position = begin
    for index in range(best_start, end_index):
        _, start, stop = tokens[index]
        pieces.append(str(escape(text[position:start])))
        piece = str(escape(text[start:stop]))
        pieces.append(f"<mark>{piece}</mark>" if index in marked else piece)
        position = stop
    pieces.append(str(escape(text[position:finish])))
    prefix = "… " if begin > 0 else ""
    suffix = " …" if finish < len(text) else ""
    return str(Markup(prefix + "".join(pieces).strip() + suffix))
