"""Guided speech as SSML: real pauses, a slower pace for breathing, Alexa's long-form style.

Alexa allows a ``<break>`` of at most ten seconds, so a longer silence is a chain of breaks.
The long-form speaking style (``<amazon:domain name="long-form">``) suits the longer passages,
but only some locales have it, and it may not be combined with ``<prosody>`` on the same text:
passages get the style, and the slow breathing sits beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.domain.exercises.machine import Part

MAX_BREAK_SECONDS = 10.0
LONG_FORM_LOCALES = frozenset({"en-US"})
BREATHING_RATE = "slow"


def supports_long_form(locale: str | None) -> bool:
    """Whether Alexa's long-form speaking style exists for ``locale``."""
    return locale in LONG_FORM_LOCALES


def silence(seconds: float) -> str:
    """A pause of ``seconds``, as as many breaks of ten seconds or less as it takes.

    Examples
    --------
    >>> silence(4)
    '<break time="4s"/>'
    >>> silence(12.5)
    '<break time="10s"/><break time="2500ms"/>'
    """
    breaks = []
    left = round(seconds * 1000)
    while left > 0:
        take = min(left, round(MAX_BREAK_SECONDS * 1000))
        time = f"{take // 1000}s" if take % 1000 == 0 else f"{take}ms"
        breaks.append(f'<break time="{time}"/>')
        left -= take
    return "".join(breaks)


def telephone(field: str) -> str:
    """A catalog placeholder said digit by digit, as a phone number is.

    Examples
    --------
    >>> telephone("number")
    '<say-as interpret-as="telephone">{number}</say-as>'
    """
    return f'<say-as interpret-as="telephone">{{{field}}}</say-as>'


def _join(pieces: Iterable[str]) -> str:
    return " ".join(piece for piece in pieces if piece)


def render(parts: Iterable[Part], line: Callable[[str], str], long_form: bool) -> str:
    """The SSML fragment (without ``<speak>``) for ``parts``, with ``line`` giving each line.

    Parameters
    ----------
    parts
        What to say, in order (see :mod:`skill.domain.exercises.machine`).
    line
        The catalog's SSML for a line key.
    long_form
        Whether to speak passages in the long-form style (see :func:`supports_long_form`).

    Examples
    --------
    >>> from skill.domain.exercises.machine import Pause, Say, Slowly
    >>> lines = {"a": "Settle in.", "b": "In.", "c": "Say ready."}
    >>> render([Say("a"), Slowly((Say("b"), Pause(4))), Say("c")], lines.get, False)
    'Settle in. <prosody rate="slow">In. <break time="4s"/></prosody> Say ready.'
    """
    # The machine is read by the first turn that speaks an exercise; every turn needs the rest.
    from skill.domain.exercises.machine import Pause, Say, Slowly

    out: list[str] = []
    passage: list[str] = []
    spoken = False

    def flush() -> None:
        nonlocal spoken
        text = _join(passage)
        if spoken and long_form:
            text = f'<amazon:domain name="long-form">{text}</amazon:domain>'
        out.append(text)
        passage.clear()
        spoken = False

    for part in parts:
        if isinstance(part, Say):
            passage.append(line(part.key))
            spoken = True
        elif isinstance(part, Pause):
            passage.append(silence(part.seconds))
        elif isinstance(part, Slowly):
            flush()
            inner = _join(
                line(p.key) if isinstance(p, Say) else silence(p.seconds) for p in part.parts
            )
            out.append(f'<prosody rate="{BREATHING_RATE}">{inner}</prosody>')
    flush()
    return _join(out)


#: The tags this skill writes; nothing else may be spoken back from a session.
_WRITTEN_TAGS = frozenset({"speak", "break", "prosody", "say-as", "domain"})


def is_own_ssml(fragment: str) -> bool:
    """Whether ``fragment`` is well-formed SSML of the kind this skill writes (session attributes
    come back from the device, and are spoken again only when they are).

    Examples
    --------
    >>> is_own_ssml('Breathe in. <break time="4s"/> And out.')
    True
    >>> is_own_ssml("<audio src='https://example.com/x.mp3'/>"), is_own_ssml("a & b")
    (False, False)
    """
    from xml.etree import ElementTree

    plain = fragment.replace("<amazon:domain ", "<domain ").replace("</amazon:domain>", "</domain>")
    try:
        root = ElementTree.fromstring(f"<speak>{plain}</speak>")
    except ElementTree.ParseError:
        return False
    return {element.tag for element in root.iter()} <= _WRITTEN_TAGS
