"""The skill as a self-hosted web service (Flask, flask-ask-sdk's SkillAdapter, waitress).

Importing this package first corrects oscrypto's OpenSSL version detection (see
``skill.web.oscrypto_fix``), so that flask-ask-sdk's request verifier can load at all.
"""

from __future__ import annotations

from skill.web.oscrypto_fix import install_oscrypto_fix

install_oscrypto_fix()
