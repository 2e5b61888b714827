"""The least a DynamoDB-backed ASK SDK skill can cost: the bare skill plus one read per turn.

A boto3 DynamoDB client is made at import (as most skills do) and every turn does one consistent
GetItem of the caller's record, read through the SDK's persistence hook.
"""

from __future__ import annotations

import json
import os
from typing import Any

import boto3
from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope
from bare_skill import build  # type: ignore[import-not-found]

TABLE = os.environ["LETTING_GO_TABLE"]
CLIENT = boto3.client("dynamodb")


class ReadOnce(AbstractPersistenceAdapter):
    def get_attributes(self, request_envelope: Any) -> dict[str, Any]:
        item = CLIENT.get_item(
            TableName=TABLE,
            Key={"id": {"S": request_envelope.session.user.user_id}},
            ConsistentRead=True,
        ).get("Item")
        return dict(item or {})

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        pass

    def delete_attributes(self, request_envelope: Any) -> None:
        pass


class Load(AbstractRequestInterceptor):
    def process(self, handler_input: HandlerInput) -> None:
        _ = handler_input.attributes_manager.persistent_attributes


_builder = CustomSkillBuilder(persistence_adapter=ReadOnce())
_builder.add_global_request_interceptor(Load())
SKILL = build(_builder)
SERIALIZER = DefaultSerializer()


def lambda_handler(event: dict[str, Any], context: Any) -> Any:
    envelope = SERIALIZER.deserialize(json.dumps(event), RequestEnvelope)
    return SERIALIZER.serialize(SKILL.invoke(request_envelope=envelope, context=context))
