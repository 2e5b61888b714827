"""Lambda SnapStart: what is made before the snapshot, and what is renewed after each restore.

Lambda runs the function's initialisation once, snapshots the process, and starts later cold
starts from that snapshot. Before it: the skill is built, the DynamoDB client made (its service
model loaded, no connection opened), the HTTP pools set up, every language's catalog read and
every module the skill imports on first use imported, so a restored turn does none of that.
After each restore: randomness is reseeded (every restored copy would otherwise draw the same
"random" phrasings and backoff pauses) and pooled connections are dropped (their sockets
belonged to the process that was snapshotted). Nothing else is bound to time or identity: the
clock is read per turn, and no request, person or credential is kept between turns (boto3
fetches credentials itself).

The hooks module, ``snapshot_restore_py``, is part of Lambda's Python runtime; elsewhere it is
absent and :func:`register` does nothing.
"""

from __future__ import annotations

import os
import random
from typing import Protocol

from skill.builder import read_ahead


class Renewable(Protocol):
    """A part of the skill that can make ahead what it would make on first use, and let go of
    its connections."""

    def prepare(self) -> None: ...

    def drop_connections(self) -> None: ...


def before_snapshot(parts: tuple[Renewable, ...]) -> None:
    """Make ahead everything a turn would otherwise make on first use (no connection opened),
    every locale's catalog and CLDR data and every module read on first use included."""
    for part in parts:
        part.prepare()
    read_ahead()


def after_restore(parts: tuple[Renewable, ...], rng: random.Random) -> None:
    """Reseed randomness from the system and drop connections made before the snapshot."""
    seed = os.urandom(32)
    rng.seed(seed)
    random.seed(seed[::-1])
    for part in parts:
        part.drop_connections()


def register(parts: tuple[Renewable, ...], rng: random.Random) -> bool:
    """Register the hooks with Lambda's runtime; False (and nothing done) outside Lambda."""
    try:
        from snapshot_restore_py import register_after_restore, register_before_snapshot
    except ImportError:
        return False
    register_before_snapshot(before_snapshot, parts)
    register_after_restore(after_restore, parts, rng)
    return True
