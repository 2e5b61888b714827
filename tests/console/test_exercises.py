"""Both guided exercises typed into the console, as the README shows: done, stopped, picked up."""

from __future__ import annotations

from pathlib import Path

from skill.console.device import console_caller
from skill.domain.exercises import ExerciseRecord, Feeling
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import load_state
from tests.console.conftest import Converse
from tests.lines import phrasings, said

PAST = [
    "ask letting go to help me let go of the past",
    "ready",
    "I've got one",
    "I'm furious",
    "okay",
    "no",
    "I let it go",
]
FUTURE = ["ask letting go to let go of the future", "ready", "go on", "ready", "ready", "i let go"]


def exercises_kept(store_path: Path) -> ExerciseRecord:
    record = LocalStore(store_path).read(hash_owner("user", console_caller().user_id))
    return load_state(record).exercises


def test_both_exercises_typed_from_start_to_close(converse: Converse, store_path: Path) -> None:
    chat = converse()
    replies = [chat.hear(text) for text in PAST]
    assert replies[0].text.startswith(said("past_intro"))
    assert "(pause 4 s)" in replies[0].text  # the breathing pauses show in the console
    assert replies[2].directives == ["Dialog.ElicitSlot"]  # listening for the feeling
    assert replies[3].text.startswith(said("past_reframe_anger"))
    assert replies[5].text.startswith(said("past_perspective_no"))
    assert all(not reply.ended for reply in replies[:-1])
    assert replies[-1].ended
    assert replies[-1].text.endswith(said("past_close_prompt"))

    replies = [chat.hear(text) for text in FUTURE]
    assert replies[0].text.startswith(said("future_intro"))
    assert replies[-1].ended
    assert replies[-1].text.endswith(said("future_close_prompt"))

    kept = exercises_kept(store_path)
    assert kept.completions == {"past": 1, "future": 1}
    assert kept.last_feeling is Feeling.ANGER
    assert kept.in_progress is None


def test_stopped_in_one_console_and_picked_up_in_the_next(
    converse: Converse, store_path: Path
) -> None:
    chat = converse()
    chat.hear(PAST[0])
    chat.hear("ready")
    assert "step 2 of 6" in chat.hear("help").text
    stopped = chat.hear("stop")
    assert stopped.ended and not chat.in_session
    assert "pause here, at step 2 of 6" in stopped.text

    restarted = converse()
    offer = restarted.open()
    assert "letting go of the past, at step 2 of 6" in offer.text
    picked_up = restarted.hear("yes")
    assert picked_up.text.startswith("Okay, picking up at step 2 of 6.")
    assert picked_up.text.endswith(said("past_bring_to_mind_prompt"))
    for text in ["ready", "I don't know", "ready", "yes", "let it go"]:
        last = restarted.hear(text)
    assert last.ended
    assert exercises_kept(store_path).completions == {"past": 1}


def test_typed_navigation_inside_an_exercise(converse: Converse) -> None:
    chat = converse()
    chat.hear(FUTURE[0])
    assert chat.hear("what's the weather").text in phrasings("future_notice_reprompt")
    skipped = chat.hear("skip")
    assert skipped.text.endswith(said("future_pressure_prompt"))
    assert chat.hear("start over").text.endswith(said("future_notice_prompt"))
    assert chat.hear("repeat").text.endswith(said("future_notice_prompt"))
    paused = chat.hear("pause")
    assert paused.ended
    assert "step 1 of 5" in paused.text
