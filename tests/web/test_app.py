"""The web app: Alexa's signature, timestamp and skill id checked; every refusal a short 400."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill
from flask import Flask
from werkzeug.test import TestResponse

from skill.web.app import MAX_BODY_BYTES, create_app
from tests.web.cases import CASES, TEST_SKILL_ID, Case, launch_body, signed
from tests.web.signing import CertificateAuthority


def post(app: Flask, body: bytes, headers: dict[str, str] | None = None) -> TestResponse:
    return app.test_client().post("/", data=body, headers=headers or {})


def answer(response: TestResponse) -> dict[str, Any]:
    assert response.mimetype == "application/json"
    data = response.get_json()
    assert isinstance(data, dict)
    return data


def reasons(response: TestResponse, caplog: pytest.LogCaptureFixture) -> str:
    """Why a request was refused: the answer's error, and what the service logged."""
    found = [answer(response).get("error", "")]
    found += [record.getMessage() for record in caplog.records]
    return " | ".join(found)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_request_gets_its_status_for_its_reason(
    app: Flask, authority: CertificateAuthority, case: Case, caplog: pytest.LogCaptureFixture
) -> None:
    sent = case.build(authority.signing_key)
    response = post(app, sent.body, sent.headers)
    assert response.status_code == case.status, reasons(response, caplog)
    data = answer(response)
    if case.status == 400:
        assert set(data) == {"error"}
        assert "Traceback" not in response.get_data(as_text=True)
        assert case.why in reasons(response, caplog)
    else:
        assert data["version"] == "1.0"


def test_a_correct_request_is_answered_by_the_skill(
    app: Flask, authority: CertificateAuthority
) -> None:
    response = post(app, **signed(launch_body(), authority.signing_key).__dict__)
    speech = answer(response)["response"]["outputSpeech"]["ssml"]
    assert "Shall we set up your no-contact period?" in speech


def test_the_certificate_chain_is_downloaded_once_per_url(
    app: Flask, authority: CertificateAuthority, fetched: list[str]
) -> None:
    for _ in range(3):
        sent = signed(launch_body(), authority.signing_key)
        assert post(app, sent.body, sent.headers).status_code == 200
    assert len(fetched) == 1


def test_a_refused_certificate_url_is_never_downloaded(
    app: Flask, authority: CertificateAuthority, fetched: list[str]
) -> None:
    bad = next(case for case in CASES if case.name == "cert-url-other-host")
    sent = bad.build(authority.signing_key)
    assert post(app, sent.body, sent.headers).status_code == 400
    assert fetched == []


def test_verification_is_on_by_default(web_skill: CustomSkill) -> None:
    # No verifier given: Amazon's chain and the system's roots. An unsigned request fails
    # before anything is downloaded.
    app = create_app(web_skill)
    response = post(app, launch_body(), {"Content-Type": "application/json"})
    assert response.status_code == 400


def test_without_verification_unsigned_requests_are_answered(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(verify=False)
    response = post(app, launch_body())
    assert response.status_code == 200
    assert "outputSpeech" in answer(response)["response"]


def test_without_verification_the_skill_id_is_still_checked(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(verify=False)
    assert post(app, launch_body(skill_id="amzn1.ask.skill.other")).status_code == 400
    assert post(app, launch_body(skill_id=TEST_SKILL_ID)).status_code == 200


def test_without_a_skill_id_any_skill_is_answered(make_app: Callable[..., Flask]) -> None:
    app = make_app(verify=False, skill_id=None)
    assert post(app, launch_body(skill_id="amzn1.ask.skill.other")).status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"", b"\xff\xfe not utf-8", b"[]", b'"a string"', b"{}", b'{"request": "launch"}'],
    ids=["empty", "not-utf-8", "array", "string", "no-request", "request-not-an-object"],
)
def test_bodies_that_are_not_envelopes_get_400(make_app: Callable[..., Flask], body: bytes) -> None:
    response = post(make_app(verify=False), body)
    assert response.status_code == 400
    assert set(answer(response)) == {"error"}


def test_a_body_over_the_limit_gets_400_unread(app: Flask, authority: CertificateAuthority) -> None:
    event = json.loads(launch_body())
    event["padding"] = "x" * MAX_BODY_BYTES
    sent = signed(json.dumps(event).encode(), authority.signing_key)
    response = post(app, sent.body, sent.headers)
    assert response.status_code == 400
    assert "larger" in answer(response)["error"]


def test_the_body_limit_can_be_set(make_app: Callable[..., Flask]) -> None:
    app = make_app(verify=False, max_body_bytes=100)
    assert post(app, launch_body()).status_code == 400


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_other_methods_on_the_skill_route_get_405(app: Flask, method: str) -> None:
    response = app.test_client().open("/", method=method)
    assert response.status_code == 405
    assert "POST" in response.headers["Allow"]
    assert set(answer(response)) == {"error"}


def test_health_answers_get(app: Flask) -> None:
    response = app.test_client().get("/health")
    assert response.status_code == 200
    assert answer(response) == {"status": "ok"}


def test_the_route_is_configurable(make_app: Callable[..., Flask]) -> None:
    app = make_app(verify=False, route="/alexa")
    assert post(app, launch_body()).status_code == 404
    response = app.test_client().post("/alexa", data=launch_body())
    assert response.status_code == 200


@pytest.mark.parametrize("route", ["/health", "alexa"])
def test_a_route_that_cannot_work_is_refused(web_skill: CustomSkill, route: str) -> None:
    with pytest.raises(ValueError):
        create_app(web_skill, route=route)


def test_a_turn_that_fails_after_verification_still_gets_an_apology(
    make_app: Callable[..., Flask], web_skill: CustomSkill, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: Any) -> None:
        raise RuntimeError("the skill broke")

    monkeypatch.setattr(web_skill, "invoke", broken)
    response = post(make_app(verify=False), launch_body())
    assert response.status_code == 200
    assert "Sorry" in answer(response)["response"]["outputSpeech"]["ssml"]


def test_a_refusal_is_logged_as_one_warning_line(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    post(app, launch_body(), {"Content-Type": "application/json"})
    (record,) = caplog.records
    assert record.levelname == "WARNING"
    assert record.exc_info is None
    assert record.getMessage() == (
        "request refused: Missing Signature/Certificate for the skill request"
    )
