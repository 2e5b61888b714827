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


def _as_lambda(endpoint: str, talk: bool) -> dict[str, Any]:
    script = _AS_LAMBDA.format(
        lambda_dir=str(ROOT / "lambda"), root=str(ROOT), talk=talk, launch=str(LAUNCH)
    )
    env = {
        **os.environ,
        "LETTING_GO_TABLE": TABLE,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }
    env.pop("LETTING_GO_SKILL_ID", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


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


def test_outside_lambda_nothing_is_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "snapshot_restore_py", None)  # as on any other machine
    assert snapstart.register((), random.Random()) is False
