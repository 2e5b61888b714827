"""Today's check-in, spoken: the three questions, answers given together, bad input, one a day."""

from __future__ import annotations

from datetime import UTC, date, datetime

from skill.domain.checkin import Activity
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.conftest import FakeClock
from tests.lines import phrasings
from tests.voice.checkin_helpers import (
    activity,
    check_in,
    mood_word,
    start_period,
    state_of,
    tip_heard,
)

TODAY = date(2026, 11, 24)  # the fixtures' clock: 18:00 in Los Angeles


def test_check_in_asks_three_questions_then_gives_the_tip_and_streak(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa)
    heard = alexa.one_shot("CheckInIntent")
    assert "Let's do today's check-in" in heard.text or "Okay, today's check-in" in heard.text
    assert "kept no contact so far?" in heard.text
    assert heard.directive_types == ["Dialog.ConfirmIntent"]

    heard = alexa.confirm(True)
    assert "How are you" in heard.text and "one to five" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"

    heard = alexa.answer("4")
    assert "good to hear" in heard.text or "I'm glad" in heard.text
    assert "What's one thing you'll do for yourself today?" in heard.text
    assert heard.directives[0]["slotToElicit"] == "activity"

    heard = alexa.answer(activity("call my sister", "FAMILY"))
    assert "Family it is" in heard.text or "Time with family" in heard.text
    assert tip_heard(heard.text) is not None
    assert "your first check-in" in heard.text
    assert heard.ended

    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None
    assert (entry.kept_no_contact, entry.mood, entry.activity, entry.finished) == (
        True,
        4,
        Activity.FAMILY,
        True,
    )


