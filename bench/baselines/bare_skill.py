"""The least an ASK SDK skill can cost: one LaunchRequest handler and a catch-all, no storage.

Built once per process, like the real skill, so that both are measured the same way.
"""

from __future__ import annotations

import json
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import RequestEnvelope, Response


class Launch(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("LaunchRequest")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak("Welcome.").ask("What now?").response


class Anything(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.speak("Okay.").ask("And now?").response


def build(builder: CustomSkillBuilder) -> Any:
    builder.add_request_handler(Launch())
    builder.add_request_handler(Anything())
    return builder.create()


SKILL = build(CustomSkillBuilder())
SERIALIZER = DefaultSerializer()


def lambda_handler(event: dict[str, Any], context: Any) -> Any:
    envelope = SERIALIZER.deserialize(json.dumps(event), RequestEnvelope)
    return SERIALIZER.serialize(SKILL.invoke(request_envelope=envelope, context=context))
