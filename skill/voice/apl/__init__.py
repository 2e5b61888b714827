"""Screens for devices that show APL (an Echo Show): the documents, their data, and touches.

:mod:`~skill.voice.apl.documents` loads the documents shipped beside it,
:mod:`~skill.voice.apl.screens` builds each screen's data from what the speech says, and
:mod:`~skill.voice.apl.touch` answers a button's touch as the intent it names.

Handlers name the screens as ``apl.screens``: the module is imported the first time a screen is
built, so a turn on a device without one (every cold start's, mostly) never reads it.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.voice.apl import screens as screens


def __getattr__(name: str) -> ModuleType:
    # Called only for a name the package does not have yet: importing a submodule sets it.
    if name == "screens":
        return importlib.import_module(f"{__name__}.screens")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
