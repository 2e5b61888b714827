"""A check-in left half done for something else is offered again once that is answered."""

from __future__ import annotations

from datetime import date

from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.lines import phrasings
from tests.voice.checkin_helpers import activity, start_period, state_of

TODAY = date(2026, 11, 24)  # the fixtures' clock
FINISH_OFFERS = phrasings("checkin_finish_offer")


def _offers_to_finish(text: str) -> bool:
    return any(offer in text for offer in FINISH_OFFERS)


def test_a_slip_told_at_the_mood_question_is_recorded_then_the_check_in_goes_on(
    alexa: Alexa, store: LocalStore
) -> None:
    start_period(alexa, last_contact="2026-11-14")  # day 11
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)  # "kept no contact?" yes, then the mood is asked
    heard = alexa.intent("SlipIntent", {"when": "2026-11-23"})
    assert "Shall we start your 30 days again from yesterday?" in heard.text
    heard = alexa.confirm(True)
    assert "Yesterday is day 1 again" in heard.text
    assert _offers_to_finish(heard.text) and not heard.ended

    state = state_of(store, alexa)
    assert state.period is not None and state.period.slips == (date(2026, 11, 23),)
    entry = state.checkins.on(TODAY)
    assert entry is not None and entry.kept_no_contact is False and not entry.finished

    heard = alexa.intent("AMAZON.YesIntent")
    assert "Let's finish today's check-in" in heard.text
    assert heard.directives[0]["slotToElicit"] == "mood"
    heard = alexa.answer("3", activity=activity("rest", "REST"))
    assert heard.ended
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and (entry.mood, entry.finished) == (3, True)


def test_a_slip_not_restarted_still_offers_the_check_in(alexa: Alexa) -> None:
    start_period(alexa, last_contact="2026-11-14")
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.intent("SlipIntent")
    heard = alexa.confirm(False)
    assert "day 11 of 30" in heard.text
    assert _offers_to_finish(heard.text) and not heard.ended


def test_days_left_asked_at_the_activity_question_then_back_to_it(alexa: Alexa) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("4")
    heard = alexa.intent("DaysLeftIntent")
    assert "Day 2 of 30" in heard.text
    assert _offers_to_finish(heard.text) and not heard.ended
    heard = alexa.intent("AMAZON.YesIntent")
    assert heard.directives[0]["slotToElicit"] == "activity"


def test_no_to_finishing_keeps_the_answers_for_later(alexa: Alexa, store: LocalStore) -> None:
    start_period(alexa)
    alexa.one_shot("CheckInIntent")
    alexa.confirm(True)
    alexa.answer("4")
    alexa.intent("ProgressIntent")
    heard = alexa.intent("AMAZON.NoIntent")
    assert not _offers_to_finish(heard.text)
    entry = state_of(store, alexa).checkins.on(TODAY)
    assert entry is not None and entry.mood == 4 and not entry.finished


def test_days_left_outside_a_check_in_ends_as_before(alexa: Alexa) -> None:
    start_period(alexa)
    heard = alexa.one_shot("DaysLeftIntent")
    assert heard.ended and not _offers_to_finish(heard.text)
