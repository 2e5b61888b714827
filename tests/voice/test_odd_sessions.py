"""What a device sends back can be of the wrong shape: it is let go, never apologised over."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from tests.alexa import Alexa


def test_a_recent_phrasings_attribute_of_the_wrong_shape_is_let_go(
    alexa: Alexa, handler: Callable[[dict[str, Any]], dict[str, Any]]
) -> None:
    alexa.launch()
    alexa.intent("AMAZON.HelpIntent")
    for odd in ("a string", ["a", "list"], {"welcome_new": "zero"}, 7):
        envelope = copy.deepcopy(alexa.sent)
        assert envelope is not None
        envelope["session"]["attributes"]["recent"] = odd
        envelope["session"]["new"] = False
        answer = handler(envelope)
        speech = answer["response"]["outputSpeech"]["ssml"]
        assert "Sorry" not in speech and "went wrong" not in speech
        assert isinstance(answer["sessionAttributes"]["recent"], dict)


def test_an_intent_request_without_its_intent_gets_a_kind_answer(
    alexa: Alexa, handler: Callable[[dict[str, Any]], dict[str, Any]]
) -> None:
    alexa.launch()
    envelope = copy.deepcopy(alexa.sent)
    assert envelope is not None
    envelope["request"] = {**envelope["request"], "type": "IntentRequest"}
    envelope["request"].pop("intent", None)
    answer = handler(envelope)
    assert answer["response"]["outputSpeech"]["ssml"]
