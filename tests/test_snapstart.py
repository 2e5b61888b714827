"""SnapStart's hooks, registered by the Lambda entry point as Lambda's runtime would find them
(``snapshot_restore_py`` from PyPI stands in for the runtime's own copy): before the snapshot the
skill's clients are made without a connection; after a restore randomness is new and pooled
connections are gone, and the skill still answers a real Alexa request.

Each check imports the entry point in a fresh process, as Lambda does.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skill import snapstart
from tests.servers import create_table, free_port, moto_server

ROOT = Path(__file__).resolve().parent.parent
LAUNCH = (
    ROOT
    / "tests"
    / "data"
    / "alexa-requests"
    / "LaunchRequest_APL_Viewport_Viewports__alexa-net-apl.json"
)
TABLE = "letting-go-snapstart"
REGION = "eu-west-1"

_AS_LAMBDA = textwrap.dedent(
    """
    import json, sys
    sys.path[:0] = [{lambda_dir!r}, {root!r}]
    import snapshot_restore_py as runtime
    import lambda_function as function

    deployed = function.DEPLOYED
    seen = {{
        "before": len(runtime.get_before_snapshot()),
        "after": len(runtime.get_after_restore()),
        "client_at_import": deployed.store._client is not None,
        "spanish_at_import": "skill.voice.speech_es" in sys.modules,
    }}
    for hook, args, kwargs in reversed(runtime.get_before_snapshot()):
        hook(*args, **kwargs)
    seen["client_before_snapshot"] = deployed.store._client is not None
    seen["pool_before_snapshot"] = deployed.api_client._pool is not None
    seen["spanish_before_snapshot"] = "skill.voice.speech_es" in sys.modules
    if {talk!r}:
        deployed.store.read("someone")
        pools = deployed.store.client._endpoint.http_session._manager.pools
        seen["pools_in_use"] = len(pools)
        snapshot = deployed.rng.getstate()
        draws = []
        for _ in range(2):
            deployed.rng.setstate(snapshot)
            for hook, args, kwargs in runtime.get_after_restore():
                hook(*args, **kwargs)
            draws.append(deployed.rng.random())
        seen["restored_copies_draw_alike"] = draws[0] == draws[1]
        seen["pools_after_restore"] = len(pools)
        event = json.load(open({launch!r}))
        answer = function.lambda_handler(event, None)
        seen["speech"] = answer["response"]["outputSpeech"]["ssml"]
    print(json.dumps(seen))
    """
)


# After the before-snapshot hook, a launch on a screen and every intent of two languages' models,
# in a session, then one-shot: what the skill imports on first use is all imported by then.
_TOUR = textwrap.dedent(
    """
    import json, sys
    sys.path[:0] = [{lambda_dir!r}, {root!r}]
    import snapshot_restore_py as runtime
    import lambda_function as function
    from skill.console.envelopes import Caller, Session, intent_request, session_ended_request

    READ_ON_FIRST_USE = (
        "zoneinfo",
        "ask_sdk_model.dialog",
        "ask_sdk_model.interfaces.alexa.presentation.apl",
        "ask_sdk_model.interfaces.connections",
        "ask_sdk_model.slu",
    )
    for hook, args, kwargs in reversed(runtime.get_before_snapshot()):
        hook(*args, **kwargs)
    read = set(sys.modules)
    function.lambda_handler(json.load(open({launch!r})), None)
    for locale in ("en-US", "es-ES"):
        model = json.load(open({models!r} + "/" + locale + ".json"))
        intents = model["interactionModel"]["languageModel"]["intents"]
        caller = Caller(locale=locale, user_id="amzn1.ask.account.TOUR-" + locale)
        for new in (False, True):
            session = Session(new=new)
            for intent in intents:
                function.lambda_handler(intent_request(caller, session, intent["name"]), None)
            function.lambda_handler(session_ended_request(caller, session), None)
    later = sorted(
        name for name in set(sys.modules) - read
        if name.startswith(("skill.", *READ_ON_FIRST_USE))
    )
    print(json.dumps({{"read_after_snapshot": later}}))
    """
)


def _run_as_lambda(script: str, endpoint: str, timeout: float) -> dict[str, Any]:
    """What ``script``, run in a fresh process as Lambda would, printed last (as JSON)."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_lambda_environment(endpoint),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def _as_lambda(endpoint: str, talk: bool) -> dict[str, Any]:
    script = _AS_LAMBDA.format(
        lambda_dir=str(ROOT / "lambda"), root=str(ROOT), talk=talk, launch=str(LAUNCH)
    )
    return _run_as_lambda(script, endpoint, timeout=60)


def _lambda_environment(endpoint: str) -> dict[str, str]:
    env = {
        **os.environ,
        "LETTING_GO_TABLE": TABLE,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    env.pop("LETTING_GO_SKILL_ID", None)
    return env


@pytest.fixture(scope="module")
def dynamodb() -> Iterator[str]:
    with moto_server() as endpoint:
        os.environ.setdefault("AWS_ACCESS_KEY_ID", "test")
        os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "test")
        create_table(endpoint, TABLE, REGION)
        yield endpoint


def test_before_the_snapshot_the_clients_are_made_without_a_connection() -> None:
    nothing_listens = f"http://127.0.0.1:{free_port()}"  # a connection attempt would fail
    seen = _as_lambda(nothing_listens, talk=False)
    assert seen["before"] == 1 and seen["after"] == 1
    assert not seen["client_at_import"]  # import alone stays as light as before
    assert seen["client_before_snapshot"]
    assert seen["pool_before_snapshot"]
    # A cold start without SnapStart reads only the language its first turn speaks; a snapshot
    # holds every language's catalog, so a restored turn in any language reads none.
    assert not seen["spanish_at_import"]
    assert seen["spanish_before_snapshot"]


def test_after_a_restore_randomness_is_new_and_old_connections_are_gone(dynamodb: str) -> None:
    seen = _as_lambda(dynamodb, talk=True)
    assert seen["pools_in_use"] == 1
    assert not seen["restored_copies_draw_alike"]
    assert seen["pools_after_restore"] == 0
    assert "Shall we set up your no-contact period?" in seen["speech"]


def test_before_the_snapshot_every_module_read_on_first_use_is_read(dynamodb: str) -> None:
    script = _TOUR.format(
        lambda_dir=str(ROOT / "lambda"),
        root=str(ROOT),
        launch=str(LAUNCH),
        models=str(ROOT / "interaction_models"),
    )
    seen = _run_as_lambda(script, dynamodb, timeout=120)
    # A restored turn imports none of the skill's modules, nor the packages it reads on first use.
    assert seen["read_after_snapshot"] == [], " ".join(seen["read_after_snapshot"])


def test_outside_lambda_nothing_is_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "snapshot_restore_py", None)  # as on any other machine
    assert snapstart.register((), random.Random()) is False
