"""The APL documents as shipped: what they may hold, and what they draw from their data."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from deploy.screens import samples
from skill.voice.apl.documents import DOCUMENTS, document

VISIBLE = ("text", "buttonText", "headerTitle", "headerSubtitle", "accessibilityLabel")


def components(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from components(item)
    elif isinstance(node, dict):
        if isinstance(node.get("type"), str):
            yield node
        for value in node.values():
            yield from components(value)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_says_nothing_and_speaks_nothing(name: str) -> None:
    text = json.dumps(document(name))
    for spoken in ("SpeakItem", "SpeakList", '"speech"', "aplAudio", "Audio"):
        assert spoken not in text


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_visible_word_comes_from_the_data(name: str) -> None:
    # The words are the catalog's, put in the datasource by the skill: none is written here.
    for component in components(document(name)):
        for key in VISIBLE:
            if key in component:
                assert str(component[key]).startswith("${"), (name, key, component[key])


def test_every_value_a_document_reads_is_in_each_of_its_samples() -> None:
    for sample, screen in samples().items():
        wanted = set(re.findall(r"payload\.(\w+)", json.dumps(document(screen.document))))
        payload = screen.datasources["payload"]
        assert wanted and wanted <= set(payload), (sample, wanted - set(payload))


@pytest.mark.parametrize("name", ["home", "progress", "exercise"])
def test_round_screens_show_a_ring_and_the_others_a_bar(name: str) -> None:
    variants = document(name)["mainTemplate"]["items"]
    assert variants[0]["when"] == "${@viewportProfile == @hubRoundSmall}"
    round_types = {c["type"] for c in components(variants[0])}
    assert "AlexaProgressBarRadial" in round_types and "AlexaProgressBar" not in round_types
    others = {c["type"] for v in variants[1:] for c in components(v)} | {
        c["type"] for layout in document(name)["layouts"].values() for c in components(layout)
    }
    assert "AlexaProgressBar" in others and "AlexaProgressBarRadial" not in others


def test_each_viewport_profile_has_its_own_sizes() -> None:
    conditions = [block.get("when", "") for block in document("home")["resources"]]
    for profile in (
        "hubRoundSmall",
        "hubLandscapeSmall",
        "hubLandscapeLarge",
        "hubPortraitMedium",
        "tvLandscapeXLarge",
    ):
        assert any(f"@{profile}" in when for when in conditions), profile


def test_the_breathing_circle_moves_only_on_a_breathing_step() -> None:
    on_mount = document("exercise")["onMount"]
    assert [c["type"] for c in on_mount] == ["AnimateItem"]
    assert on_mount[0]["when"] == "${payload.breathing}"
    assert on_mount[0]["duration"] >= 4000  # a slow breath, not a flicker