def test_plain_yes_answers_the_first_question(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directives[0]["slotToElicit"] == "mood"


def test_mood_and_activity_in_one_utterance(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    # "I'm a four and I'll call my sister"
    heard = alexa.answer("4", activity=activity("call my sister", "FAMILY"))
    assert heard.ended
    assert tip_heard(heard.text) is not None
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and (entry.mood, entry.activity) == (4, Activity.FAMILY)


def test_one_shot_with_answers_asks_only_what_is_missing(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    heard = alexa.one_shot(
        "CheckInIntent", {"mood": "4", "activity": activity("go for a run", "EXERCISE")}
    )
    assert "kept no contact" in heard.text
    heard = alexa.confirm(True)
    assert heard.ended and tip_heard(heard.text) is not None
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.finished and entry.activity is Activity.EXERCISE


def test_mood_words_and_their_synonyms_are_on_the_scale(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    heard = alexa.answer(None, moodWord=mood_word("pretty low", "LOW"))
    assert "Thank you for being honest" in heard.text or "A low day" in heard.text
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood == 2


def test_a_mood_off_the_scale_is_asked_again_and_not_kept(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    heard = alexa.answer("11")  # "eleven"
    assert "only goes from one to five" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood is None and entry.kept_no_contact is True
    heard = alexa.answer("3")
    assert heard.directives[0]["slotToElicit"] == "activity"


def test_a_mood_not_understood_is_asked_again(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    heard = alexa.answer(None, moodWord=mood_word("purple", None))
    assert "didn't catch that" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"


def test_an_unrecognised_category_is_asked_once_more_then_counts(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("3")
    heard = alexa.answer(activity("juggle chainsaws", None))
    assert "Is it friends, family, exercise, a hobby, a goal, rest, or something new?" in (
        heard.text
    )
    assert heard.directives[0]["slotToElicit"] == "activity"
    heard = alexa.answer(activity("juggle chainsaws", None))
    assert "something of your own; that counts" in heard.text.lower()
    assert heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.activity is Activity.OTHER


def test_i_dont_know_gets_a_suggestion_to_take(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("3")
    heard = alexa.answer(activity("i don't know", "UNSURE"))
    assert "Here's an idea" in heard.text and "friend" in heard.text
    assert heard.directive_types == ["Dialog.ConfirmIntent"]
    heard = alexa.confirm(True)
    assert heard.ended and tip_heard(heard.text) is not None
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.activity is Activity.FRIENDS


def test_no_to_the_suggestion_closes_kindly_without_one(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("3")
    alexa.answer(activity("no idea", "UNSURE"))
    heard = alexa.intent("AMAZON.NoIntent")
    assert "Any small kindness to yourself counts" in heard.text
    assert heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.finished and entry.activity is None


def test_no_contact_broken_goes_through_the_slip_and_back(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa, last_contact="2026-11-14")  # day 11
    alexa.one_shot("CheckInIntent")
    heard = alexa.confirm(False)
    assert "Thanks for telling me" in heard.text
    assert "start your 30 days again from today?" in heard.text
    heard = alexa.confirm(True)
    assert "today is day 1 again" in heard.text
    assert "longest run, 10 days, still counts" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    heard = alexa.answer("2", activity=activity("rest", "REST"))
    assert heard.ended
    state = state_of(store, alexa)
    assert state.period is not None
    assert state.period.start == TODAY and state.period.slips == (TODAY,)
    entry = state.checkins.on(TODAY)
    assert entry is not None and entry.kept_no_contact is False and entry.finished


def test_no_to_restarting_keeps_the_count_and_goes_on(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa, last_contact="2026-11-14")
    alexa.one_shot("CheckInIntent")
    alexa.confirm(False)
    heard = alexa.confirm(False)
    assert "your count stays as it was" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    state = state_of(store, alexa)
    assert state.period is not None and state.period.start == date(2026, 11, 14)


def test_silence_keeps_what_was_answered_and_finishes_later(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    heard = alexa.answer("2")
    assert heard.reprompt in phrasings("checkin_ask_activity_reprompt")
    alexa.end_session()  # no answer after the reprompt: Alexa closes the session
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and (entry.kept_no_contact, entry.mood) == (True, 2)
    assert not entry.finished

    heard = alexa.launch()
    assert "today's check-in" in heard.text
    heard = alexa.intent("AMAZON.YesIntent")
    assert "Let's finish today's check-in" in heard.text
    assert heard.directives[0]["slotToElicit"] == "activity"
    heard = alexa.answer(activity("a hobby", "HOBBY"))
    assert heard.ended and tip_heard(heard.text) is not None


def test_stop_in_the_middle_keeps_the_answers(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("5")
    heard = alexa.intent("AMAZON.StopIntent")
    assert "Whatever you've answered is kept" in heard.text
    assert heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood == 5


def test_help_and_misheard_answers_ask_the_same_question_again(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    heard = alexa.intent("AMAZON.HelpIntent")
    assert "one to five" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    heard = alexa.intent("AMAZON.FallbackIntent")
    assert "didn't catch that" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"


def test_a_second_check_in_the_same_day_reports_the_first(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    check_in(alexa, mood="4")
    heard = alexa.one_shot("CheckInIntent", {"mood": "1"})
    assert "already checked in today" in heard.text
    assert "4 out of 5" in heard.text and "time with family" in heard.text
    assert "how you're doing overall" in heard.text
    assert not heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood == 4
    heard = alexa.intent("AMAZON.YesIntent")
    assert "day 2 of 30" in heard.text.lower()


def test_no_to_hearing_progress_says_goodbye(alexa: Alexa) -> None:
    start_period(alexa)
    check_in(alexa)
    alexa.one_shot("CheckInIntent")
    heard = alexa.intent("AMAZON.NoIntent")
    assert heard.ended


def test_without_a_period_it_still_records_the_mood_and_offers_to_start(
    alexa: Alexa, store: LocalStore
) -> None:
    heard = alexa.one_shot("CheckInIntent")
    assert "haven't started a no-contact period yet" in heard.text
    assert "no contact since" not in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    heard = alexa.answer("3", activity=activity("rest", "REST"))
    assert "set up your no-contact period now?" in heard.text
    assert not heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood == 3 and entry.kept_no_contact is None
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directives[0]["slotToElicit"] == "lastContact"


def test_late_at_night_it_says_nights_are_hardest(alexa: Alexa, clock: FakeClock) -> None:
    start_period(alexa)
    clock.set(datetime(2026, 11, 25, 7, 30, tzinfo=UTC))  # 23:30 in Los Angeles
    text = check_in(alexa)
    assert "nights are often the hardest" in text or "hardest stretch" in text


def test_in_the_evening_it_does_not(alexa: Alexa) -> None:
    start_period(alexa)
    text = check_in(alexa)
    assert "hardest" not in text


def test_a_check_in_begun_before_midnight_belongs_to_that_day(
    alexa: Alexa, store: LocalStore, clock: FakeClock
) -> None:
    start_period(alexa)
    clock.set(datetime(2026, 11, 25, 7, 58, tzinfo=UTC))  # 23:58 in Los Angeles
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    clock.advance(minutes=4)  # 00:02 on the 25th
    alexa.answer("4", activity=activity("rest", "REST"))
    log = state_of(store, alexa).checkins
    assert log.is_done(TODAY)
    assert log.on(date(2026, 11, 25)) is None
    heard = alexa.one_shot("CheckInIntent")  # the new day's check-in is still to do
    assert "no contact since your last check-in" in heard.text


def test_launch_offers_the_check_in_until_it_is_done(alexa: Alexa) -> None:
    start_period(alexa)
    heard = alexa.launch()
    assert "day 2 of 30" in heard.text.lower()
    assert "today's check-in" in heard.text or "check in for today" in heard.text
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directive_types == ["Dialog.ConfirmIntent"]
    check_in(alexa)
    heard = alexa.launch()
    assert "check-in" not in heard.text and "check in" not in heard.text
    assert "day 2 of 30" in heard.text.lower()


def test_no_to_the_offer_on_launch_leaves_the_menu_open(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.launch()
    heard = alexa.intent("AMAZON.NoIntent")
    assert "What would you like?" in heard.text
    assert not heard.ended


def test_no_offer_on_launch_without_a_period(alexa: Alexa) -> None:
    heard = alexa.launch()
    assert "check-in" not in heard.text
