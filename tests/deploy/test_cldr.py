"""The CLDR data the skill reads is what Babel gives for every locale the skill speaks."""

from __future__ import annotations

from deploy import cldr
from skill.voice.locales import LOCALES


def test_the_cldr_file_is_up_to_date() -> None:
    assert cldr.TARGET.read_text(encoding="utf-8") == cldr.render(), "run make model"


def test_it_covers_every_published_locale() -> None:
    assert cldr.LOCALES == LOCALES


def test_the_skill_does_not_import_babel() -> None:
    import subprocess
    import sys

    probe = (
        "import sys; from skill.voice.locales import place_for; from skill.voice.catalog import"
        " Speech; Speech(place_for('en-GB'), {}).days(3); print('babel' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
