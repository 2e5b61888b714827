"""Starting a period by voice: the dialog, its questions, and what gets stored."""

from __future__ import annotations

from skill.storage.keys import hash_owner
from skill.storage.local import LocalStore
from tests.alexa import Alexa
from tests.lines import phrasings

# The fixtures' clock stands at 2026-11-24, 18:00 in Los Angeles (the device's zone).


def stored(store: LocalStore, alexa: Alexa) -> dict | None:
    return store.read(hash_owner("user", alexa.caller.user_id))


def start(alexa: Alexa, last_contact: str = "2026-11-23", length: str = "P2Y") -> None:
    alexa.one_shot("StartNoContactIntent")
    alexa.answer(last_contact)
    alexa.answer(length)
    alexa.confirm(True)


def test_new_user_is_onboarded_and_offered_a_period(alexa: Alexa) -> None:
    heard = alexa.launch()
    assert "I'm a coach, not a therapist" in heard.text
    assert "Shall we set up your no-contact period?" in heard.text
    assert not heard.ended


def test_yes_on_launch_asks_for_the_last_contact(alexa: Alexa) -> None:
    alexa.launch()
    heard = alexa.intent("AMAZON.YesIntent")
    assert "When were you last in touch" in heard.text
    assert heard.directives[0]["type"] == "Dialog.ElicitSlot"
    assert heard.directives[0]["slotToElicit"] == "lastContact"
    assert heard.directives[0]["updatedIntent"]["name"] == "StartNoContactIntent"


