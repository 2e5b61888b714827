"""The permissions the person has given the skill in this console, and the token that says so.

On an Echo, a yes to Alexa's permission question is kept by Alexa: every later request lists the
scope as GRANTED and carries an ``apiAccessToken`` that Alexa's APIs accept for it. The console
keeps the same yes in a small JSON file beside its store, and makes its access token name the
scopes granted, so that its Reminders API can refuse a token without them, as Alexa's does.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from skill.console.jsonfile import UnreadableFileError, changing, read_object, write_object

# Alexa signs each request with a short-lived token; the console's only needs to say what it
# allows.
CONSOLE_ACCESS_TOKEN = "console-access-token"
_SCOPES_MARK = ";scopes="
_GRANTED = "granted"
GRANTS_SUFFIX = ".permissions.json"


def grants_path(store: Path) -> Path:
    """The grants file beside the store file ``store`` (``state.sqlite3`` →
    ``state.permissions.json``)."""
    return store.with_name(store.stem + GRANTS_SUFFIX)


def access_token(scopes: Iterable[str] = ()) -> str:
    """The console's access token for a person who has granted ``scopes``.

    Examples
    --------
    >>> access_token()
    'console-access-token'
    >>> access_token(["alexa::alerts:reminders:skill:readwrite"])
    'console-access-token;scopes=alexa::alerts:reminders:skill:readwrite'
    """
    granted = sorted(set(scopes))
    return CONSOLE_ACCESS_TOKEN + (_SCOPES_MARK + ",".join(granted) if granted else "")


def scopes_of(token: str | None) -> frozenset[str] | None:
    """The scopes a console access token allows; None for a token the console did not make.

    Examples
    --------
    >>> sorted(scopes_of(access_token(["a", "b"])))
    ['a', 'b']
    >>> scopes_of("someone-else's-token") is None
    True
    """
    if token == CONSOLE_ACCESS_TOKEN:
        return frozenset()
    if not token or not token.startswith(CONSOLE_ACCESS_TOKEN + _SCOPES_MARK):
        return None
    listed = token.removeprefix(CONSOLE_ACCESS_TOKEN + _SCOPES_MARK)
    return frozenset(scope for scope in listed.split(",") if scope)


class Grants:
    """The scopes granted in this console, kept in a JSON file.

    Parameters
    ----------
    path
        The file (see :func:`grants_path`); made on the first grant.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def scopes(self) -> tuple[str, ...]:
        """The scopes granted so far; none when the file is missing or cannot be read."""
        try:
            listed = read_object(self.path).get(_GRANTED)
        except UnreadableFileError:
            return ()
        if not isinstance(listed, list):
            return ()
        return tuple(sorted({scope for scope in listed if isinstance(scope, str)}))

    def grant(self, scope: str) -> None:
        """Keep the person's yes to ``scope``."""
        try:
            with changing(self.path) as stored:
                listed = stored.get(_GRANTED)
                kept = [s for s in listed if isinstance(s, str)] if isinstance(listed, list) else []
                stored[_GRANTED] = sorted({*kept, scope})
        except UnreadableFileError:  # a spoilt file holds no grant worth keeping: start afresh
            write_object(self.path, {_GRANTED: [scope]})
