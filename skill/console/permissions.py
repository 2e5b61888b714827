"""What the console shows when the skill hands Alexa a permission request (Connections AskFor).

On an Echo, Alexa itself asks the person ("Do you allow Letting Go to set reminders?") and sends
their answer back to the skill. The console can grant no Alexa permission and has no real
Reminders API, so it shows the question Alexa would ask and says plainly that nothing was set,
rather than pretending.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

_ASKING_FOR = {"alexa::alerts:reminders:skill:readwrite": "set reminders"}
_REMINDERS_NOTE = (
    "This console has no real Reminders API and cannot give that permission, "
    "so no reminder was set."
)
_OTHER_NOTE = "This console cannot give Alexa permissions, so nothing was set."


def permission_prompt(directives: Iterable[Mapping[str, Any]]) -> str | None:
    """The permission question Alexa would ask for these directives, and the console's note.

    None when no directive asks for a permission.

    Examples
    --------
    >>> ask = {"type": "Connections.SendRequest", "name": "AskFor",
    ...        "payload": {"permissionScope": "alexa::alerts:reminders:skill:readwrite"}}
    >>> print(permission_prompt([ask]))  # doctest: +NORMALIZE_WHITESPACE
    (Alexa asks: "Do you allow Letting Go to set reminders?") This console has no real
    Reminders API and cannot give that permission, so no reminder was set.
    """
    for directive in directives:
        if directive.get("type") != "Connections.SendRequest" or directive.get("name") != "AskFor":
            continue
        scope = (directive.get("payload") or {}).get("permissionScope")
        what = _ASKING_FOR.get(str(scope))
        question = f"Do you allow Letting Go to {what or 'use that permission'}?"
        return f'(Alexa asks: "{question}") ' + (_REMINDERS_NOTE if what else _OTHER_NOTE)
    return None
