"""A stand-in for Alexa in tests: sends request envelopes through the skill, turn by turn.

It keeps the session as Alexa does (attributes carried, a new session after the skill ends one)
and follows Dialog directives the way Alexa would: an answer to an elicited slot comes back as
the directive's updated intent with that slot filled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import ResponseEnvelope

from skill.console.envelopes import (
    Caller,
    Session,
    intent_request,
    launch_request,
    session_ended_request,
    slot_json,
)

Handler = Callable[[dict[str, Any]], dict[str, Any]]
RENDER_DOCUMENT = "Alexa.Presentation.APL.RenderDocument"
SlotValue = str | dict[str, Any] | None
"""A slot's value as heard, or a whole slot as Alexa sends it (with its entity resolution)."""


def _slot(name: str, value: SlotValue) -> dict[str, Any]:
    return value if isinstance(value, dict) else slot_json(name, value)


@dataclass
class Heard:
    """One response, as a person would notice it."""

    raw: dict[str, Any]

    @property
    def response(self) -> dict[str, Any]:
        return self.raw.get("response") or {}

    @property
    def ssml(self) -> str:
        return (self.response.get("outputSpeech") or {}).get("ssml", "")

    @property
    def text(self) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", self.ssml).split())

    @property
    def reprompt(self) -> str:
        speech = (self.response.get("reprompt") or {}).get("outputSpeech") or {}
        return " ".join(re.sub(r"<[^>]+>", " ", speech.get("ssml", "")).split())

    @property
    def ended(self) -> bool:
        return bool(self.response.get("shouldEndSession"))

    @property
    def directives(self) -> list[dict[str, Any]]:
        return list(self.response.get("directives") or [])

    @property
    def card(self) -> dict[str, Any] | None:
        return self.response.get("card")

    @property
    def screen(self) -> dict[str, Any] | None:
        """The APL document this response shows, with its token and datasources, if any."""
        shown = [d for d in self.directives if d.get("type") == RENDER_DOCUMENT]
        assert len(shown) <= 1, "two screens in one response"
        return shown[0] if shown else None

    @property
    def directive_types(self) -> list[str]:
        return [d.get("type", "") for d in self.directives]

    def parsed(self) -> ResponseEnvelope:
        """The response read back by ask_sdk_model, as Alexa would read it."""
        envelope = DefaultSerializer().deserialize(json.dumps(self.raw), ResponseEnvelope)
        assert isinstance(envelope, ResponseEnvelope)
        return envelope


