"""Cold start: import a target's module in a fresh process and answer its first LaunchRequest.

Run by ``bench/run.py`` as ``python bench/cold.py TARGET``; prints the milliseconds from the
start of the import to the first answer.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

started = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import load_target  # noqa: E402

LAUNCH = {
    "version": "1.0",
    "session": {
        "new": True,
        "sessionId": "amzn1.echo-api.session.cold",
        "application": {"applicationId": "amzn1.ask.skill.cold"},
        "user": {"userId": "amzn1.ask.account.COLD"},
    },
    "context": {
        "System": {
            "application": {"applicationId": "amzn1.ask.skill.cold"},
            "user": {"userId": "amzn1.ask.account.COLD"},
            "device": {"deviceId": "device-cold", "supportedInterfaces": {}},
        }
    },
    "request": {
        "type": "LaunchRequest",
        "requestId": "amzn1.echo-api.request.cold",
        "timestamp": "2026-11-24T18:00:00Z",
        "locale": "en-US",
    },
}

if __name__ == "__main__":
    target = load_target(sys.argv[1])
    answer = target.lambda_handler(LAUNCH, None)
    elapsed = (time.perf_counter() - started) * 1000
    assert answer["response"]["outputSpeech"], answer
    print(json.dumps({"ms": elapsed}))
