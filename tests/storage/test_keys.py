"""Which record a request belongs to: the person when Alexa knew the voice, else the account."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace as NS
from typing import Any

import pytest

from skill.storage.keys import NoUserError, account_id, hash_owner, owner_id, record_key


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def envelope(
    person: str | None = None, user: str | None = None, session_user: str | None = None
) -> Any:
    system = NS(
        person=NS(person_id=person) if person else None, user=NS(user_id=user) if user else None
    )
    session = NS(user=NS(user_id=session_user)) if session_user else None
    return NS(context=NS(system=system), session=session)


def test_a_recognised_voice_owns_the_record() -> None:
    env = envelope(person="amzn1.ask.person.P", user="amzn1.ask.account.U")
    assert owner_id(env) == ("person", "amzn1.ask.person.P")
    assert record_key(env) == "person#" + sha("amzn1.ask.person.P")


def test_without_a_voice_the_account_owns_the_record() -> None:
    env = envelope(user="amzn1.ask.account.U", session_user="amzn1.ask.account.S")
    assert owner_id(env) == ("user", "amzn1.ask.account.U")
    assert record_key(env) == "user#" + sha("amzn1.ask.account.U")


def test_the_session_names_the_account_when_the_context_does_not() -> None:
    env = NS(context=None, session=NS(user=NS(user_id="amzn1.ask.account.S")))
    assert owner_id(env) == ("user", "amzn1.ask.account.S")
    assert account_id(env) == "amzn1.ask.account.S"


def test_a_request_with_no_one_in_it_has_no_record() -> None:
    with pytest.raises(NoUserError, match=r"^the request has no person or user id$"):
        owner_id(envelope())
    with pytest.raises(NoUserError):
        record_key(NS(context=None, session=None))


def test_the_account_is_the_user_even_when_a_voice_is_recognised() -> None:
    env = envelope(person="amzn1.ask.person.P", user="amzn1.ask.account.U")
    assert account_id(env) == "amzn1.ask.account.U"
    assert account_id(envelope(session_user="amzn1.ask.account.S")) == "amzn1.ask.account.S"


def test_a_request_with_no_account_has_no_account_id() -> None:
    assert account_id(envelope()) is None
    assert account_id(NS(context=None, session=None)) is None
    assert account_id(None) is None


def test_keys_hold_a_hash_of_the_id_never_the_id() -> None:
    key = hash_owner("user", "amzn1.ask.account.U")
    assert key == "user#" + sha("amzn1.ask.account.U")
    assert "amzn1" not in key
    assert hash_owner("user", "a") != hash_owner("user", "b")


def test_an_envelope_without_a_person_field_is_the_account() -> None:
    env = NS(context=NS(system=NS(user=NS(user_id="amzn1.ask.account.U"))), session=None)
    assert owner_id(env) == ("user", "amzn1.ask.account.U")
