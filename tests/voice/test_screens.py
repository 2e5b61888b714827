"""What an Echo Show shows: each capability's screen on a device with APL (round and landscape),
nothing on a speaker, and a touch on a button answered as the words it stands for.

The devices are the real envelopes' contexts (tests/data/alexa-requests): the Alexa.NET.APL
LaunchRequest's Echo Show (1024x600, ``Alexa.Presentation.APL`` supported), the same made round
(480x480, as an Echo Spot reports), and amazon-alexa-php's device with a viewport but no APL in
its supported interfaces, which must be sent nothing it cannot show.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from skill.console.envelopes import Caller
from skill.storage.local import LocalStore
from tests.alexa import Alexa, Heard
from tests.conftest import FakeClock
from tests.voice.checkin_helpers import check_in, start_period, state_of

REQUESTS = Path(__file__).parents[1] / "data" / "alexa-requests"


def _envelope(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((REQUESTS / name).read_text(encoding="utf-8"))
    return loaded


_SHOW = _envelope("LaunchRequest_APL_Viewport_Viewports__alexa-net-apl.json")["context"]
_ROUND_VIEWPORT = {
    **copy.deepcopy(_SHOW["Viewport"]),
    "shape": "ROUND",
    "pixelWidth": 480,
    "pixelHeight": 480,
    "currentPixelWidth": 480,
    "currentPixelHeight": 480,
}
_PHP = _envelope("LaunchRequest_APL_Viewport_Extensions__amazon-alexa-php.json")["context"]

DEVICES: dict[str, dict[str, Any]] = {
    "landscape": {
        "interfaces": _SHOW["System"]["device"]["supportedInterfaces"],
        "viewport": _SHOW["Viewport"],
    },
    "round": {
        "interfaces": _SHOW["System"]["device"]["supportedInterfaces"],
        "viewport": _ROUND_VIEWPORT,
    },
}
SPEAKERS: dict[str, dict[str, Any]] = {
    "speaker": {"interfaces": {}, "viewport": None},
    # A viewport, but APL not among the supported interfaces: a directive would be refused.
    "viewport-without-apl": {
        "interfaces": _PHP["System"]["device"]["supportedInterfaces"],
        "viewport": _PHP["Viewport"],
    },
}


@pytest.fixture(params=sorted(DEVICES))
def show(request: pytest.FixtureRequest, alexa: Alexa, caller: Caller) -> Alexa:
    """Alexa on an Echo Show (landscape) or an Echo Spot (round)."""
    alexa.caller = replace(caller, **DEVICES[request.param])
    return alexa


@pytest.fixture(params=sorted(SPEAKERS))
def speaker(request: pytest.FixtureRequest, alexa: Alexa, caller: Caller) -> Alexa:
    alexa.caller = replace(caller, **SPEAKERS[request.param])
    return alexa


def screen_of(heard: Heard, document: str) -> dict[str, Any]:
    shown = heard.screen
    assert shown is not None, f"no screen with: {heard.text}"
    assert shown["token"] == f"letting-go.{document}"
    assert shown["document"]["type"] == "APL"
    assert shown["document"]["import"][0]["name"] == "alexa-layouts"
    payload: dict[str, Any] = shown["datasources"]["payload"]
    return payload


def labels(payload: dict[str, Any]) -> list[str]:
    return [button["label"] for button in payload["buttons"]]


# --- each capability, on a screen and on a speaker ---------------------------------------------

Capability = Callable[[Alexa], Heard]


def _days_left(alexa: Alexa) -> Heard:
    start_period(alexa)
    return alexa.one_shot("DaysLeftIntent")


def _launch(alexa: Alexa) -> Heard:
    start_period(alexa)
    return alexa.launch()


def _checkin(alexa: Alexa) -> Heard:
    start_period(alexa)
    check_in(alexa)
    assert alexa.last is not None
    return alexa.last


def _progress(alexa: Alexa) -> Heard:
    start_period(alexa)
    alexa.one_shot("UrgeIntent")
    return alexa.one_shot("ProgressIntent")


def _exercise(alexa: Alexa) -> Heard:
    return alexa.one_shot("LetGoOfPastIntent")


def _crisis(alexa: Alexa) -> Heard:
    return alexa.one_shot("CrisisIntent")


def _delete(alexa: Alexa) -> Heard:
    start_period(alexa)
    return alexa.one_shot("DeleteDataIntent")


CAPABILITIES: dict[str, tuple[Capability, str]] = {
    "launch": (_launch, "home"),
    "days left": (_days_left, "home"),
    "check-in": (_checkin, "checkin"),
    "progress": (_progress, "progress"),
    "exercise step": (_exercise, "exercise"),
    "crisis": (_crisis, "crisis"),
    "delete": (_delete, "delete"),
}
CARDS = {"days left", "check-in", "progress", "crisis"}


@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_a_device_with_apl_is_shown_the_capabilitys_screen(show: Alexa, name: str) -> None:
    act, document = CAPABILITIES[name]
    heard = act(show)
    screen_of(heard, document)
    assert heard.parsed().response is not None  # Alexa can read it back
    assert (heard.card is not None) == (name in CARDS)


@pytest.mark.parametrize("name", sorted(CAPABILITIES))
def test_a_device_without_apl_gets_no_screen_and_the_same_answer(speaker: Alexa, name: str) -> None:
    act, _ = CAPABILITIES[name]
    heard = act(speaker)
    assert not any(t.startswith("Alexa.Presentation") for t in heard.directive_types)
    assert (heard.card is not None) == (name in CARDS)


def test_the_console_device_is_a_speaker(alexa: Alexa) -> None:
    assert _days_left(alexa).screen is None


# --- what the screens say ----------------------------------------------------------------------


def test_days_left_shows_the_day_the_days_left_and_the_phase(show: Alexa) -> None:
    payload = screen_of(_days_left(show), "home")  # last contact the 23rd: the 24th is day 2
    assert payload["dayOf"] == "Day 2 of 30"
    assert (payload["left"], payload["leftLabel"]) == ("29", "days to go")
    assert (payload["done"], payload["target"]) == (2, 30)
    assert payload["phase"] == "The first days. Go gently."
    assert labels(payload)[0] == "Check in"


def test_the_last_day_says_one_day_to_go(show: Alexa, clock: FakeClock) -> None:
    start_period(show)
    clock.advance(days=28)
    payload = screen_of(show.one_shot("DaysLeftIntent"), "home")
    assert (payload["dayOf"], payload["left"], payload["leftLabel"]) == (
        "Day 30 of 30",
        "1",
        "day to go",
    )


def test_someone_new_sees_a_welcome_and_a_button_to_start(show: Alexa) -> None:
    payload = screen_of(show.launch(), "home")
    assert payload["hasPeriod"] is False
    assert labels(payload) == ["Start no contact", "Let go of the past", "Let go of the future"]


def test_the_check_in_shows_the_mood_the_streak_the_tip_and_the_moods(
    show: Alexa, clock: FakeClock
) -> None:
    start_period(show)
    for mood in ("2", "3"):
        check_in(show, mood=mood)
        clock.advance(days=1)
    check_in(show, mood="5")
    assert show.last is not None
    payload = screen_of(show.last, "checkin")
    assert payload["mood"] == "5 of 5"
    assert payload["streak"] == "3 days"
    assert payload["tip"] and payload["tip"] in show.last.text
    # three bars: two earlier ones, and today's, drawn apart (5 of 5 is the tallest, 56 high)
    assert payload["earlierMoods"].count("Z") == 2
    assert payload["latestMood"] == "M124,60 v-56 h12 v56 Z"


def test_progress_shows_what_the_speech_counts(show: Alexa) -> None:
    heard = _progress(show)
    payload = screen_of(heard, "progress")
    tiles = {tile["label"]: tile["value"] for tile in payload["tiles"]}
    assert tiles == {
        "Check-in streak": "0 days",
        "Mood, on average": "",
        "Urges let pass": "1",
        "Exercises done": "0",
        "Slips": "0",
    }
    assert payload["dayOf"] == "Day 2 of 30" and "day 2 of 30" in heard.text


def test_each_exercise_step_shows_where_it_is_and_the_buttons_it_takes(show: Alexa) -> None:
    first = screen_of(show.one_shot("LetGoOfPastIntent"), "exercise")
    assert (first["stepOf"], first["breathing"]) == ("Step 1 of 6", True)
    assert labels(first) == ["Ready", "Repeat", "Pause"]
    second = screen_of(show.intent("ReadyIntent"), "exercise")
    assert (second["stepOf"], second["breathing"]) == ("Step 2 of 6", False)
    feeling = screen_of(show.intent("ReadyIntent"), "exercise")
    assert feeling["instruction"] == "What does it stir up?"
    assert labels(feeling)[:5] == ["Resentment", "Jealousy", "Anger", "Shame", "Not sure"]


def test_the_crisis_screen_shows_the_locales_number_large(show: Alexa, caller: Caller) -> None:
    payload = screen_of(show.one_shot("CrisisIntent"), "crisis")
    assert payload["number"] == "988"
    assert payload["how"] == "Call or text the Suicide and Crisis Lifeline"
    assert payload["emergency"] == "In danger right now? Call 911."
    show.caller = replace(show.caller, locale="en-GB")
    assert screen_of(show.one_shot("CrisisIntent"), "crisis")["number"] == "116 123"


def test_a_spanish_request_is_shown_spanish_words_and_its_countrys_line(show: Alexa) -> None:
    start_period(show)
    show.caller = replace(show.caller, locale="es-MX")
    payload = screen_of(show.one_shot("DaysLeftIntent"), "home")
    assert payload["dayOf"] == "Día 2 de 30"
    assert (payload["left"], payload["leftLabel"]) == ("29", "días por delante")
    crisis = screen_of(show.one_shot("CrisisIntent"), "crisis")
    assert crisis["number"] == "800 911 2000"
    assert crisis["emergency"] == "¿En peligro ahora mismo? Llama al 911."


def test_nothing_the_person_said_reaches_a_screen(show: Alexa) -> None:
    start_period(show)
    show.one_shot("UnsentMessageIntent")
    said = "i kept the ticket from our first concert"
    heard = show.answer(said)
    assert heard.screen is None
    for later in (show.launch(), show.one_shot("ProgressIntent")):
        assert said not in json.dumps(later.raw)


# --- touches -------------------------------------------------------------------------------------


def test_a_touch_on_check_in_starts_the_check_in(show: Alexa) -> None:
    start_period(show)
    show.launch()
    heard = show.touch("CheckInIntent")
    assert "have you kept no contact" in heard.text.lower()
    assert heard.directive_types[0] == "Dialog.ConfirmIntent"


def test_a_touch_on_a_feeling_answers_the_step(show: Alexa) -> None:
    show.one_shot("LetGoOfPastIntent")
    show.intent("ReadyIntent")
    show.intent("ReadyIntent")
    heard = show.touch("FeelingIntent", "feeling", "anger")
    payload = screen_of(heard, "exercise")
    assert payload["stepOf"] == "Step 4 of 6"
    assert "anger" in heard.text.lower()


def test_yes_delete_it_all_deletes_and_no_keeps(show: Alexa, store: LocalStore) -> None:
    start_period(show)
    assert labels(screen_of(show.one_shot("DeleteDataIntent"), "delete")) == [
        "Yes, delete it all",
        "No, keep it",
    ]
    assert "haven't deleted" in show.touch("AMAZON.NoIntent").text
    assert state_of(store, show).period is not None
    show.one_shot("DeleteDataIntent")
    assert "is deleted" in show.touch("AMAZON.YesIntent").text
    assert state_of(store, show).period is None


def test_a_touch_that_names_no_button_of_ours_is_left_alone(show: Alexa, store: LocalStore) -> None:
    start_period(show)
    show.one_shot("DeleteDataIntent")
    # No screen has a button for these: nothing is said, nothing deleted.
    for forged in (("DeleteDataIntent",), ("FeelingIntent", "feeling", "their name")):
        heard = show.touch(*forged, token="letting-go.delete")
        assert heard.response.get("outputSpeech") is None
    assert show.touch("AMAZON.YesIntent", token="developer-provided-token").raw["response"] == {}
    assert state_of(store, show).period is not None


def test_a_published_user_event_is_answered_without_a_fault(
    handler: Callable[[dict[str, Any]], dict[str, Any]],
) -> None:
    # amazon-alexa-php's UserEvent: another skill's token and arguments.
    event = _envelope("Alexa.Presentation.APL.UserEvent__amazon-alexa-php.json")
    answer = handler(event)
    assert answer["response"].get("outputSpeech") is None


def test_a_published_apl_launch_is_shown_the_home_screen(
    handler: Callable[[dict[str, Any]], dict[str, Any]],
) -> None:
    answer = handler(_envelope("LaunchRequest_APL_Viewport_Viewports__alexa-net-apl.json"))
    directives = answer["response"].get("directives") or []
    assert [d["token"] for d in directives] == ["letting-go.home"]
    php = handler(_envelope("LaunchRequest_APL_Viewport_Extensions__amazon-alexa-php.json"))
    assert not php["response"].get("directives")
