"""oscrypto reads this machine's OpenSSL version once ``skill.web`` has corrected it.

Each check runs in a fresh interpreter: oscrypto decides its backend and version at import.
"""

from __future__ import annotations

import re
import ssl
import subprocess
import sys
import textwrap

import pytest

from skill.web.oscrypto_fix import BROKEN_PATTERN, FIXED_PATTERN

# What oscrypto must read: the version of the libcrypto Python's own ssl module uses.
_VERSION = re.search(r"\b(\d+)\.(\d+)\.(\d+)", ssl.OPENSSL_VERSION)
assert _VERSION is not None, ssl.OPENSSL_VERSION
EXPECTED = ".".join(_VERSION.groups())
OPENSSL_3_0_10_OR_LATER = tuple(int(part) for part in _VERSION.groups()) >= (3, 0, 10)


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("backend", ["cffi", "ctypes"])
def test_with_the_fix_oscrypto_reads_the_openssl_version(backend: str) -> None:
    result = run(
        f"""
        import skill.web  # installs the fix before anything loads oscrypto
        import oscrypto
        if {backend!r} == "ctypes":
            oscrypto.use_ctypes()
        from oscrypto._openssl._libcrypto import libcrypto_version
        print(oscrypto.ffi(), libcrypto_version)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [backend, EXPECTED]


def test_with_the_fix_flask_ask_sdk_loads_and_certvalidator_verifies() -> None:
    result = run(
        """
        import skill.web
        import flask_ask_sdk.skill_adapter
        from oscrypto import asymmetric
        key, _ = asymmetric.generate_pair("rsa", bit_size=2048)
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.skipif(not OPENSSL_3_0_10_OR_LATER, reason="the bug needs OpenSSL 3.0.10 or later")
def test_without_the_fix_flask_ask_sdk_does_not_load_here() -> None:
    # The reason for the fix: if this starts passing, oscrypto no longer needs it.
    result = run("import flask_ask_sdk.skill_adapter")
    assert result.returncode != 0
    assert "Error detecting the version of libcrypto" in result.stderr


def test_the_installed_oscrypto_is_the_one_the_fix_was_written_for() -> None:
    # A new oscrypto release with the fix would not hold the broken pattern: then the hook
    # does nothing, and this test says it can go.
    import importlib.util

    for name in ("oscrypto._openssl._libcrypto_cffi", "oscrypto._openssl._libcrypto_ctypes"):
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None
        with open(spec.origin, "rb") as source:
            text = source.read()
        assert BROKEN_PATTERN in text, f"{name} no longer has the broken pattern"
        assert FIXED_PATTERN not in text
