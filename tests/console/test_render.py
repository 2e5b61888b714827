"""SSML shown in a terminal, and handed to a speech program."""

from __future__ import annotations

import pytest

from skill.console.render import break_seconds, speakable, to_text
from skill.voice import speech_en


def test_to_text_strips_speak_prosody_and_domain_tags() -> None:
    ssml = (
        '<speak><amazon:domain name="long-form"><prosody rate="slow">Breathe in.</prosody>'
        " And out.</amazon:domain></speak>"
    )
    assert to_text(ssml) == "Breathe in. And out."


def test_to_text_shows_short_break_as_ellipsis_only() -> None:
    assert to_text('<speak>First.<break time="1s"/>Then.</speak>') == "First. \u2026 Then."


@pytest.mark.parametrize(
    ("tag", "label"),
    [
        ('<break time="4s"/>', "(pause 4 s)"),
        ('<break time="2000ms"/>', "(pause 2 s)"),
        ('<break time="2500ms"/>', "(pause 2.5 s)"),
    ],
)
def test_to_text_shows_length_of_break_when_two_seconds_or_more(tag: str, label: str) -> None:
    assert to_text(f"<speak>In.{tag} Out.</speak>") == f"In. \u2026 {label} Out."


def test_to_text_joins_chained_breaks_into_one_pause() -> None:
    ssml = '<speak>Sit. <break time="10s"/> <break time="10s"/><break time="5s"/> Good.</speak>'
    assert to_text(ssml) == "Sit. \u2026 (pause 25 s) Good."


def test_to_text_drops_break_of_strength_none() -> None:
    assert to_text('<speak>One<break strength="none"/> two</speak>') == "One two"


def test_to_text_unescapes_entities() -> None:
    assert to_text("<speak>Tom &amp; Jerry &lt;3 &quot;hi&quot; it&apos;s</speak>") == (
        'Tom & Jerry <3 "hi" it\'s'
    )


def test_to_text_collapses_whitespace_and_separates_paragraphs() -> None:
    assert to_text("<speak>  <p>One\n  two</p><p>three</p>\t</speak>") == "One two three"


def test_to_text_of_nothing_is_empty() -> None:
    assert to_text(None) == ""
    assert to_text("") == ""


def test_to_text_of_the_urge_line_keeps_every_pause_visible() -> None:
    line = speech_en.LINES["urge_day"][0]
    text = to_text(f"<speak>{line}</speak>")
    assert "<" not in text
    assert text.count("\u2026") == line.count("<break")
    assert "(pause 4 s)" in text


@pytest.mark.parametrize(
    ("tag", "seconds"),
    [
        ('<break time="3s"/>', 3.0),
        ("<break time='750ms' />", 0.75),
        ('<break strength="x-strong"/>', 1.0),
        ("<break/>", 0.5),
    ],
)
def test_break_seconds_reads_time_and_strength(tag: str, seconds: float) -> None:
    assert break_seconds(tag) == seconds


def test_speakable_has_no_tags_and_no_pause_markers() -> None:
    ssml = '<speak><prosody rate="slow">Breathe in <break time="4s"/> and out</prosody></speak>'
    assert speakable(ssml) == "Breathe in. and out"


def test_speakable_keeps_punctuation_before_a_pause() -> None:
    assert speakable('<speak>Good. <break time="1s"/> Next &amp; last.</speak>') == (
        "Good. Next & last."
    )
