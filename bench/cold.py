"""Cold start: import a target's module in a fresh process and answer its first LaunchRequest.

Run by ``bench/run.py`` as ``python bench/cold.py TARGET``; prints the milliseconds from the
start of this script to the first answer (``bench/run.py`` also times the whole process).

With ``--restored``, the first turn as SnapStart runs it: the import and the before-snapshot
hooks happen before the clock starts; the after-restore hooks and the first answer are timed.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

started = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "skill": ROOT / "lambda" / "lambda_function.py",
    "stored": ROOT / "bench" / "baselines" / "stored_skill.py",
}

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
    # As Lambda does it: the handler's folder (and the project) on the path, then the import.
    path = TARGETS[sys.argv[1]]
    sys.path[:0] = [str(path.parent), str(ROOT)]
    target = importlib.import_module(path.stem)
    restored = "--restored" in sys.argv
    if restored:
        import snapshot_restore_py as runtime  # as Lambda's runtime runs the hooks

        for hook, args, kwargs in reversed(runtime.get_before_snapshot()):
            hook(*args, **kwargs)
        started = time.perf_counter()  # the snapshot is taken here; a restore resumes here
        for hook, args, kwargs in runtime.get_after_restore():
            hook(*args, **kwargs)
    answer = target.lambda_handler(LAUNCH, None)
    elapsed = (time.perf_counter() - started) * 1000
    assert answer["response"]["outputSpeech"], answer
    print(json.dumps({"ms": elapsed}))
