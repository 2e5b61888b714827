"""Which recognised voices of an account have records, so that disabling the skill deletes them.

Alexa's SkillDisabled event names the account only, never a person; the records of recognised
voices are keyed by the person. So each account has an index record (``voices#`` and the hashed
account id) listing the hashed keys of its voices' records. A voice is added once, and again at
most every :data:`REFRESH_DAYS` days so that the index outlives none of them (records expire
after a time without writes). No Alexa id is stored: only the keys, which are one-way hashes.
"""

from __future__ import annotations

import hashlib

from skill.storage.state import VERSION_KEY
from skill.storage.store import StaleStateError, StateStore, counted

VOICES_KEY = "voices"
#: How often a voice's place in the index is written again, to move its expiry on.
REFRESH_DAYS = 30
_ATTEMPTS = 5


def index_key(account_id: str) -> str:
    """The index record's key for the account ``account_id`` (a raw Alexa user id)."""
    return "voices#" + hashlib.sha256(account_id.encode("utf-8")).hexdigest()


def add_voice(store: StateStore, account_id: str, voice_key: str) -> None:
    """List ``voice_key`` in the account's index (writing it again moves its expiry on).

    Raises
    ------
    StoreError
        When the store fails, or other writers keep saving first.
    """
    key = index_key(account_id)
    with counted():
        for attempt in range(_ATTEMPTS):
            record = store.read(key) or {VERSION_KEY: 0}
            version = int(record.get(VERSION_KEY, 0))
            voices = [v for v in record.get(VOICES_KEY) or [] if isinstance(v, str)]
            body = {VOICES_KEY: sorted({*voices, voice_key})}
            try:
                store.write(key, body, version)
                return
            except StaleStateError:
                if attempt + 1 == _ATTEMPTS:
                    raise


def forget_voices(store: StateStore, account_id: str) -> int:
    """Delete every record the account's index lists, and the index; how many were deleted."""
    key = index_key(account_id)
    with counted():
        record = store.read(key) or {}
        voices = [v for v in record.get(VOICES_KEY) or [] if isinstance(v, str)]
        for voice in voices:
            store.remove(voice)
        store.remove(key)
    return len(voices)
