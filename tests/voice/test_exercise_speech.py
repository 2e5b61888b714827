"""Everything the exercises say: valid SSML, real pauses, short turns that end with what to say."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from bench.exercise_length import measure
from skill.builder import build_skill
from skill.console.envelopes import Caller
from skill.domain.exercises.definitions import EXERCISES
from skill.domain.exercises.machine import ByFeeling, Exercise, Say, Slowly, Step
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from skill.voice import speech_en
from tests.alexa import Alexa, Heard
from tests.conftest import START, FakeAlexaApi, FakeClock
from tests.lines import phrasings, words
from tests.ssml import check_ssml
from tests.voice.exercise_walk import START_INTENTS, answer, steps_of

LONGEST_TURN_SECONDS = 45  # guided steps stay under 45 seconds of speech


def named_keys(exercise: Exercise) -> Iterator[str]:
    yield exercise.intro
    yield f"exercise_name_{exercise.id.value}"
    for step in exercise.steps:
        yield from (key for key in (step.prompt, step.reprompt, step.help) if key)
        for part in step.script:
            if isinstance(part, Say):
                yield part.key
            elif isinstance(part, Slowly):
                yield from (p.key for p in part.parts if isinstance(p, Say))
            elif isinstance(part, ByFeeling):
                yield from (*part.lines.values(), part.unsure)
    for row in exercise.transitions:
        yield from row.say


@pytest.mark.parametrize("exercise", EXERCISES.values(), ids=lambda e: e.id.value)
def test_every_line_an_exercise_names_is_in_the_catalog(exercise: Exercise) -> None:
    assert [key for key in named_keys(exercise) if key not in speech_en.LINES] == []


WAITING_STEPS = [
    step for exercise in EXERCISES.values() for step in exercise.steps if step.reprompt
]


def last_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+", text)[-1]


def what_to_say(prompt: str) -> str:
    """What a prompt asks the person to say: the words after its last "say"."""
    return re.split(r"\bsay\b:?\s*", prompt, flags=re.IGNORECASE)[-1]


@pytest.mark.parametrize("step", WAITING_STEPS, ids=lambda step: step.reprompt)
def test_every_step_reprompt_has_two_or_three_phrasings(step: Step) -> None:
    assert step.reprompt is not None
    assert 2 <= len(phrasings(step.reprompt)) <= 3
    assert len(set(phrasings(step.reprompt))) == len(phrasings(step.reprompt))


@pytest.mark.parametrize("step", WAITING_STEPS, ids=lambda step: step.reprompt)
def test_every_step_reprompt_is_shorter_than_its_prompt(step: Step) -> None:
    assert step.reprompt is not None
    shortest_prompt = min(words(line) for line in phrasings(step.prompt))
    for line in phrasings(step.reprompt):
        assert words(line) < shortest_prompt, line


@pytest.mark.parametrize("step", WAITING_STEPS, ids=lambda step: step.reprompt)
def test_every_step_reprompt_ends_with_what_the_prompt_asks_to_say(step: Step) -> None:
    assert step.reprompt is not None
    (answer,) = {what_to_say(line) for line in phrasings(step.prompt)}
    for line in phrasings(step.reprompt):
        assert "say" in last_sentence(line).lower(), line
        assert line.endswith(answer), line


def everything_said(alexa: Alexa) -> Iterator[Heard]:
    """Every kind of response at every step of both exercises, and around them."""
    for exercise in EXERCISES:
        steps = steps_of(exercise)
        yield alexa.one_shot(START_INTENTS[exercise])
        for step in steps:  # help, repeat and a misheard reply at each step, then its answer
            for intent in ("AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent"):
                yield alexa.intent(intent)
            yield answer(alexa, step, feeling="jealousy", yes=True)
        alexa.one_shot(START_INTENTS[exercise])
        for _ in steps:
            yield alexa.intent("AMAZON.NextIntent")
        alexa.one_shot(START_INTENTS[exercise])
        for step in steps:  # paused at each step, picked up, answered the other way
            yield alexa.intent("AMAZON.PauseIntent")
            yield alexa.launch()
            yield alexa.intent("AMAZON.YesIntent")
            yield answer(alexa, step, feeling=None, yes=False)
        alexa.one_shot(START_INTENTS[exercise])
        yield alexa.intent("AMAZON.StartOverIntent")
        yield alexa.intent("AMAZON.NavigateHomeIntent")
        yield alexa.launch()
        yield alexa.intent("AMAZON.NoIntent")
    yield alexa.one_shot("ReadyIntent")


#: The word each language tells the person what to say with ("say: ready", "di: ya").
SAY = {"en": "say", "es": "di|decir"}


@pytest.fixture(scope="module", params=["en-US", "en-GB", "es-ES"])
def locale(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def said_everything(locale: str, tmp_path_factory: pytest.TempPathFactory) -> list[Heard]:
    # Built once per locale: walking everything takes a few hundred requests.
    clock = FakeClock(START)
    path = tmp_path_factory.mktemp("speech") / "state.sqlite3"
    store = LocalStore(path, clock=lambda: clock.now().timestamp())
    skill = build_skill(store, clock=clock, api_client=FakeAlexaApi(), rng=random.Random(5))
    caller = Caller(
        locale=locale, api_endpoint="https://api.amazonalexa.com", api_access_token="token"
    )
    alexa = Alexa(lambda event: handle_event(skill, event), caller=caller, now=clock.now)
    return list(everything_said(alexa))


def test_every_response_is_ssml_alexa_accepts(said_everything: list[Heard]) -> None:
    for heard in said_everything:
        check_ssml(heard.ssml)
        reprompt = ((heard.response.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml")
        if reprompt:
            check_ssml(reprompt)


def test_long_form_style_only_where_the_locale_has_it(
    locale: str, said_everything: list[Heard]
) -> None:
    styled = [heard for heard in said_everything if "amazon:domain" in heard.ssml]
    assert bool(styled) is (locale == "en-US")


def test_pauses_are_real_pauses(said_everything: list[Heard]) -> None:
    breaks = [b for heard in said_everything for b in check_ssml(heard.ssml)]
    assert max(breaks) <= 10
    assert sum(breaks) > 60


def test_every_open_turn_ends_with_what_to_say(locale: str, said_everything: list[Heard]) -> None:
    say = SAY[locale[:2]]
    for heard in said_everything:
        if heard.ended:
            continue
        last = last_sentence(heard.text)
        assert re.search(rf"\b({say})\b", last.lower()) or last.endswith("?"), heard.text


def test_every_turn_is_short_enough_to_follow(said_everything: list[Heard]) -> None:
    for heard in said_everything:
        assert measure(heard.ssml).seconds <= LONGEST_TURN_SECONDS, heard.text