def test_start_dialog_commits_a_thirty_day_period(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.answer("2026-11-23")
    assert "how long were you together" in heard.text.lower()
    heard = alexa.answer("P2Y")
    assert "30 days of no contact, counted from yesterday" in heard.text
    assert "not even a one-word reply" in heard.text
    assert stored(store, alexa) is None  # nothing is kept before the promise
    heard = alexa.confirm(True)
    assert "Today is day 2 of 30" in heard.text
    assert "reminder on your last day, December 22?" in heard.text
    assert not heard.ended
    record = stored(store, alexa)
    assert record is not None
    assert record["period"]["start"] == "2026-11-23"
    assert record["period"]["target_days"] == 30
    assert record["time_zone"] == "America/Los_Angeles"


def test_short_relationship_gets_fourteen_days(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-24"})
    heard = alexa.answer("P10W")
    assert "less than three months, two weeks is enough" in heard.text
    assert "14 days of no contact" in heard.text
    alexa.confirm(True)
    assert stored(store, alexa)["period"]["target_days"] == 14


def test_custom_length_skips_the_relationship_question(alexa: Alexa, store: LocalStore) -> None:
    heard = alexa.one_shot(
        "StartNoContactIntent", {"lastContact": "2026-11-24", "targetDays": "45"}
    )
    assert "45 days of no contact, counted from today" in heard.text
    alexa.confirm(True)
    assert stored(store, alexa)["period"]["target_days"] == 45


def test_custom_length_out_of_range_is_asked_again(alexa: Alexa) -> None:
    heard = alexa.one_shot(
        "StartNoContactIntent", {"lastContact": "2026-11-24", "targetDays": "400"}
    )
    assert "from 7 to 180 days" in heard.text
    assert heard.directives[0]["slotToElicit"] == "targetDays"
    heard = alexa.answer("21")
    assert "21 days of no contact" in heard.text


def test_make_it_n_days_during_the_dialog_sets_the_length(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-24"})
    heard = alexa.intent("SetPeriodLengthIntent", {"targetDays": "60"})
    assert "60 days of no contact" in heard.text
    alexa.confirm(True)
    assert stored(store, alexa)["period"]["target_days"] == 60


def test_future_date_is_questioned_not_accepted(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.answer("2026-12-03")
    assert "hasn't come yet" in heard.text
    assert heard.directives[0]["slotToElicit"] == "lastContact"
    assert "value" not in heard.directives[0]["updatedIntent"]["slots"]["lastContact"]
    assert stored(store, alexa) is None


def test_a_date_said_without_a_year_is_the_one_that_has_passed(
    alexa: Alexa, store: LocalStore
) -> None:
    # "November 20th", said on November 24th: Alexa sends next year's November 20th.
    alexa.one_shot("StartNoContactIntent", {"targetDays": "30"})
    heard = alexa.answer("2027-11-20")
    assert "counted from Friday" in heard.text or "November 20" in heard.text
    heard = alexa.confirm(True)
    record = stored(store, alexa)
    assert record is not None and record["period"]["start"] == "2026-11-20"


def test_unclear_date_asks_for_one_day(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.answer("2026-W47")
    assert "one particular day" in heard.text


def test_unclear_length_is_asked_again(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-20"})
    heard = alexa.answer("forever")
    assert "didn't catch a length of time" in heard.text
    assert heard.directives[0]["slotToElicit"] == "relationshipLength"


def test_date_longer_ago_than_the_target_is_questioned(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-09-01"})
    heard = alexa.answer("P1Y")
    assert "That was 84 days ago, which is longer than a 30 days period" in heard.text
    assert heard.directives[0]["type"] == "Dialog.ConfirmSlot"
    heard = alexa.confirm(False)
    assert heard.directives[0]["slotToElicit"] == "lastContact"
    heard = alexa.answer("2026-09-01")
    heard = alexa.confirm(True)  # yes, that date is right
    assert heard.directives[0]["type"] == "Dialog.ConfirmIntent"
    heard = alexa.confirm(True)
    assert "already gone 84 days without contact" in heard.text
    assert stored(store, alexa)["period"]["start"] == "2026-09-01"


def test_no_to_the_commitment_stores_nothing(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-24"})
    alexa.answer("P1Y")
    heard = alexa.confirm(False)
    assert "Nothing has been set" in heard.text
    assert stored(store, alexa) is None


def test_starting_again_while_active_asks_first(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    heard = alexa.one_shot("StartNoContactIntent")
    assert "already on day 2 of 30" in heard.text
    heard = alexa.intent("AMAZON.NoIntent")
    assert "carries on: day 2 of 30" in heard.text
    assert stored(store, alexa)["period"]["start"] == "2026-11-23"


def test_starting_again_keeps_the_old_period_in_history(alexa: Alexa, store: LocalStore) -> None:
    start(alexa)
    alexa.one_shot("StartNoContactIntent")
    alexa.intent("AMAZON.YesIntent")
    alexa.answer("2026-11-24")
    alexa.answer("P1Y")
    alexa.confirm(True)
    record = stored(store, alexa)
    assert record["period"]["start"] == "2026-11-24"
    assert [p["start"] for p in record["history"]] == ["2026-11-23"]
    assert record["history"][0]["outcome"] == "ended"


def test_stop_during_the_dialog_sets_nothing(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("AMAZON.StopIntent")
    assert "Nothing has been set" in heard.text
    assert heard.ended
    assert stored(store, alexa) is None


def test_help_during_the_dialog_asks_the_same_question_again(alexa: Alexa) -> None:
    alexa.one_shot("StartNoContactIntent")
    heard = alexa.intent("AMAZON.HelpIntent")
    assert "not a therapist" in heard.text
    assert any(line in heard.text for line in phrasings("ask_last_contact_reprompt"))
    assert heard.directives[0]["slotToElicit"] == "lastContact"
    heard = alexa.answer("2026-11-22")
    assert "how long were you together" in heard.text.lower()


def test_plain_yes_answers_the_commitment_too(alexa: Alexa, store: LocalStore) -> None:
    alexa.one_shot("StartNoContactIntent", {"lastContact": "2026-11-24", "targetDays": "30"})
    heard = alexa.intent("AMAZON.YesIntent")
    assert "Today is day 1 of 30" in heard.text
    assert stored(store, alexa)["period"]["target_days"] == 30
