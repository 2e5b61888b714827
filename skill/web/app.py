"""The Flask app: the one skill behind flask-ask-sdk's SkillAdapter, verified by default.

POST on the skill route: the body is read within a size limit and must be a request envelope
the SDK can read, addressed to this skill when a skill id is configured (else 400). The adapter
then checks Alexa's signature and the timestamp (else 400) and runs the skill. GET /health is for
load balancers. Errors are short JSON bodies: never a stack trace, and never a 500 — a request
that passed every check but made the skill fail still gets the kind apology Lambda would give.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope
from ask_sdk_webservice_support.verifier import (
    AbstractVerifier,
    TimestampVerifier,
    VerificationException,
)
from flask import Flask, Response, jsonify, request
from flask_ask_sdk.skill_adapter import (
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    SkillAdapter,
)
from werkzeug.exceptions import BadRequest, HTTPException, MethodNotAllowed

from skill.builder import read_ahead
from skill.runtime import ForeignSkillError, apology, check_skill_id
from skill.web.verify import AlexaSignatureVerifier

logger = logging.getLogger(__name__)

# Alexa's requests are a few kilobytes; a screen device's can be a few tens.
MAX_BODY_BYTES = 128 * 1024
HEALTH_ROUTE = "/health"


class OneLineRefusals(logging.Filter):
    """Logs a refused request as one warning with its reason, not an error with a traceback.

    The adapter logs every failed verification at ERROR with the whole traceback; on a service
    the internet can reach, that buries real errors under probes.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, VerificationException):
            reasons: list[str] = []
            cause: BaseException | None = exc
            while cause is not None and len(reasons) < 5:
                reasons.append(str(cause) or type(cause).__name__)
                cause = cause.__cause__ or cause.__context__
            record.msg, record.args = "request refused: %s", (" <- ".join(reasons),)
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


def create_app(
    skill: CustomSkill,
    *,
    route: str = "/",
    verify: bool = True,
    skill_id: str | None = None,
    signature_verifier: AbstractVerifier | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> Flask:
    """A Flask app that serves ``skill`` on POST ``route``.

    Parameters
    ----------
    skill
        The one skill object (``skill.builder.build_skill``).
    route
        Where Alexa posts requests; anything but ``/health``.
    verify
        Check Alexa's signature and the request timestamp. Turn off only for local testing.
    skill_id
        When set, a request for any other skill is refused with 400.
    signature_verifier
        The signature check (default: ``AlexaSignatureVerifier()``, Amazon's chain and the
        system's roots); tests pass one with their own CA.
    max_body_bytes
        Larger bodies are refused with 400 before they are read.

    Examples
    --------
    >>> from skill.builder import build_skill
    >>> from skill.storage.local import LocalStore
    >>> app = create_app(build_skill(LocalStore(":memory:")))  # doctest: +SKIP
    """
    if not route.startswith("/") or route == HEALTH_ROUTE:
        raise ValueError(f"the skill route must start with / and not be {HEALTH_ROUTE}")
    # A service reads every language's catalog and every module read on first use now, not
    # while its first requests race.
    read_ahead()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = max_body_bytes
    # The adapter's own verifiers are replaced by the same checks made safe (skill/web/verify.py).
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = False
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = False
    verifiers: list[AbstractVerifier] = []
    if verify:
        verifiers = [signature_verifier or AlexaSignatureVerifier(), TimestampVerifier()]
    adapter = SkillAdapter(skill=skill, skill_id=skill_id, verifiers=verifiers, app=app)
    app.logger.addFilter(OneLineRefusals())

    def invoke_skill() -> Any:
        event = read_event(skill)
        try:
            check_skill_id(event, skill_id)
        except ForeignSkillError as exc:
            raise BadRequest(str(exc)) from exc
        try:
            return adapter.dispatch_request()
        except BadRequest:
            raise  # failed verification
        except Exception as exc:  # verified, but the turn failed: answer as Lambda would
            logger.error("turn failed outside the handlers: %s", type(exc).__name__)
            return jsonify(apology(event))

    app.add_url_rule(route, "skill", invoke_skill, methods=["POST"])
    app.add_url_rule(HEALTH_ROUTE, "health", health, methods=["GET"])
    app.register_error_handler(HTTPException, error_response)
    return app


def read_event(skill: CustomSkill) -> dict[str, Any]:
    """The request body as an envelope the SDK can read, or ``BadRequest``.

    Raises
    ------
    werkzeug.exceptions.RequestEntityTooLarge
        When the body is over the app's limit.
    werkzeug.exceptions.BadRequest
        When it is not UTF-8 JSON, not an object, or not a request envelope.
    """
    body = request.get_data(cache=True)  # kept for the adapter, which checks the signature on it
    try:
        text = body.decode("utf-8")
        event = json.loads(text)
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, or nested too deep
        raise BadRequest("The body is not JSON.") from exc
    if not isinstance(event, dict):
        raise BadRequest("The body is not a request envelope.")
    try:
        envelope = skill.serializer.deserialize(text, RequestEnvelope)
    except Exception as exc:  # the adapter would answer 500 for this
        raise BadRequest("The body is not a request envelope.") from exc
    if not isinstance(envelope, RequestEnvelope) or envelope.request is None:
        raise BadRequest("The body is not a request envelope.")
    return event


def health() -> Response:
    """Liveness for load balancers: the process answers."""
    return jsonify(status="ok")


def error_response(exc: HTTPException) -> Response:
    """A short JSON error; a body over the limit is a bad request like any other."""
    code = exc.code or 500
    description = exc.description or ""
    if code == 413:
        code, description = 400, "The body is larger than this service accepts."
    response = jsonify(error=description)
    response.status_code = code
    if isinstance(exc, MethodNotAllowed) and exc.valid_methods:
        response.headers["Allow"] = ", ".join(exc.valid_methods)
    return response
