"""Which stored record a request belongs to.

Per person when Alexa recognised the voice, else per account. The raw Alexa ids never reach the
store: records are keyed by a one-way hash, so the table holds no Alexa id at all.
"""

from __future__ import annotations

import hashlib
from typing import Any


class NoUserError(ValueError):
    """The request names neither a person nor a user, so there is no record to use."""


def _get(obj: Any, *path: str) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name, None)
    return obj


#: Alexa sends a recognised voice's person id only to a skill granted this permission; without
#: it, every voice on an account shares one record. The manifest must declare it.
PERSON_ID_PERMISSION = "alexa::person_id:read"


def owner_id(request_envelope: Any) -> tuple[str, str]:
    """``("person", personId)`` when a recognised voice spoke, else ``("user", userId)``.

    Raises
    ------
    NoUserError
        When the envelope carries neither (a malformed request).
    """
    person_id = _get(request_envelope, "context", "system", "person", "person_id")
    if person_id:
        return "person", str(person_id)
    user_id = _get(request_envelope, "context", "system", "user", "user_id") or _get(
        request_envelope, "session", "user", "user_id"
    )
    if user_id:
        return "user", str(user_id)
    raise NoUserError("the request has no person or user id")


def account_id(request_envelope: Any) -> str | None:
    """The Alexa account's user id in ``request_envelope`` (any request has one), or None."""
    user_id = _get(request_envelope, "context", "system", "user", "user_id") or _get(
        request_envelope, "session", "user", "user_id"
    )
    return str(user_id) if user_id else None


def hash_owner(kind: str, raw_id: str) -> str:
    """The record key for an owner: their kind and a SHA-256 of their id."""
    digest = hashlib.sha256(raw_id.encode("utf-8")).hexdigest()
    return f"{kind}#{digest}"


def record_key(request_envelope: Any) -> str:
    """The record key for the person or user behind ``request_envelope``.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> env = NS(context=None, session=NS(user=NS(user_id="amzn1.ask.account.X")))
    >>> record_key(env).startswith("user#")
    True
    """
    return hash_owner(*owner_id(request_envelope))
