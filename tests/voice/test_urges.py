"""The pull to reach out: grounding that fits the hour, an urge that comes back, the choice
after it, and an unsent message that leaves no trace."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from itertools import product
from pathlib import Path

import pytest

from bench.exercise_length import measure
from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.voice import speech_en
from tests.alexa import Alexa, Heard
from tests.conftest import FakeClock
from tests.lines import phrasings, words

# The test device is in Los Angeles: 02:00 UTC on the 25th is 6 pm there, 07:30 is 11:30 pm.
EVENING = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
NIGHT = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
MESSAGE = "you never once asked how my mother was doing after the surgery"


def stored(store: LocalStore, alexa: Alexa) -> dict:
    record = store.read(hash_owner("user", alexa.caller.user_id))
    assert record is not None
    return record


def start(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-23", "targetDays": "30"})
    alexa.confirm(True)


def test_an_urge_grounds_counts_and_offers_a_choice_in_under_45_seconds(
    alexa: Alexa, store: LocalStore
) -> None:
    start(alexa)
    heard = alexa.one_shot("UrgeIntent")
    assert '<break time="4s"/>' in heard.ssml and '<prosody rate="slow">' in heard.ssml
    assert "one urge" in heard.text
    assert not heard.ended
    assert "breath" in heard.text and "let go of the past" in heard.text
    assert measure(heard.ssml).seconds <= 45
    assert words(heard.text) <= 60
    period = stored(store, alexa)["period"]
    assert period["urges_resisted"] == 1 and period["slips"] == []
    assert period["last_urge_at"] == "2026-11-25T02:00:00+00:00"


def test_at_night_the_grounding_fits_the_night(alexa: Alexa, clock: FakeClock) -> None:
    start(alexa)
    clock.set(NIGHT)
    night = alexa.one_shot("UrgeIntent").text.lower()
    assert any(thing in night for thing in ("water", "lights", "morning", "tomorrow"))
    assert "walk" not in night and "step outside" not in night and "call a friend" not in night


def test_every_grounding_fits_its_hour_and_every_urge_answer_is_short() -> None:
    for line in phrasings("urge_night"):
        assert "walk" not in line and "outside" not in line and "call a friend" not in line
    counted = [*speech_en.LINES["urge_counted"], *speech_en.LINES["urge_no_period"]]
    for key in ("urge_day", "urge_night", "urge_again"):
        for grounding, said, choice in product(
            speech_en.LINES[key], counted, speech_en.LINES["urge_choice"]
        ):
            ssml = f"<speak>{grounding} {said.format(urges='12 urges')} {choice}</speak>"
            assert measure(ssml).seconds <= 45 and words(ssml) <= 60, ssml


def test_an_urge_that_comes_back_in_the_session_hears_a_shorter_path(
    alexa: Alexa, store: LocalStore
) -> None:
    start(alexa)
    first = alexa.one_shot("UrgeIntent")
    again = alexa.intent("UrgeIntent")
    assert "back" in again.text.lower()
    assert measure(again.ssml).seconds < measure(first.ssml).seconds
    assert "2 urges" in again.text
    assert stored(store, alexa)["period"]["urges_resisted"] == 2


def test_within_the_hour_it_is_the_same_urge_coming_back_after_that_a_new_one(
    alexa: Alexa, clock: FakeClock
) -> None:
    start(alexa)
    first = alexa.one_shot("UrgeIntent")
    clock.advance(minutes=40)
    assert "back" in alexa.one_shot("UrgeIntent").text.lower()
    clock.advance(hours=2)
    later = alexa.one_shot("UrgeIntent")
    assert "back" not in later.text.lower().split("let go of the past")[0]
    assert later.text != first.text


def test_no_urge_is_answered_twice_with_the_same_words_over_a_month(
    alexa: Alexa, clock: FakeClock
) -> None:
    start(alexa)
    said: list[str] = []
    for day in range(30):
        clock.set(EVENING + timedelta(days=day))
        said.append(alexa.one_shot("UrgeIntent").text)
        said.append(alexa.intent("UrgeIntent").text)  # it came straight back
        clock.set(NIGHT + timedelta(days=day))
        said.append(alexa.one_shot("UrgeIntent").text)
    assert len(set(said)) == len(said) == 90


def test_the_choice_after_an_urge(alexa: Alexa) -> None:
    start(alexa)
    alexa.one_shot("UrgeIntent")
    breath = alexa.intent("BreatheIntent")
    assert '<break time="4s"/>' in breath.ssml and not breath.ended
    which = alexa.intent("AMAZON.YesIntent")
    assert "which one" in which.text.lower() and not which.ended
    assert alexa.intent("AMAZON.NoIntent").ended
    alexa.one_shot("UrgeIntent")
    past = alexa.intent("LetGoOfPastIntent")
    assert "step 1 of" in past.text.lower() or "let go of the past" in past.text.lower()
    alexa.one_shot("UrgeIntent")
    assert alexa.intent("AMAZON.StopIntent").ended


def test_an_urge_without_a_period_still_grounds_and_keeps_nothing(
    alexa: Alexa, store: LocalStore
) -> None:
    heard = alexa.one_shot("UrgeIntent")
    assert "breath" in heard.text.lower()
    assert "start no contact" in heard.text and not heard.ended
    assert store.read(hash_owner("user", alexa.caller.user_id)) is None


def tell_them(alexa: Alexa, message: str, *, after_urge: bool = False) -> tuple[Heard, Heard]:
    if after_urge:
        alexa.one_shot("UrgeIntent")
        invite = alexa.intent("UnsentMessageIntent")
    else:
        invite = alexa.one_shot("UnsentMessageIntent")
    return invite, alexa.answer(message)


def test_an_unsent_message_is_heard_and_let_go(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    invite, heard = tell_them(alexa, MESSAGE)
    assert invite.directives[0]["type"] == "Dialog.ElicitSlot"
    assert invite.directives[0]["slotToElicit"] == "message"
    assert "won't send it" in invite.text or "unsent" in invite.text
    assert not set(MESSAGE.split()) - {"you", "how", "the", "my", "was"} & set(
        heard.text.lower().split()
    )
    assert not heard.ended and words(heard.text) <= 30
    # Wanting to tell them is the pull, resisted: counted once, and not again after an urge.
    assert stored(store, alexa)["period"]["urges_resisted"] == 1
    tell_them(alexa, MESSAGE, after_urge=True)
    assert stored(store, alexa)["period"]["urges_resisted"] == 2


def test_an_unsent_message_leaves_no_trace_in_the_store_the_logs_or_the_response(
    alexa: Alexa, store_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    start(alexa)
    caplog.set_level(logging.DEBUG)
    _, heard = tell_them(alexa, MESSAGE, after_urge=True)
    response = json.dumps(heard.raw)  # speech, reprompt, directives and session attributes
    logs = "\n".join(r.getMessage() for r in caplog.records)
    kept = store_path.read_bytes().decode("utf-8", "replace")
    for telling in ("mother", "surgery", "never once asked"):
        assert telling not in response
        assert telling not in logs
        assert telling not in kept


def test_crisis_words_inside_an_unsent_message_get_the_crisis_line(alexa: Alexa) -> None:
    start(alexa)
    _, heard = tell_them(alexa, "i'd tell him that honestly i don't want to be alive anymore")
    assert "988" in heard.text
    assert "alive" not in heard.text


def test_asked_to_speak_freely_silence_gets_a_gentle_second_ask(alexa: Alexa) -> None:
    start(alexa)
    alexa.one_shot("UnsentMessageIntent")
    again = alexa.answer("")
    assert again.directives[0]["slotToElicit"] == "message" and not again.ended


def test_asked_to_speak_freely_a_pause_keeps_listening(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    alexa.one_shot("UnsentMessageIntent")
    waited = alexa.intent("AMAZON.PauseIntent")
    assert waited.text.startswith("Take your time.")
    assert waited.directives[0]["slotToElicit"] == "message" and not waited.ended
    heard = alexa.answer(MESSAGE)
    assert not heard.ended and stored(store, alexa)["period"]["urges_resisted"] == 1


def test_a_pause_with_nothing_open_says_a_gentle_goodbye(alexa: Alexa) -> None:
    start(alexa)
    paused = alexa.one_shot("AMAZON.PauseIntent")
    assert paused.ended and "whenever you want to come back" in paused.text
