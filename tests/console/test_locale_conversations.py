"""A whole conversation in every locale, typed into the console as a person would say it: start,
days left, an urge, a slip, the check-in, an exercise, and crisis words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = (
    "yes", "yesterday", "two years", "yes", "no", "how many days left", "i want to text my ex",
    "goodbye", "i texted him yesterday", "yes", "today's check-in", "yes", "four",
    "i'll call my sister", "let go of the future", "ready", "ready", "ready", "ready",
    "i let it go", "i want to die",
)  # fmt: skip
SPANISH = (
    "sí", "ayer", "dos años", "sí", "no", "cuántos días quedan", "quiero escribirle", "adiós",
    "le escribí ayer", "sí", "el repaso de hoy", "sí", "cuatro", "voy a ver a mis amigas",
    "soltar el futuro", "ya", "ya", "ya", "ya", "lo suelto", "no quiero seguir viviendo",
)  # fmt: skip
#: What each locale must be heard saying along the way: its dates, counts and crisis line.
EXPECTED = {
    "en-US": ["Day 2 of 30", "last day, December", "988", "911", "Yesterday is day 1 again"],
    "en-CA": ["Day 2 of 30", "last day, December", "988", "the Suicide Crisis Helpline"],
    "en-GB": ["Day 2 of 30", "last day, 2", "Samaritans on 116 123", "999"],
    "en-AU": ["of 30", "December", "Lifeline on 13 11 14", "000"],
    "en-IN": ["of 30", "December", "Tele MANAS on 14416", "112"],
    "es-ES": ["te quedan 29 días", "de diciembre", "Línea 024", "112", "Ayer vuelve a ser"],
    "es-MX": ["te quedan 29 días", "de diciembre", "Línea de la Vida al 800 911 2000", "911"],
    "es-US": ["te quedan 29 días", "de diciembre", "988", "marca el 2", "911"],
}


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_a_whole_conversation_in_each_locale(locale: str, tmp_path: Path) -> None:
    said = SPANISH if locale.startswith("es") else ENGLISH
    done = subprocess.run(
        [str(Path(sys.executable).parent / "letting-go"), "chat", "--locale", locale, "--store",
         str(tmp_path / "state.sqlite3"), "--time-zone", "America/New_York"],
        input="\n".join(said) + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    heard = done.stdout
    for expected in EXPECTED[locale]:
        assert expected.lower() in heard.lower(), (expected, heard)
    answers = [line for line in heard.splitlines() if line.startswith("alexa>")]
    assert len(answers) == len(said) + 1
    assert not any("didn't get that" in a or "no te he entendido" in a for a in answers), heard
