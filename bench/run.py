"""Run every benchmark and write ``bench/results.md`` and ``bench/results.json``.

The skill is measured side by side with the ASK SDK's own floor (``bench/baselines``) in the same
run, so ratios hold on a noisy machine. Run with ``make bench`` (python3.13, as on Lambda).
"""

from __future__ import annotations

import json
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import web
from bench.common import BENCH, ROOT, aws_environment, env_with, moto_server, percentile

PYTHON = sys.executable
COLD_RUNS = 15
WARM_TURNS = 2000


def run_json(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run([PYTHON, *args], env=env, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def cold_starts(env: dict[str, str]) -> dict[str, Any]:
    """Fresh processes, interleaved so drift hits both alike: the import and first answer, and
    the whole process from spawn to exit (interpreter start included, as in Lambda's init)."""
    inside: dict[str, list[float]] = {"skill": [], "stored": []}
    whole: dict[str, list[float]] = {"skill": [], "stored": []}
    restored: dict[str, list[float]] = {"skill": [], "stored": []}
    for _ in range(COLD_RUNS):
        for name in inside:
            started = time.perf_counter()
            inside[name].append(run_json([str(BENCH / "cold.py"), name], env)["ms"])
            whole[name].append((time.perf_counter() - started) * 1000)
            restored[name].append(run_json([str(BENCH / "cold.py"), name, "--restored"], env)["ms"])
    medians = {name: statistics.median(values) for name, values in inside.items()}
    process = {name: statistics.median(values) for name, values in whole.items()}
    after_restore = {name: statistics.median(values) for name, values in restored.items()}
    return {
        "runs": COLD_RUNS,
        "median_ms": medians,
        "ratio": medians["skill"] / medians["stored"],
        "process_median_ms": process,
        "process_ratio": process["skill"] / process["stored"],
        "restored_median_ms": after_restore,
        "restored_ratio": after_restore["skill"] / after_restore["stored"],
        "top_imports": top_imports(env),
    }


def top_imports(env: dict[str, str]) -> list[tuple[str, float]]:
    """The five top-level imports of the skill's cold start with the most cumulative time."""
    out = subprocess.run(
        [PYTHON, "-X", "importtime", str(BENCH / "cold.py"), "skill"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, float] = {}
    for line in out.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\s*)(\S+)", line)
        if match and match.group(2) == "":
            found[match.group(3)] = int(match.group(1)) / 1000
    return sorted(found.items(), key=lambda item: -item[1])[:5]


def warm(env: dict[str, str]) -> dict[str, Any]:
    results = {}
    for name in ("skill", "stored", "bare"):
        results[name] = run_json([str(BENCH / "warm.py"), name, str(WARM_TURNS)], env)
    summary: dict[str, Any] = {}
    for name, result in results.items():
        every = [ms for values in result["ms"].values() for ms in values]
        summary[name] = {
            "turns": result["turns"],
            "p50": percentile(every, 0.50),
            "p95": percentile(every, 0.95),
            "p99": percentile(every, 0.99),
            "own_p50": percentile(result["own_ms"], 0.50),
            "peak_rss_mb": result["peak_rss_kb"] / 1024,
        }
    summary["store_calls"] = results["skill"]["store_calls"]
    return summary


def package_size() -> float | None:
    built = ROOT / ".aws-sam" / "build"
    if not built.exists():
        return None
    return sum(p.stat().st_size for p in built.rglob("*") if p.is_file()) / 1024 / 1024


def markdown(results: dict[str, Any]) -> str:
    cold, warm_ = results["cold_start"], results["warm"]
    skill, stored, bare = warm_["skill"], warm_["stored"], warm_["bare"]
    lines = [
        f"Measured {results['date']} on {results['machine']} (Python {results['python']}).",
        "",
        "| measure | skill | baseline | ratio | target |",
        "|---|---|---|---|---|",
        f"| cold start: import + first answer, median of {cold['runs']} (ms) | "
        f"{cold['median_ms']['skill']:.0f} | "
        f"{cold['median_ms']['stored']:.0f} (stored) | {cold['ratio']:.2f}x | ≤ 1.05x |",
        f"| cold start, whole process (ms) | {cold['process_median_ms']['skill']:.0f} | "
        f"{cold['process_median_ms']['stored']:.0f} (stored) | {cold['process_ratio']:.2f}x | "
        "≤ 1.05x |",
        f"| first turn after a SnapStart restore (ms) | "
        f"{cold['restored_median_ms']['skill']:.1f} | "
        f"{cold['restored_median_ms']['stored']:.1f} (stored) | {cold['restored_ratio']:.2f}x | |",
        f"| warm turn p50 (ms) | {skill['p50']:.2f} | {stored['p50']:.2f} (stored) | "
        f"{skill['p50'] / stored['p50']:.2f}x | ≤ 1.5x |",
        f"| warm turn p95 (ms) | {skill['p95']:.2f} | {stored['p95']:.2f} (stored) | "
        f"{skill['p95'] / stored['p95']:.2f}x | |",
        f"| warm turn p99 (ms) | {skill['p99']:.2f} | {stored['p99']:.2f} (stored) | "
        f"{skill['p99'] / stored['p99']:.2f}x | ≤ 2x |",
        f"| own time p50, store calls taken out (ms) | {skill['own_p50']:.2f} | "
        f"{bare['p50']:.2f} (bare) | {skill['own_p50'] / bare['p50']:.2f}x | ≤ 2x |",
        # The stored skill is the bare one plus a GetItem: its own time beside the bare one's
        # is what a store call alone adds to the time measured outside it.
        f"| own time p50 beside a skill that also calls the store (ms) | "
        f"{skill['own_p50']:.2f} | {stored['own_p50']:.2f} (stored) | "
        f"{skill['own_p50'] / stored['own_p50']:.2f}x | |",
        f"| peak RSS after {skill['turns']} turns (MB) | {skill['peak_rss_mb']:.1f} | "
        f"{stored['peak_rss_mb']:.1f} (stored) | "
        f"{skill['peak_rss_mb'] / stored['peak_rss_mb']:.2f}x | ≤ 1.1x, < 128 MB |",
    ]
    size = results.get("package_mb")
    if size is not None:
        lines.append(f"| built package (MB) | {size:.1f} | | | |")
    lines += ["", "Store calls per turn (skill):", "", "| turn | reads | writes |", "|---|---|---|"]
    for label, ops in sorted(warm_["store_calls"].items()):
        reads = ops.get("GetItem", 0.0)
        writes = ops.get("PutItem", 0.0) + ops.get("DeleteItem", 0.0)
        lines.append(f"| {label} | {reads:.2f} | {writes:.2f} |")
    lines += [
        "",
        "Web service (`letting-go serve`, 10 s per row):",
        "",
        "| clients | verified req/s | p99 ms | unverified req/s | p99 ms | verified share |",
        "|---|---|---|---|---|---|",
    ]
    for on, off in zip(results["web"]["verified"], results["web"]["unverified"], strict=True):
        lines.append(
            f"| {on['clients']} | {on['rps']:.0f} | {on['p99_ms']:.1f} | {off['rps']:.0f} | "
            f"{off['p99_ms']:.1f} | {on['rps'] / off['rps']:.0%} (target ≥ 80%) |"
        )
    lines += ["", "Slowest imports at cold start (cumulative ms):", ""]
    lines += [f"- `{name}`: {ms:.1f}" for name, ms in cold["top_imports"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "skill"), str(ROOT / "lambda")], check=True
    )
    with moto_server(PYTHON) as endpoint:
        env = env_with(aws_environment(endpoint))
        results: dict[str, Any] = {
            "date": time.strftime("%Y-%m-%d"),
            "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, "
            f"{__import__('os').cpu_count()} cores",
            "python": platform.python_version(),
            "cold_start": cold_starts(env),
            "warm": warm(env),
            "package_mb": package_size(),
        }
    results["web"] = web.measure()
    (BENCH / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    table = markdown(results)
    (BENCH / "results.md").write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
