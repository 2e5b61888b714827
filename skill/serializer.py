"""The ASK SDK's serializer, with what it works out again for every object worked out once.

The SDK reads a request envelope and writes a response by reflection: for every object it
parses the type's name (``"list[ask_sdk_model.slot.Slot]"``) with a regular expression, imports
the class by name and merges the class's ``attribute_map`` with its ``deserialized_types``.
That was half of reading an envelope and most of writing a response. :class:`SdkSerializer`
keeps the answers per type name and per class, and does everything else exactly as the SDK
does; anything unusual (a payload of another shape than its type, an enum, a date) is handed
to the SDK's own code. Tests check, on real envelopes and odd ones, that it reads the same
objects as the SDK and writes the same JSON.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer

_LIST = re.compile(r"list\[(.*)\]")
_DICT = re.compile(r"dict\(([^,]*), (.*)\)")
_PLAIN = (str, int, float, bool)

#: What a type name stands for: ("list", item type), ("dict", value type), ("plain", type),
#: ("object", None), ("model", class), or ("sdk", None) for what the SDK's own code reads.
Kind = tuple[str, Any]


class SdkSerializer(DefaultSerializer):
    """The SDK's ``DefaultSerializer``, with its per-type work kept, and ISO timestamps read by
    the standard library.

    The SDK parses every request's timestamp with dateutil's general-purpose parser; Alexa's
    timestamps are ISO 8601, which ``datetime.fromisoformat`` reads directly. Anything else
    still goes to the SDK's parser.
    """

    def __init__(self) -> None:
        self._kinds: dict[str, Kind] = {}
        self._classes: dict[str, Any] = {}
        self._reads: dict[type, tuple[tuple[tuple[str, str, Any], ...], frozenset[str]]] = {}
        self._writes: dict[type, tuple[tuple[str, str], ...]] = {}

    # --- reading ---------------------------------------------------------------------------

    def _DefaultSerializer__deserialize(self, payload: Any, obj_type: Any) -> Any:
        if payload is None:
            return None
        if isinstance(obj_type, str):
            kind = self._kinds.get(obj_type) or self._kind(obj_type)
            shape, of = kind
            if shape == "list" and type(payload) is list:
                return [self._DefaultSerializer__deserialize(item, of) for item in payload]
            if shape == "dict" and type(payload) is dict:
                return {k: self._DefaultSerializer__deserialize(v, of) for k, v in payload.items()}
            if (shape == "plain" and type(payload) is of) or shape == "object":
                return payload
            if shape == "model":
                return self._DefaultSerializer__deserialize_model(payload, of)
        return super()._DefaultSerializer__deserialize(payload, obj_type)  # type: ignore[misc]

    def _kind(self, obj_type: str) -> Kind:
        kind: Kind = ("sdk", None)
        if obj_type.startswith("list["):
            found = _LIST.match(obj_type)
            if found is not None and "," not in found.group(1):
                kind = ("list", found.group(1).strip())
        elif obj_type.startswith("dict("):
            found = _DICT.match(obj_type)
            if found is not None:
                kind = ("dict", found.group(2))
        elif obj_type == "object":
            kind = ("object", None)
        elif obj_type in self.NATIVE_TYPES_MAPPING:
            native = self.NATIVE_TYPES_MAPPING[obj_type]
            if native in _PLAIN:
                kind = ("plain", native)
        else:
            kind = ("model", self._DefaultSerializer__load_class_from_name(obj_type))
        self._kinds[obj_type] = kind
        return kind

    def _DefaultSerializer__load_class_from_name(self, class_name: str) -> Any:
        found = self._classes.get(class_name)
        if found is None:
            found = super()._DefaultSerializer__load_class_from_name(class_name)  # type: ignore[misc]
            self._classes[class_name] = found
        return found

    def _DefaultSerializer__deserialize_model(self, payload: Any, obj_type: Any) -> Any:
        sdk_reads = (
            type(payload) is not dict
            or not isinstance(obj_type, type)
            or issubclass(obj_type, Enum)
            or not hasattr(obj_type, "deserialized_types")
        )
        if sdk_reads:
            return super()._DefaultSerializer__deserialize_model(payload, obj_type)  # type: ignore[misc]
        try:
            if hasattr(obj_type, "get_real_child_model"):
                obj_type = self._DefaultSerializer__get_obj_by_discriminator(  # type: ignore[attr-defined]
                    payload, obj_type
                )
            fields, known = self._reads.get(obj_type) or self._read_plan(obj_type)
            model = obj_type()
            for name, key, of in fields:
                if key in payload:
                    setattr(model, name, self._DefaultSerializer__deserialize(payload[key], of))
            for key in payload:
                if key not in known:  # as the SDK does: kept as it came
                    setattr(model, key, payload[key])
            return model
        except Exception as exc:
            raise SerializationException(str(exc)) from exc

    def _read_plan(self, cls: type) -> tuple[tuple[tuple[str, str, Any], ...], frozenset[str]]:
        keys = _keys(cls)
        types: dict[str, Any] = cls.deserialized_types  # type: ignore[attr-defined]
        plan = (
            tuple((name, key, types[name]) for name, key in keys.items()),
            frozenset(keys.values()),
        )
        self._reads[cls] = plan
        return plan

    def _DefaultSerializer__deserialize_datetime(self, payload: Any, obj_type: Any) -> Any:
        try:
            parsed = datetime.fromisoformat(payload)
        except (TypeError, ValueError):
            return super()._DefaultSerializer__deserialize_datetime(  # type: ignore[misc]
                payload, obj_type
            )
        return parsed.date() if obj_type is date else parsed

    # --- writing ---------------------------------------------------------------------------

    def serialize(self, obj: Any) -> Any:
        kind = type(obj)
        if obj is None or kind in _PLAIN:
            return obj
        if kind is list:
            return [self.serialize(item) for item in obj]
        if kind is dict:
            return {key: self.serialize(value) for key, value in obj.items()}
        fields = self._writes.get(kind)
        if fields is None:
            fields = self._write_plan(kind)
        if not fields:  # not a model (or one without attributes): the SDK's own rules
            return super().serialize(obj)
        out = {}
        for name, key in fields:
            value = getattr(obj, name)
            if value is not None:
                out[key] = self.serialize(value)
        return out

    def _write_plan(self, cls: type) -> tuple[tuple[str, str], ...]:
        is_model = hasattr(cls, "deserialized_types") and not issubclass(
            cls, (*self.PRIMITIVE_TYPES, list, tuple, dict, date, Enum)
        )
        plan = tuple(_keys(cls).items()) if is_model else ()
        self._writes[cls] = plan
        return plan


def _keys(cls: type) -> dict[str, str]:
    """A model's attributes, each with its key in JSON (its ``attribute_map`` entry, else its
    own name), in the order of ``deserialized_types``."""
    names: dict[str, str] = getattr(cls, "attribute_map", {})
    types: dict[str, Any] = cls.deserialized_types  # type: ignore[attr-defined]
    return {name: names.get(name, name) for name in types}


#: The one serializer every turn reads and writes with, so each type's work is done once.
SERIALIZER = SdkSerializer()
