"""Let oscrypto 1.3.0 read OpenSSL versions with a two-digit patch number (3.0.10 and later).

flask-ask-sdk verifies request signatures with certvalidator, which loads oscrypto, which reads
libcrypto's version with the pattern ``\\d\\.\\d\\.\\d[a-z]*``. "OpenSSL 3.0.10" does not match
it, so importing oscrypto fails with ``LibraryNotFoundError: Error detecting the version of
libcrypto``. Upstream fixed this on its master branch by letting the last number have several
digits (wbond/oscrypto#75, #76; no release since, see wbond/oscrypto#78).

This module applies exactly that one-character change, as the two affected modules are loaded:
an import hook hands Python their source with the pattern corrected. Nothing else in oscrypto is
touched, and a release that carries the fix is loaded unchanged (the old pattern is not there).
The hook must be installed before anything imports oscrypto; ``skill.web`` does it first thing.
"""

from __future__ import annotations

import importlib.machinery
import sys
from collections.abc import Sequence
from types import CodeType, ModuleType

# The two modules that parse the version, and the pattern as written in their source.
PATCHED_MODULES = frozenset(
    {"oscrypto._openssl._libcrypto_cffi", "oscrypto._openssl._libcrypto_ctypes"}
)
BROKEN_PATTERN = rb"'\\b(\\d\\.\\d\\.\\d[a-z]*)\\b'"
FIXED_PATTERN = rb"'\\b(\\d\\.\\d\\.\\d+[a-z]*)\\b'"


class _PatchedSourceLoader(importlib.machinery.SourceFileLoader):
    """Loads a module from its source with the version pattern corrected."""

    def get_code(self, fullname: str) -> CodeType:
        # Compiled from source every time: a cached .pyc would hold the unpatched pattern.
        source = self.get_data(self.path).replace(BROKEN_PATTERN, FIXED_PATTERN)
        code: CodeType = compile(source, self.path, "exec", dont_inherit=True)
        return code


class _OscryptoVersionFinder:
    """Finds the affected oscrypto modules as usual, and gives them the patching loader."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in PATCHED_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            return spec
        spec.loader = _PatchedSourceLoader(fullname, spec.origin)
        return spec


def install_oscrypto_fix() -> bool:
    """Install the import hook, once; True when this call installed it.

    Examples
    --------
    >>> install_oscrypto_fix() or True  # idempotent
    True
    """
    if any(isinstance(finder, _OscryptoVersionFinder) for finder in sys.meta_path):
        return False
    sys.meta_path.insert(0, _OscryptoVersionFinder())
    return True
