"""Fuzzed envelopes: real ones and a whole conversation's, mutated, never get a bad answer.

A few hundred examples run here; ``make soak`` runs many more (``LETTING_GO_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.envelopes import (
    MUTATIONS,
    SESSION_CORRUPTIONS,
    Fuzzer,
    base_envelopes,
    corrupt_session,
    mutate,
)

BASES = base_envelopes()
FUZZER = Fuzzer(Path(tempfile.mkdtemp()))
EXAMPLES = int(os.environ.get("LETTING_GO_FUZZ_EXAMPLES", "300"))


def test_every_base_envelope_is_answered_well() -> None:
    assert len(BASES) > 30
    assert {envelope_problem for e in BASES for envelope_problem in FUZZER.check(e)} == set()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
@given(base=st.sampled_from(BASES), mutations=MUTATIONS, corruptions=SESSION_CORRUPTIONS)
def test_a_mutated_envelope_gets_a_kind_readable_answer(
    base: dict[str, Any],
    mutations: list[tuple[int, Any, bool]],
    corruptions: list[tuple[str, Any]],
) -> None:
    envelope = corrupt_session(mutate(base, mutations), corruptions)
    assert FUZZER.check(envelope) == []


@settings(max_examples=EXAMPLES, deadline=None, database=None)
@given(base=st.sampled_from(BASES), corruptions=SESSION_CORRUPTIONS)
def test_session_attributes_of_any_shape_get_a_kind_readable_answer(
    base: dict[str, Any], corruptions: list[tuple[str, Any]]
) -> None:
    assert FUZZER.check(corrupt_session(base, corruptions)) == []
