"""Logging that names no one: the libraries the skill uses never write below WARNING.

At DEBUG, urllib3 writes the URLs it calls (the Settings API's holds the device id), botocore
writes request headers and bodies (signatures, record keys), and the ASK SDK writes whole
request envelopes. Whatever level the process runs at, those lines are never written; the
skill's own logs (``skill.*``, ``letting_go.*``) hold no ids at any level.
"""

from __future__ import annotations

import logging

THIRD_PARTY = (
    "urllib3",
    "botocore",
    "boto3",
    "s3transfer",
    "ask_sdk_core",
    "ask_sdk_runtime",
    "ask_sdk_model",
    "ask_sdk_webservice_support",
    "flask_ask_sdk",
)


def quiet_third_party_loggers() -> None:
    """Hold every library logger that could name someone at WARNING or above.

    Their children already made are held too: a child's own level, set lower (by a debugging
    session, say), would win over its parent's. Children made later inherit the parent's.
    """
    for name in THIRD_PARTY:
        _hold(logging.getLogger(name), logging.WARNING)
    made = logging.root.manager.loggerDict.copy()  # another thread may be making one
    for name, logger in made.items():
        if "." in name and name.split(".")[0] in THIRD_PARTY and isinstance(logger, logging.Logger):
            _hold(logger, logging.NOTSET)


def _hold(logger: logging.Logger, level: int) -> None:
    """Raise ``logger`` to ``level`` (NOTSET: its parent's) when it is set below WARNING."""
    if logger.level < logging.WARNING:
        logger.setLevel(level)
