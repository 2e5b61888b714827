"""The skill reads envelopes and writes responses exactly as the ASK SDK's own serializer does.

Reading is checked on real request envelopes (and a whole conversation's), as they are and
mutated; writing on every response of that conversation and on response envelopes of any shape
the SDK's models allow, made up from the models themselves.
"""

from __future__ import annotations

import importlib
import json
import random
from datetime import UTC
from enum import Enum
from functools import cache
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope, ResponseEnvelope
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.builder import build_skill
from skill.serializer import SdkSerializer
from skill.storage.local import LocalStore
from tests.fuzz.envelopes import (
    MUTATIONS,
    SESSION_CORRUPTIONS,
    base_envelopes,
    corrupt_session,
    mutate,
)

SDK = DefaultSerializer()
OURS = SdkSerializer()
BASES = base_envelopes()
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


def read(serializer: DefaultSerializer, event: Any) -> Any:
    """What ``serializer`` reads ``event`` as, or "unreadable"."""
    try:
        return serializer.deserialize(json.dumps(event), RequestEnvelope)
    except Exception:
        return "unreadable"


def assert_read_alike(event: Any) -> None:
    theirs, ours = read(SDK, event), read(OURS, event)
    assert type(ours) is type(theirs)
    assert ours == theirs
    if theirs != "unreadable":
        assert OURS.serialize(ours) == SDK.serialize(theirs)


def test_every_real_envelope_is_read_as_the_sdk_reads_it() -> None:
    assert len(BASES) > 30
    for event in BASES:
        assert_read_alike(event)


@SETTINGS
@given(st.sampled_from(BASES), MUTATIONS)
def test_a_mutated_envelope_is_read_as_the_sdk_reads_it(event: Any, mutations: Any) -> None:
    assert_read_alike(mutate(event, mutations))


@SETTINGS
@given(st.sampled_from(BASES), SESSION_CORRUPTIONS)
def test_odd_session_attributes_are_read_as_the_sdk_reads_them(
    event: Any, corruptions: Any
) -> None:
    assert_read_alike(corrupt_session(event, corruptions))


def test_every_response_of_a_conversation_is_written_as_the_sdk_writes_it(
    tmp_path: Any,
) -> None:
    skill = build_skill(LocalStore(tmp_path / "s.sqlite3"), rng=random.Random(1))
    written = 0
    for event in BASES:
        envelope = read(SDK, event)
        if envelope == "unreadable":  # (two real ones: the skill apologises without the SDK)
            continue
        response = skill.invoke(request_envelope=envelope, context=None)
        assert OURS.serialize(response) == SDK.serialize(response)
        written += 1
    assert written > 30


# --- any response the SDK's models can hold -----------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=4,
)


@cache
def model_class(name: str) -> Any:
    module, _, cls = name.rpartition(".")
    return getattr(importlib.import_module(module), cls)


def values_of(kind: str, depth: int) -> st.SearchStrategy[Any]:
    """Values of the type a model declares (``"list[ask_sdk_model.slot.Slot]"``)."""
    plain: dict[str, st.SearchStrategy[Any]] = {
        "str": st.text(max_size=8),
        "int": st.integers(),
        "float": st.floats(allow_nan=False),
        "bool": st.booleans(),
        "object": JSON_VALUES,
        "datetime": st.datetimes(timezones=st.just(UTC)),
        "date": st.dates(),
    }
    if kind in plain:
        return plain[kind]
    if kind.startswith("list["):
        return st.lists(values_of(kind[5:-1], depth), max_size=2)
    if kind.startswith("dict("):
        return st.dictionaries(
            st.text(max_size=4), values_of(kind.split(", ", 1)[1][:-1], depth), max_size=2
        )
    cls = model_class(kind)
    if issubclass(cls, Enum):
        return st.sampled_from(list(cls))
    return st.none() if depth <= 0 else models(cls, depth - 1)


def models(cls: Any, depth: int) -> st.SearchStrategy[Any]:
    """Objects of ``cls`` (or, for a base class, of any of its kinds) with some attributes set."""
    if hasattr(cls, "discriminator_value_class_map"):
        kinds = sorted(set(cls.discriminator_value_class_map.values()))
        return st.sampled_from(kinds).flatmap(lambda name: _filled(model_class(name), depth))
    return _filled(cls, depth)


def _filled(cls: Any, depth: int) -> st.SearchStrategy[Any]:
    attributes = {
        name: values_of(kind, depth)
        for name, kind in cls.deserialized_types.items()
        if name != "object_type"
    }

    def build(chosen: dict[str, Any]) -> Any:
        made = cls()
        for name, value in chosen.items():
            setattr(made, name, value)
        return made

    return st.fixed_dictionaries({}, optional=attributes).map(build)


@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(models(ResponseEnvelope, depth=6))
def test_any_response_envelope_is_written_as_the_sdk_writes_it(envelope: Any) -> None:
    assert OURS.serialize(envelope) == SDK.serialize(envelope)
