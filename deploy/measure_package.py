"""Measure the Lambda package with boto3 bundled and with boto3 taken from the runtime.

    python3.13 -m deploy.measure_package [--runs 15]    (from the repository root)

Builds both packages (as ``deploy/build_lambda.py`` does), zips them as ``sam deploy`` would,
and times, in fresh python3.13 processes, what a cold start does: importing
``lambda_function`` (which builds the skill), and then making the DynamoDB client that the
first turn makes. For the runtime's boto3, a copy installed into a separate folder is put at
the end of ``sys.path``, where the Lambda runtime keeps its own. Prints a Markdown table.

Local timings are not Lambda's (Lambda also downloads and unpacks the zip before any import,
which grows with its size), but the difference between the two layouts shows here too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from deploy import build_lambda

PROBE = """
import json, sys, time
sys.path[:0] = {path!r}
started = time.perf_counter()
import lambda_function
imported = time.perf_counter()
from skill.storage.dynamodb import DynamoStore
DynamoStore("measure", region_name="us-east-1").client
clients = time.perf_counter()
import boto3
print(json.dumps({{
    "import": imported - started,
    "client": clients - imported,
    "boto3": boto3.__file__,
}}))
"""


def zip_size(folder: Path, target: Path) -> int:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder))
    return target.stat().st_size


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def time_cold_starts(path: list[str], runs: int) -> tuple[float, float, str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "LETTING_GO_TABLE": "measure",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "measure",
        "AWS_SECRET_ACCESS_KEY": "measure",
    }
    imports: list[float] = []
    clients: list[float] = []
    where = ""
    for run in range(runs + 1):
        # -S: no site-packages, so only the package (and the stand-in runtime) are importable.
        out = subprocess.run(
            [sys.executable, "-S", "-E", "-c", PROBE.format(path=path)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        result = json.loads(out)
        where = result["boto3"]
        if run:  # the first run warms the file cache
            imports.append(result["import"])
            clients.append(result["client"])
    return statistics.median(imports), statistics.median(clients), where


def main() -> None:
    parser = argparse.ArgumentParser(description="Measure the Lambda package both ways.")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        runtime_boto3 = work / "runtime-site-packages"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--root-user-action=ignore",
                "--target",
                str(runtime_boto3),
                "boto3",
            ],
            check=True,
        )
        rows = []
        for name, bundle in (("boto3 bundled", True), ("boto3 from the runtime", False)):
            package = build_lambda.build(work / name.replace(" ", "-"), bundle_boto3=bundle)
            zipped = zip_size(package, work / f"{package.name}.zip")
            path = [str(package)] if bundle else [str(package), str(runtime_boto3)]
            imported, client, where = time_cold_starts(path, args.runs)
            assert (str(package) in where) == bundle, where
            rows.append((name, zipped, folder_size(package), imported, client))
    print("| layout | zip | unzipped | import lambda_function | first DynamoDB client |")
    print("| --- | --- | --- | --- | --- |")
    for name, zipped, unzipped, imported, client in rows:
        print(
            f"| {name} | {zipped / 1e6:.1f} MB | {unzipped / 1e6:.1f} MB "
            f"| {imported * 1000:.0f} ms | {client * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
