"""What the console shows when the skill hands Alexa a permission request (Connections AskFor).

On an Echo, Alexa itself asks the person ("Do you allow Letting Go to set reminders?") and sends
their answer back to the skill as a ``Connections.Response``. The console plays that part for the
reminders permission: it shows the question, and the person's next words answer it (see
:class:`skill.console.session.Conversation`). A permission the console has no API for is shown,
with a plain note that nothing was set, rather than pretending.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from skill.voice.permission import REMINDERS_SCOPE

SEND_REQUEST, ASK_FOR = "Connections.SendRequest", "AskFor"
#: The permissions the console can give, and what Alexa's question calls each.
GRANTABLE = {REMINDERS_SCOPE: "set reminders"}
_ANSWER_NOTE = "You can say yes or no."
_OTHER_NOTE = "This console cannot give Alexa permissions, so nothing was set."
#: Said by ``letting-go say``, which has one turn only and so cannot hear the answer.
SAY_NOTE = (
    "(letting-go say has one turn, so it cannot hear your answer: "
    "in letting-go chat, say yes to allow it.)"
)


@dataclass(frozen=True)
class Consent:
    """A permission Alexa is asking the person for, on the skill's behalf."""

    scope: str
    token: str
    """The skill's token, which Alexa's answer carries back."""


def _asks(directives: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    for directive in directives:
        if directive.get("type") == SEND_REQUEST and directive.get("name") == ASK_FOR:
            return directive
    return None


def consent_asked(directives: Iterable[Mapping[str, Any]]) -> Consent | None:
    """The permission these directives ask for, when it is one the console can give."""
    directive = _asks(directives)
    if directive is None:
        return None
    scope = str((directive.get("payload") or {}).get("permissionScope"))
    return Consent(scope, str(directive.get("token") or "")) if scope in GRANTABLE else None


def permission_prompt(directives: Iterable[Mapping[str, Any]]) -> str | None:
    """The permission question Alexa would ask for these directives, as the console shows it.

    None when no directive asks for a permission.

    Examples
    --------
    >>> ask = {"type": "Connections.SendRequest", "name": "AskFor",
    ...        "payload": {"permissionScope": "alexa::alerts:reminders:skill:readwrite"}}
    >>> print(permission_prompt([ask]))
    (Alexa asks: "Do you allow Letting Go to set reminders?" You can say yes or no.)
    """
    directive = _asks(directives)
    if directive is None:
        return None
    what = GRANTABLE.get(str((directive.get("payload") or {}).get("permissionScope")))
    question = f"Do you allow Letting Go to {what or 'use that permission'}?"
    if what is None:
        return f'(Alexa asks: "{question}") {_OTHER_NOTE}'
    return f'(Alexa asks: "{question}" {_ANSWER_NOTE})'
