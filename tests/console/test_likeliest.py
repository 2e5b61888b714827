"""The likeliest intent by its words: which words count as telling."""

from __future__ import annotations

from skill.console.likeliest import LikeliestIntent

# Crisis holds a third of the samples, as in the Spanish model: a word only its samples hold
# is then at most three times likelier in them than overall.
SURFACES = (
    [("CrisisIntent", f"compré la soga {n}") for n in range(30)]
    + [("SlipIntent", f"le escribí anoche {n}") for n in range(30)]
    + [("UrgeIntent", f"quiero escribirle {n}") for n in range(30)]
)


def test_a_word_only_crisis_samples_hold_is_telling_however_many_crisis_samples_there_are() -> None:
    found = LikeliestIntent(SURFACES).find(["ya", "tengo", "la", "soga"], least_samples=20)

    assert found is not None
    assert (found.intent, found.telling) == ("CrisisIntent", 3)  # "la", "soga" and "la soga"


def test_a_word_other_intents_share_is_not_telling() -> None:
    shared = SURFACES + [("SlipIntent", f"la soga {n}") for n in range(30)]

    found = LikeliestIntent(shared).find(["ya", "tengo", "la", "soga"], least_samples=20)

    assert found is None or found.telling == 0


def test_a_word_fewer_samples_hold_than_asked_for_is_not_telling() -> None:
    found = LikeliestIntent(SURFACES[5:]).find(["compré", "la", "soga"], least_samples=30)

    assert found is not None
    assert found.telling == 0