@dataclass
class Alexa:
    handler: Handler
    caller: Caller = field(default_factory=Caller)
    now: Callable[[], datetime] | None = None
    session: Session = field(default_factory=Session)
    last: Heard | None = None
    sent: dict[str, Any] | None = None

    def _send(self, envelope: dict[str, Any]) -> Heard:
        self.sent = json.loads(json.dumps(envelope))
        heard = Heard(self.handler(envelope))
        _check_certification(heard)
        self.last = heard
        if heard.ended:
            self.session = Session()
        else:
            self.session.carry(heard.raw)
        return heard

    def _time(self) -> datetime | None:
        return self.now() if self.now else None

    def resend(self) -> Heard:
        """The last request again, as it was (same request id): a retry or a replay."""
        assert self.sent is not None, "nothing was sent yet"
        return Heard(self.handler(json.loads(json.dumps(self.sent))))

    def launch(self) -> Heard:
        self.session = Session()
        return self._send(launch_request(self.caller, self.session, self._time()))

    def intent(
        self,
        name: str,
        slots: dict[str, SlotValue] | None = None,
        *,
        confirmation: str = "NONE",
        dialog_state: str | None = None,
    ) -> Heard:
        filled = {k: _slot(k, v) for k, v in (slots or {}).items()}
        return self._send(
            intent_request(
                self.caller,
                self.session,
                name,
                filled,
                confirmation=confirmation,
                dialog_state=dialog_state,
                now=self._time(),
            )
        )

    def one_shot(self, name: str, slots: dict[str, SlotValue] | None = None) -> Heard:
        """ "Alexa, ask letting go ...": a new session straight into an intent."""
        self.session = Session()
        return self.intent(name, slots)

    def _dialog(self) -> dict[str, Any]:
        assert self.last is not None, "nothing was asked yet"
        for directive in self.last.directives:
            if directive.get("type", "").startswith("Dialog."):
                return directive
        raise AssertionError(f"the last response has no Dialog directive: {self.last.text}")

    def answer(self, value: SlotValue, **others: SlotValue) -> Heard:
        """Fill the slot the last Dialog.ElicitSlot asked for (and any ``others`` said with it)."""
        directive = self._dialog()
        assert directive["type"] == "Dialog.ElicitSlot", directive["type"]
        intent = json.loads(json.dumps(directive["updatedIntent"]))
        slot = directive["slotToElicit"]
        intent["slots"][slot] = _slot(slot, value)
        for name, other in others.items():
            intent["slots"][name] = _slot(name, other)
        return self._continue(intent)

    def confirm(self, yes: bool) -> Heard:
        """Say yes or no to the last Dialog.ConfirmIntent or Dialog.ConfirmSlot."""
        directive = self._dialog()
        intent = json.loads(json.dumps(directive["updatedIntent"]))
        status = "CONFIRMED" if yes else "DENIED"
        if directive["type"] == "Dialog.ConfirmSlot":
            intent["slots"][directive["slotToConfirm"]]["confirmationStatus"] = status
        else:
            assert directive["type"] == "Dialog.ConfirmIntent", directive["type"]
            intent["confirmationStatus"] = status
        return self._continue(intent)

    def _continue(self, intent: dict[str, Any]) -> Heard:
        envelope = intent_request(
            self.caller,
            self.session,
            intent["name"],
            intent.get("slots") or {},
            confirmation=intent.get("confirmationStatus") or "NONE",
            dialog_state="IN_PROGRESS",
            now=self._time(),
        )
        return self._send(envelope)

    def end_session(self, reason: str = "USER_INITIATED") -> Heard:
        """The session ends without the skill ending it ("EXCEEDED_MAX_REPROMPTS": no answer)."""
        return self._send(
            session_ended_request(self.caller, self.session, reason, now=self._time())
        )

    def permission_answer(self, status: str, *, code: str = "200") -> Heard:
        """Alexa's Connections.Response to the last response's AskFor request."""
        assert self.last is not None, "nothing was asked yet"
        asked = [d for d in self.last.directives if d.get("type") == "Connections.SendRequest"]
        assert asked, f"the last response asked for no permission: {self.last.text}"
        request = {
            "type": "Connections.Response",
            "name": "AskFor",
            "status": {"code": code, "message": "OK" if code == "200" else "failed"},
            "token": asked[0].get("token") or "",
            "payload": {"permissionScope": asked[0]["payload"]["permissionScope"]},
        }
        if code == "200":
            request["payload"]["status"] = status
        return self._send(
            _with_request(launch_request(self.caller, self.session, self._time()), request)
        )

    def touch(
        self, intent: str, slot: str = "", value: str = "", *, token: str | None = None
    ) -> Heard:
        """A touch on a button of the screen the last response showed: the UserEvent its
        SendEvent makes (``[intent, slot, value]``), in this session."""
        if token is None:
            assert self.last is not None, "nothing was shown yet"
            shown = [d for d in self.last.directives if d.get("type") == RENDER_DOCUMENT]
            assert shown, f"the last response showed no screen: {self.last.text}"
            token = shown[0]["token"]
        request = {
            "type": "Alexa.Presentation.APL.UserEvent",
            "token": token,
            "arguments": [intent, slot, value],
            "source": {"type": "AlexaButton", "handler": "Press", "id": ""},
            "components": {},
        }
        return self._send(
            _with_request(launch_request(self.caller, self.session, self._time()), request)
        )

    def skill_event(self, kind: str, body: dict[str, Any] | None = None) -> Heard:
        """An AlexaSkillEvent (no session, as Alexa sends them)."""
        envelope = _with_request(
            launch_request(self.caller, Session(), self._time()), {"type": kind}
        )
        del envelope["session"]
        envelope["context"]["System"].pop("person", None)  # skill events name the account only
        envelope["request"]["eventCreationTime"] = envelope["request"]["timestamp"]
        if body is not None:
            envelope["request"]["body"] = body
        return Heard(self.handler(envelope))


def _with_request(envelope: dict[str, Any], request: dict[str, Any]) -> dict[str, Any]:
    """``envelope`` carrying ``request`` (with the request id, time and locale it had)."""
    kept = {k: envelope["request"][k] for k in ("requestId", "timestamp", "locale")}
    envelope["request"] = {**kept, **request}
    return envelope


def _check_certification(heard: Heard) -> None:
    """What certification asks of every response: a question keeps the session open, with a
    reprompt; a response that ends the session asks nothing."""
    response = heard.raw.get("response") or {}
    if not response.get("outputSpeech"):
        return
    asks = "?" in heard.text
    if response.get("shouldEndSession") is not False and "directives" not in response:
        assert not asks, f"ends the session on a question: {heard.text!r}"
    elif response.get("shouldEndSession") is False:
        assert heard.reprompt, f"an open session without a reprompt: {heard.text!r}"
