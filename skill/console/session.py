"""One conversation with the skill, typed instead of spoken, kept the way Alexa keeps it.

Each utterance is resolved against the interaction model, sent as a request envelope through
:func:`skill.runtime.handle_event` (the path Lambda uses), and the response is honoured as Alexa
would: session attributes go back with the next request, a ``Dialog.ElicitSlot`` makes the next
utterance fill that slot, a ``Dialog.ConfirmIntent`` or ``ConfirmSlot`` turns "yes" and "no"
into a confirmation status, a ``Connections.SendRequest`` asking for the reminders permission
makes the next "yes" or "no" the person's answer to Alexa's question, and a response that ends
the session makes the next utterance a fresh one-shot request.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ask_sdk_core.skill import CustomSkill

from skill.console import envelopes
from skill.console.envelopes import Caller, Session, slot_json
from skill.console.grants import Grants, access_token
from skill.console.nlu import Expectation, Match, Matcher, SlotFill
from skill.console.permissions import ASK_FOR, Consent, consent_asked, permission_prompt
from skill.console.render import to_text
from skill.console.screen import screen_line
from skill.runtime import handle_event

YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
ELICIT, CONFIRM_SLOT, CONFIRM_INTENT = (
    "Dialog.ElicitSlot",
    "Dialog.ConfirmSlot",
    "Dialog.ConfirmIntent",
)


def dialog_intents_of(model: dict[str, Any]) -> frozenset[str]:
    """The intents an interaction model lists under ``dialog.intents``."""
    dialog = model.get("interactionModel", model).get("dialog") or {}
    return frozenset(str(intent["name"]) for intent in dialog.get("intents", []))


def model_dialog_intents(path: Path) -> frozenset[str]:
    """The intents the interaction model at ``path`` lists under ``dialog.intents``."""
    return dialog_intents_of(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Reply:
    """What the skill answered to one request."""

    text: str
    """The speech as readable text (see :func:`skill.console.render.to_text`), and the question
    Alexa would ask for a permission (see :func:`skill.console.permissions.permission_prompt`)."""
    ssml: str
    reprompt_text: str | None
    ended: bool
    """True when the response ended the session."""
    directives: list[str] = field(default_factory=list)
    """The types of the directives sent, e.g. ``["Dialog.ElicitSlot"]``."""
    card: str | None = None
    consent: Consent | None = None
    """The permission Alexa now asks the person for, when the console can give it."""
    screen: str | None = None
    """What the screen sent shows, in a line (``--screen``; see :mod:`skill.console.screen`)."""

    @staticmethod
    def from_envelope(envelope: dict[str, Any]) -> Reply:
        """The reply carried by a response envelope."""
        response = envelope.get("response") or {}
        ssml = _speech(response.get("outputSpeech"))
        reprompt = (response.get("reprompt") or {}).get("outputSpeech")
        directives = response.get("directives") or []
        asked = permission_prompt(directives)
        consent = consent_asked(directives)
        return Reply(
            text=" ".join(part for part in (to_text(ssml), asked) if part),
            ssml=ssml,
            reprompt_text=to_text(_speech(reprompt)) if reprompt else None,
            # Without shouldEndSession false, a voice-only device closes the session; while
            # Alexa asks for a permission, the session waits for the answer.
            ended=response.get("shouldEndSession") is not False and consent is None,
            directives=[str(d.get("type")) for d in directives],
            card=_card(response.get("card")),
            consent=consent,
            screen=screen_line(directives),
        )


def _speech(output: Any) -> str:
    if not isinstance(output, dict):
        return ""
    return str(output.get("ssml") or output.get("text") or "")


def _card(card: Any) -> str | None:
    if not isinstance(card, dict):
        return None
    title = str(card.get("title") or "")
    body = str(card.get("content") or card.get("text") or "")
    return ": ".join(part for part in (title, body) if part) or None


@dataclass(frozen=True)
class _Step:
    """The Dialog directive the last response sent."""

    kind: str
    intent: dict[str, Any]
    slot: str | None

    @staticmethod
    def from_response(envelope: dict[str, Any]) -> _Step | None:
        for directive in (envelope.get("response") or {}).get("directives") or []:
            kind = directive.get("type")
            intent = directive.get("updatedIntent")
            if kind in (ELICIT, CONFIRM_SLOT, CONFIRM_INTENT) and isinstance(intent, dict):
                slot = directive.get("slotToElicit") or directive.get("slotToConfirm")
                return _Step(kind, intent, slot)
        return None

    @property
    def expectation(self) -> Expectation:
        return Expectation(str(self.intent.get("name")), self.slot if self.kind == ELICIT else None)


def _slot(fill: SlotFill, confirmation: str = "NONE") -> dict[str, Any]:
    return slot_json(
        fill.name,
        fill.value,
        resolved_name=fill.resolved_name,
        resolved_id=fill.resolved_id,
        slot_type=fill.slot_type,
        confirmation=confirmation,
    )


class Conversation:
    """A console conversation: typed text in, the skill's replies out.

    Parameters
    ----------
    skill
        The skill, as :func:`skill.builder.build_skill` makes it.
    matcher
        Resolves typed text against the interaction model.
    caller
        The user and device the requests come from.
    now
        The current instant (request timestamps); the system clock by default.
    today
        The person's local date, for relative dates such as "yesterday"; by default the UTC
        date of ``now()``.
    dialog_intents
        Intents with a dialog model (see :func:`model_dialog_intents`): their first request
        carries ``dialogState`` STARTED.
    grants
        Where a yes to Alexa's permission question is kept, so that later conversations have
        it too; without it, a yes lasts for this conversation only.
    """

    def __init__(
        self,
        skill: CustomSkill,
        matcher: Matcher,
        caller: Caller | None = None,
        now: Callable[[], datetime] | None = None,
        today: Callable[[], date] | None = None,
        dialog_intents: Collection[str] = (),
        grants: Grants | None = None,
    ) -> None:
        self.skill = skill
        self.matcher = matcher
        self.caller = caller or Caller()
        self._now = now or (lambda: datetime.now(UTC))
        self._today = today or (lambda: self._now().astimezone(UTC).date())
        self._dialog_intents = frozenset(dialog_intents)
        self._grants = grants
        self.session: Session | None = None
        self._step: _Step | None = None
        self._consent: Consent | None = None
        self.last_match: Match | None = None
        """What the last utterance was understood as (for ``--explain``)."""

    @property
    def in_session(self) -> bool:
        """True while a session is open (the skill's last response did not end it)."""
        return self.session is not None

    @property
    def awaiting_consent(self) -> bool:
        """True while Alexa's permission question waits for the person's yes or no."""
        return self._consent is not None

    def open(self) -> Reply:
        """ "Alexa, open letting go": a LaunchRequest in a new session."""
        self.close()
        self.session = Session()
        return self._send(envelopes.launch_request(self.caller, self.session, now=self._now()))

    def hear(self, text: str) -> Reply:
        """Send what the person said and return the skill's reply.

        Text that starts with the invocation ("ask letting go how many days left") and any text
        after the session has ended start a new session, with a one-shot request (a launch
        for "open letting go").
        """
        utterance, invoked = self.matcher.strip_invocation(text)
        self.last_match = None
        if invoked or self.session is None:
            self.close()
            if invoked and not utterance:
                return self.open()
            self.session = Session()
            self.last_match = self.matcher.match(utterance, self._today())
            return self._send(self._request(self.last_match))
        if self._consent is not None:
            return self._answer_consent(utterance)
        step = self._step
        if step is None:
            self.last_match = self.matcher.match(utterance, self._today())
            return self._send(self._request(self.last_match))
        self.last_match = self.matcher.match(utterance, self._today(), step.expectation)
        return self._send(self._answer(step, self.last_match))

    def close(self) -> None:
        """End the open session, if any, as when the person walks away (USER_INITIATED)."""
        if self.session is None:
            return
        request = envelopes.session_ended_request(
            self.caller, self.session, "USER_INITIATED", now=self._now()
        )
        self.session, self._step, self._consent = None, None, None
        handle_event(self.skill, request)

    # --- Alexa's permission question ------------------------------------------------------------

    def _answer_consent(self, utterance: str) -> Reply:
        """The person's words after Alexa asked for a permission.

        A yes is kept and sent back as ACCEPTED, a no as DENIED. Anything else leaves the
        question unanswered and is sent to the skill as itself, as the console does for any
        dialog, so that words of crisis are never lost to the question.
        """
        consent, self._consent = self._consent, None
        assert consent is not None and self.session is not None
        self.last_match = self.matcher.match(utterance, self._today())
        if self.last_match.intent not in (YES, NO):
            return self._send(self._request(self.last_match))
        accepted = self.last_match.intent == YES
        if accepted:
            self._grant(consent.scope)
        payload = {
            "permissionScope": consent.scope,
            "status": "ACCEPTED" if accepted else "DENIED",
        }
        return self._send(
            envelopes.connections_response(
                self.caller, self.session, ASK_FOR, consent.token, payload, now=self._now()
            )
        )

    def _grant(self, scope: str) -> None:
        """Keep the person's yes, and send it with every later request, as Alexa does."""
        if self._grants is not None:
            self._grants.grant(scope)
        scopes = tuple(sorted({*self.caller.granted_scopes, scope}))
        token = access_token(scopes)
        self.caller = replace(self.caller, granted_scopes=scopes, api_access_token=token)

    # --- requests -------------------------------------------------------------------------------

    def _request(self, match: Match) -> dict[str, Any]:
        """``match`` sent as itself: a new intent, not an answer to a dialog step."""
        assert self.session is not None
        slots = {name: _slot(fill) for name, fill in match.slots.items()}
        started = "STARTED" if match.intent in self._dialog_intents else None
        return envelopes.intent_request(
            self.caller, self.session, match.intent, slots, dialog_state=started, now=self._now()
        )

    def _answer(self, step: _Step, match: Match) -> dict[str, Any]:
        """The request for ``match`` heard in answer to the dialog ``step``."""
        intent = copy.deepcopy(step.intent)
        slots: dict[str, Any] = dict(intent.get("slots") or {})
        if step.kind == ELICIT and match.intent == intent.get("name"):
            for name, fill in match.slots.items():
                if fill.value is not None:
                    kept = (slots.get(name) or {}).get("confirmationStatus", "NONE")
                    slots[name] = _slot(fill, kept)
        elif step.kind != ELICIT and match.intent in (YES, NO):
            status = "CONFIRMED" if match.intent == YES else "DENIED"
            if step.kind == CONFIRM_INTENT:
                intent["confirmationStatus"] = status
            elif step.slot:
                slots[step.slot] = {**(slots.get(step.slot) or {"name": step.slot})}
                slots[step.slot]["confirmationStatus"] = status
        else:  # stop, help, or another intent: Alexa leaves the dialog and sends it as itself
            return self._request(match)
        assert self.session is not None
        return envelopes.intent_request(
            self.caller,
            self.session,
            str(intent.get("name")),
            slots,
            confirmation=str(intent.get("confirmationStatus") or "NONE"),
            dialog_state="IN_PROGRESS",
            now=self._now(),
        )

    def _send(self, request: dict[str, Any]) -> Reply:
        response = handle_event(self.skill, request)
        reply = Reply.from_envelope(response)
        if reply.ended or self.session is None:
            self.session, self._step, self._consent = None, None, None
        else:
            self.session.carry(response)
            self._step = _Step.from_response(response)
            self._consent = reply.consent
        return reply
