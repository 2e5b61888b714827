"""A checker for CloudWatch's embedded metric format, after its published specification.

(docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html)
A log event is an EMF document when it is one JSON object whose ``_aws`` member holds a
``Timestamp`` (epoch milliseconds) and ``CloudWatchMetrics``: directives, each with a
``Namespace``, ``Dimensions`` (sets of dimension keys, each set may be empty) and ``Metrics``
(names, with an optional unit). Every dimension key and metric name must be a member of the root
object: a dimension's value a string, a metric's value a number (or a list of numbers).
"""

from __future__ import annotations

import json
import re
from typing import Any

UNITS = {
    *("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes"),
    *("Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits"),
    *("Percent", "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second"),
    *("Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second"),
    *("Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None"),
}
_NAMESPACE = re.compile(r"[0-9A-Za-z.\-_/#:]{1,255}")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def emf_problems(line: str) -> list[str]:
    """What makes ``line`` not a valid EMF document (empty when it is one)."""
    try:
        root = json.loads(line)
    except ValueError:
        return ["not JSON"]
    if not isinstance(root, dict):
        return ["not a JSON object"]
    meta = root.get("_aws")
    if not isinstance(meta, dict):
        return ["no _aws object"]
    problems = []
    if not isinstance(meta.get("Timestamp"), int) or isinstance(meta.get("Timestamp"), bool):
        problems.append("_aws.Timestamp is not whole epoch milliseconds")
    directives = meta.get("CloudWatchMetrics")
    if not isinstance(directives, list) or not directives:
        return [*problems, "_aws.CloudWatchMetrics is not a list of directives"]
    for directive in directives:
        problems += _directive_problems(directive, root)
    return problems


def _directive_problems(directive: Any, root: dict[str, Any]) -> list[str]:
    if not isinstance(directive, dict):
        return ["a directive is not an object"]
    problems = []
    namespace = directive.get("Namespace")
    if not isinstance(namespace, str) or not _NAMESPACE.fullmatch(namespace):
        problems.append(f"bad Namespace {namespace!r}")
    elif namespace.startswith("AWS/"):
        problems.append("a Namespace may not start with AWS/")
    dimensions = directive.get("Dimensions")
    if not isinstance(dimensions, list):
        problems.append("Dimensions is not a list of dimension sets")
        dimensions = []
    for keys in dimensions:
        if not isinstance(keys, list) or len(keys) > 30:
            problems.append(f"bad dimension set {keys!r}")
            continue
        for key in keys:
            if not isinstance(root.get(key), str) or not root[key]:
                problems.append(f"dimension {key!r} has no string value at the top level")
    metrics = directive.get("Metrics")
    if not isinstance(metrics, list) or not 1 <= len(metrics) <= 100:
        return [*problems, "Metrics is not a list of 1 to 100 metric definitions"]
    for metric in metrics:
        name = metric.get("Name") if isinstance(metric, dict) else None
        if not isinstance(name, str):
            problems.append(f"a metric without a name: {metric!r}")
            continue
        if "Unit" in metric and metric["Unit"] not in UNITS:
            problems.append(f"metric {name}: unknown unit {metric['Unit']!r}")
        value = root.get(name)
        values = value if isinstance(value, list) else [value]
        if not values or not all(_number(v) for v in values):
            problems.append(f"metric {name} has no number at the top level")
    return problems
