"""Typed times turned into the AMAZON.TIME values Alexa sends."""

from __future__ import annotations

import pytest

from skill.console.time_values import parse_time


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("8 pm", "20:00"),
        ("8pm", "20:00"),
        ("8:30 pm", "20:30"),
        ("8 p.m.", "20:00"),
        ("at 7 a.m.", "07:00"),
        ("eight thirty in the evening", "20:30"),
        ("eight o'clock at night", "20:00"),
        ("half past seven in the morning", "07:30"),
        ("quarter past nine", "09:15"),
        ("quarter to nine pm", "20:45"),
        ("ten to eight", "07:50"),
        ("twenty minutes past six pm", "18:20"),
        ("seven oh five am", "07:05"),
        ("12 am", "00:00"),
        ("12 pm", "12:00"),
        ("20:00", "20:00"),
        ("8.30", "08:30"),
        ("at 8", "08:00"),
        ("noon", "12:00"),
        ("midnight", "00:00"),
    ],
)
def test_spoken_times_become_clock_times(typed: str, value: str) -> None:
    assert parse_time(typed) == value


@pytest.mark.parametrize(
    ("typed", "value"),
    [("in the morning", "MO"), ("afternoon", "AF"), ("this evening", "EV"), ("tonight", "NI")],
)
def test_parts_of_the_day_become_alexas_codes(typed: str, value: str) -> None:
    assert parse_time(typed) == value


@pytest.mark.parametrize(
    "typed", ["soon", "tomorrow", "25:00", "13 pm", "0 am", "8.3", "half past", "i want to die"]
)
def test_words_that_are_not_a_time_are_none(typed: str) -> None:
    assert parse_time(typed) is None
