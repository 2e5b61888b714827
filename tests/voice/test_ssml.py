"""Guided speech as SSML: chained breaks, slow breathing, the long-form style where it exists."""

from __future__ import annotations

from xml.parsers.expat import ExpatError

import pytest

from skill.domain.exercises.machine import Pause, Say, Slowly
from skill.voice import speech_en
from skill.voice.catalog import escape
from skill.voice.ssml import render, silence, supports_long_form
from tests.ssml import check_ssml

LINES = {"a": "Settle in.", "b": "Breathe in.", "c": "Say: ready.", "d": "Rest &amp; wait."}


def as_document(fragment: str) -> str:
    return f"<speak>{fragment}</speak>"


@pytest.mark.parametrize(
    ("seconds", "breaks"),
    [(4, [4.0]), (10, [10.0]), (1.5, [1.5]), (25, [10.0, 10.0, 5.0]), (20.25, [10.0, 10.0, 0.25])],
)
def test_silence_longer_than_ten_seconds_is_chained(seconds: float, breaks: list[float]) -> None:
    assert check_ssml(as_document(silence(seconds))) == breaks


def test_silence_of_nothing_is_no_break() -> None:
    assert silence(0) == ""


def test_breathing_is_slow_and_beside_the_long_form_passages() -> None:
    parts = [Say("a"), Pause(2), Slowly((Say("b"), Pause(4))), Say("c")]
    ssml = render(parts, LINES.__getitem__, long_form=True)
    assert ssml == (
        '<amazon:domain name="long-form">Settle in. <break time="2s"/></amazon:domain> '
        '<prosody rate="slow">Breathe in. <break time="4s"/></prosody> '
        '<amazon:domain name="long-form">Say: ready.</amazon:domain>'
    )
    assert check_ssml(as_document(ssml)) == [2.0, 4.0]


def test_without_long_form_the_passages_are_plain() -> None:
    ssml = render([Say("a"), Pause(12), Say("d")], LINES.__getitem__, long_form=False)
    assert ssml == 'Settle in. <break time="10s"/><break time="2s"/> Rest &amp; wait.'
    assert check_ssml(as_document(ssml)) == [10.0, 2.0]


def test_a_pause_alone_gets_no_speaking_style() -> None:
    assert render([Pause(3)], LINES.__getitem__, long_form=True) == '<break time="3s"/>'


@pytest.mark.parametrize(
    ("locale", "supported"), [("en-US", True), ("en-GB", False), ("en-IN", False), (None, False)]
)
def test_long_form_only_where_the_locale_has_it(locale: str | None, supported: bool) -> None:
    assert supports_long_form(locale) is supported


class AnyValues(dict[str, str]):
    """A value for every name a line leaves to be filled in, escaped as the catalog does."""

    def __missing__(self, name: str) -> str:
        return escape(f"{name} & <more>")


@pytest.mark.parametrize("key", sorted(speech_en.LINES))
def test_every_phrasing_of_every_line_is_ssml_alexa_accepts(key: str) -> None:
    # The responses walked elsewhere hear one phrasing a turn; this reads them all.
    for text in speech_en.LINES[key]:
        check_ssml(as_document(text.format_map(AnyValues())))


@pytest.mark.parametrize(
    "bad",
    [
        "<speak>unclosed <break time='1s'></speak>",
        '<speak><break time="11s"/></speak>',
        '<speak><prosody rate="slow"><amazon:domain name="long-form">x</amazon:domain>'
        "</prosody></speak>",
        "<speak>a & b</speak>",
        "<speak><audio src='x'/></speak>",
        '<speak><say-as interpret-as="spell-out-loud">x</say-as></speak>',
    ],
)
def test_the_checker_refuses_what_alexa_would(bad: str) -> None:
    with pytest.raises((AssertionError, ExpatError)):
        check_ssml(bad)
