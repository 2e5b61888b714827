"""The APL documents, shipped as JSON beside this module: one per screen, plus what they share.

``documents/common.json`` holds what every screen has (Amazon's packages, the sizes for each
viewport profile, colours, styles, the row of buttons); each screen's file holds its own layouts
and its ``mainTemplate``. :func:`document` puts the two together, once per process.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

DOCUMENTS = ("home", "checkin", "progress", "exercise", "crisis", "delete")
"""Every screen the skill shows, by name."""

_HERE = Path(__file__).resolve().parent
_SHARED = ("type", "version", "theme", "import", "resources", "styles")


def _read(name: str) -> dict[str, Any]:
    text = (_HERE / "documents" / f"{name}.json").read_text("utf-8")
    loaded = json.loads(text)
    assert isinstance(loaded, dict), name
    return loaded


@cache
def _assembled(name: str) -> dict[str, Any]:
    if name not in DOCUMENTS:
        raise KeyError(f"no APL document named {name!r}")
    common, own = _read("common"), _read(name)
    assembled: dict[str, Any] = {key: common[key] for key in _SHARED}
    assembled["description"] = own["description"]
    assembled["layouts"] = {**common["layouts"], **own.get("layouts", {})}
    for key in ("graphics", "onMount", "mainTemplate"):
        if key in own:
            assembled[key] = own[key]
    return assembled


def document(name: str) -> dict[str, Any]:
    """The whole APL document ``name`` (a fresh copy: the caller may change it).

    Examples
    --------
    >>> document("home")["import"][0]["name"]
    'alexa-layouts'
    """
    return copy.deepcopy(_assembled(name))


def token(name: str) -> str:
    """The token a RenderDocument of ``name`` carries (and its UserEvents come back with)."""
    return f"letting-go.{name}"
