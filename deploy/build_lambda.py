"""Build the Lambda package: only what runs, byte-compiled for the runtime's Python.

``sam build`` runs this through ``deploy/Makefile`` (the function's ``BuildMethod`` is
``makefile``), with the repository root as the working directory and ``ARTIFACTS_DIR`` as the
place to put the package. It can also be run by hand::

    python3.13 deploy/build_lambda.py OUT_DIR [--bundle-boto3]

The package holds ``lambda_function.py``, the ``skill`` package without the local console, the
web service and the ``letting-go`` command, and the runtime dependencies from ``pyproject.toml``
as wheels for Linux on arm64 — except boto3 and botocore, which the Lambda runtime already
provides (see docs/deploy.md for the measurements behind that choice). Every module is compiled
to ``__pycache__`` with unchecked hashes: Lambda's file system is read-only, so a ``.pyc`` that
Python would want to re-validate or rewrite would cost the compile on every cold start.

Only the standard library is used, so that this runs under any Python 3.13 without the project
installed.
"""

from __future__ import annotations

import argparse
import compileall
import py_compile
import re
import shutil
import subprocess
import sys
import tomllib
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The Lambda runtime this package is built for; template.yaml says the same (a test checks).
RUNTIME_PYTHON = (3, 13)
#: Where Lambda unpacks the package: tracebacks name files there.
TASK_ROOT = "/var/task"
#: Wheels for Lambda on arm64 (Amazon Linux 2023, glibc 2.34) or pure Python.
PLATFORMS = ("manylinux_2_34_aarch64", "manylinux_2_28_aarch64", "manylinux2014_aarch64")
#: Used only by the local console, which is not in the package.
CONSOLE_ONLY = frozenset({"rapidfuzz"})
#: Provided by the Lambda runtime, so left out unless asked for.
RUNTIME_PROVIDED = frozenset({"boto3", "botocore", "s3transfer", "jmespath"})
#: The runtime's botocore imports these from the package when the package has them (the
#: package comes first on sys.path), so they must stay within what botocore accepts.
RUNTIME_BOTOCORE_CONSTRAINTS = ("python-dateutil>=2.1,<3", "urllib3>=1.25.4,!=2.2.0,<3")

#: Parts of ``skill/`` that never run on Lambda.
SKILL_EXCLUDES = ("console", "web", "cli.py", "py.typed")
#: Left out of installed dependencies: console scripts and caches.
DEPENDENCY_EXCLUDES = ("bin",)


def requirement_name(requirement: str) -> str:
    """The normalised project name of a PEP 508 requirement string."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def runtime_requirements(pyproject: Path, *, bundle_boto3: bool = False) -> list[str]:
    """The project's runtime dependencies, less what the Lambda runtime provides."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = [r for r in project["dependencies"] if requirement_name(r) not in CONSOLE_ONLY]
    if bundle_boto3:
        return requirements
    return [r for r in requirements if requirement_name(r) not in RUNTIME_PROVIDED]


def copy_sources(root: Path, out: Path) -> None:
    """``lambda_function.py`` and the ``skill`` package, without what only runs locally."""
    shutil.copy2(root / "lambda" / "lambda_function.py", out / "lambda_function.py")
    skill = root / "skill"

    def ignore(folder: str, names: list[str]) -> set[str]:
        ignored = {n for n in names if n == "__pycache__" or n.endswith((".pyc", ".pyo"))}
        if Path(folder).resolve() == skill.resolve():
            ignored |= set(SKILL_EXCLUDES) & set(names)
        return ignored

    shutil.copytree(skill, out / "skill", ignore=ignore)


def install_dependencies(
    requirements: Sequence[str], out: Path, constraints: Sequence[str] = ()
) -> None:
    """Install ``requirements`` into ``out`` as binary wheels for the Lambda platform."""
    if not requirements:
        return
    constraint_file = out / "constraints.txt"
    constraint_file.write_text("".join(f"{c}\n" for c in constraints), encoding="utf-8")
    version = "".join(str(n) for n in RUNTIME_PYTHON)
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--root-user-action=ignore",
        "--no-compile",
        "--target",
        str(out),
        "--only-binary=:all:",
        "--implementation",
        "cp",
        "--python-version",
        version,
        "--abi",
        f"cp{version}",
        *(arg for platform in PLATFORMS for arg in ("--platform", platform)),
        "--constraint",
        str(constraint_file),
        *requirements,
    ]
    try:
        subprocess.run(command, check=True)
    finally:
        constraint_file.unlink()
    for name in DEPENDENCY_EXCLUDES:
        shutil.rmtree(out / name, ignore_errors=True)


def remove_caches(out: Path) -> None:
    for cache in sorted(out.rglob("__pycache__"), reverse=True):
        shutil.rmtree(cache)


def byte_compile(out: Path) -> None:
    """Compile every module for this interpreter, as Lambda will load it (read-only, as-is)."""
    with warnings.catch_warnings():
        # Some dependencies' docstrings hold invalid escapes; harmless, and not ours to fix.
        warnings.simplefilter("ignore", SyntaxWarning)
        ok = compileall.compile_dir(
            out,
            quiet=1,
            stripdir=str(out),
            prependdir=TASK_ROOT,
            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
        )
    if not ok:
        raise SystemExit("byte-compiling the package failed")


def build(out: Path, *, root: Path = ROOT, bundle_boto3: bool = False) -> Path:
    """Build the package into ``out`` (emptied first) and return it."""
    if sys.version_info[:2] != RUNTIME_PYTHON:
        wanted = ".".join(str(n) for n in RUNTIME_PYTHON)
        raise SystemExit(
            f"the package is byte-compiled for the Lambda runtime: run this with python{wanted}, "
            f"not {sys.version.split()[0]} (put python{wanted} first on PATH)"
        )
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    copy_sources(root, out)
    install_dependencies(
        runtime_requirements(root / "pyproject.toml", bundle_boto3=bundle_boto3),
        out,
        constraints=() if bundle_boto3 else RUNTIME_BOTOCORE_CONSTRAINTS,
    )
    remove_caches(out)
    byte_compile(out)
    return out


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the folder to build into (emptied first)")
    parser.add_argument(
        "--bundle-boto3",
        action="store_true",
        help="bundle boto3 and botocore instead of using the runtime's (for measuring)",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    build(args.out, bundle_boto3=args.bundle_boto3)


if __name__ == "__main__":
    main()
