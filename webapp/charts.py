"""Bar charts drawn by the server as SVG geometry: the template draws the rectangles, so every label is
escaped by Jinja and no chart library or script is needed."""

from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, LABEL_SPACE, TOP = 720, 240, 28, 16
MIN_SLOTS = 8


def bar_chart(bars: list[dict[str, Any]]) -> dict[str, Any]:
    """Each bar's box in a WIDTH x HEIGHT view box, plus which periods get an axis label."""
    if not bars:
        return {"width": WIDTH, "height": HEIGHT, "bars": [], "ticks": []}
    peak = max(bar["count"] for bar in bars) or 1
    slot = WIDTH / max(len(bars), MIN_SLOTS)  # a few bars stay bar-shaped, centred
    left = (WIDTH - slot * len(bars)) / 2
    every = max(1, round(len(bars) / 12))  # at most about twelve labels along the axis
    plot = HEIGHT - LABEL_SPACE - TOP
    drawn = []
    for index, bar in enumerate(bars):
        height = plot * bar["count"] / peak
        drawn.append({**bar, "x": round(left + index * slot + slot * 0.1, 2), "width": round(slot * 0.8, 2),
                      "y": round(TOP + plot - height, 2), "height": round(height, 2),
                      "label_x": round(left + index * slot + slot / 2, 2), "labelled": index % every == 0})
    return {"width": WIDTH, "height": HEIGHT, "bars": drawn, "axis_y": HEIGHT - LABEL_SPACE, "peak": peak}
