"""``letting-go chat --screen``: the console as an Echo Show, and one line for each screen sent.

The device is the one Alexa describes for an Echo Show (1024x600, APL supported); the skill then
sends its screens as it would there, and the console says in a line what each one shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

ECHO_SHOW: dict[str, Any] = {
    "interfaces": {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.2"}}},
    "viewport": {
        "shape": "RECTANGLE",
        "pixelWidth": 1024,
        "pixelHeight": 600,
        "currentPixelWidth": 1024,
        "currentPixelHeight": 600,
        "dpi": 160,
        "touch": ["SINGLE"],
    },
}
RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument"
# What a screen is about, in the order the line gives it; only those it has.
_SHOWN = ("title", "welcome", "dayOf", "left", "leftLabel", "stepOf", "instruction", "mood",
          "streak", "how", "number")  # fmt: skip


def screen_line(directives: Iterable[Mapping[str, Any]]) -> str | None:
    """ "(screen home: Letting Go · Day 2 of 30 · 29 · days to go)" for a screen sent, else None.

    Examples
    --------
    >>> screen_line([{"type": RENDER_DOCUMENT, "token": "letting-go.crisis",
    ...   "datasources": {"payload": {"how": "Call 988", "number": "988"}}}])
    '(screen crisis: Call 988 · 988)'
    """
    for directive in directives:
        if directive.get("type") != RENDER_DOCUMENT:
            continue
        name = str(directive.get("token") or "").removeprefix("letting-go.")
        payload = (directive.get("datasources") or {}).get("payload") or {}
        shown = [str(payload[key]) for key in _SHOWN if payload.get(key)]
        return f"(screen {name}: {' · '.join(shown)})"
    return None
