""" "How am I doing?": short, true to what was stored, and it changes nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from skill.storage.state import VERSION_KEY, ExerciseRecord, dump_state
from tests.alexa import Alexa
from tests.conftest import FakeClock
from tests.voice.checkin_helpers import check_in, start_period, state_of

# About 150 words a minute: 60 words is under 25 seconds of speech.
MAX_WORDS = 60


def words(text: str) -> int:
    return len(re.findall(r"[\w'.-]+", text))


def test_progress_gives_day_streak_mood_and_counts_in_under_30_seconds(
    alexa: Alexa, clock: FakeClock
) -> None:
    start_period(alexa, last_contact="2026-11-14")  # day 11 on the 24th
    for mood in ("2", "3", "4"):
        check_in(alexa, mood=mood)
        clock.advance(days=1)
    clock.advance(days=-1)  # the 26th: day 13
    alexa.one_shot("UrgeIntent")
    alexa.one_shot("UrgeIntent")
    heard = alexa.one_shot("ProgressIntent")
    assert "day 13 of 30, with 18 days to go" in heard.text.lower()
    assert "checked in 3 days in a row, your best yet" in heard.text
    assert "Over 3 check-ins, your mood has been rising, averaging 3 out of 5" in heard.text
    assert "2 urges let pass" in heard.text
    assert "no exercises yet" in heard.text and "no slips" in heard.text
    assert " 0 " not in f" {heard.text} "
    assert words(heard.text) <= MAX_WORDS
    assert heard.ended


def test_progress_counts_slips_and_exercises_from_the_stored_state(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa, last_contact="2026-11-14")
    alexa.one_shot("SlipIntent")
    alexa.confirm(True)
    # Completed exercises are kept by the guided exercises; here they are stored directly.
    key = hash_owner("user", alexa.caller.user_id)
    record = store.read(key)
    assert record is not None
    state = replace(state_of(store, alexa), exercises=ExerciseRecord({"past": 2, "future": 1}))
    store.write(key, dump_state(state), record[VERSION_KEY])
    heard = alexa.one_shot("ProgressIntent")
    assert "3 exercises done" in heard.text
    assert "and one slip." in heard.text
    assert "day 1 of 30" in heard.text.lower()


def test_a_falling_mood_is_said_gently(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa)
    for mood in ("5", "4", "2", "1"):
        check_in(alexa, mood=mood)
        clock.advance(days=1)
    heard = alexa.one_shot("ProgressIntent")
    assert "your mood has been falling, averaging 3 out of 5" in heard.text
    assert "Go gently" in heard.text
    assert words(heard.text) <= MAX_WORDS


def test_a_missed_day_ends_the_streak_without_shaming(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa)
    check_in(alexa)
    clock.advance(days=1)
    check_in(alexa)
    clock.advance(days=3)
    heard = alexa.one_shot("ProgressIntent")
    assert "best check-in streak is 2 days; a new one can start today" in heard.text
    for word in ("missed", "broke", "failed", "lost"):
        assert word not in heard.text
    text = check_in(alexa)
    assert "A fresh streak starts today" in text or "Today starts a new streak" in text


def test_progress_before_any_check_in(alexa: Alexa) -> None:
    start_period(alexa)
    heard = alexa.one_shot("ProgressIntent")
    assert "haven't done a check-in yet" in heard.text
    assert "mood" not in heard.text


def test_progress_without_a_period_offers_to_start(alexa: Alexa) -> None:
    heard = alexa.one_shot("ProgressIntent")
    assert "don't have a no-contact period running" in heard.text
    assert "start a no-contact period?" in heard.text
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_progress_after_the_period_is_complete(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa, last_contact="2026-11-12", target="14")  # day 13 of 14
    clock.advance(days=2)
    heard = alexa.one_shot("ProgressIntent")
    assert "You finished your 14 days without contact" in heard.text


def test_progress_changes_nothing_stored(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    check_in(alexa)
    key = hash_owner("user", alexa.caller.user_id)
    before = store.read(key)
    alexa.one_shot("ProgressIntent")
    assert store.read(key) == before


def test_progress_for_someone_new_stores_nothing(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("ProgressIntent")
    assert store.read(hash_owner("user", alexa.caller.user_id)) is None
