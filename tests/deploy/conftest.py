"""Shared by the deployment tests: the template as AWS reads it, the SAM CLI, skill events."""

from __future__ import annotations

import ast
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
SKILL_ID = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"
#: The regions Alexa calls Lambda functions in (North America, Europe and India, Far East).
ALEXA_REGIONS = ["us-east-1", "eu-west-1", "us-west-2"]
#: The skill events the manifest subscribes to, and the request type each arrives as.
EVENT_REQUESTS = {
    "SKILL_ENABLED": "AlexaSkillEvent.SkillEnabled",
    "SKILL_DISABLED": "AlexaSkillEvent.SkillDisabled",
    "SKILL_PERMISSION_ACCEPTED": "AlexaSkillEvent.SkillPermissionAccepted",
    "SKILL_PERMISSION_CHANGED": "AlexaSkillEvent.SkillPermissionChanged",
}


def load_template() -> dict[str, Any]:
    """template.yaml as CloudFormation reads it (short-form intrinsics included)."""
    from samtranslator.yaml_helper import yaml_parse

    parsed = yaml_parse(TEMPLATE.read_text(encoding="utf-8"))
    assert isinstance(parsed, dict)
    return parsed


@pytest.fixture(scope="session")
def template() -> dict[str, Any]:
    return load_template()


@pytest.fixture(scope="session")
def transformed() -> dict[str, Any]:
    """The template after the AWS::Serverless transform, as CloudFormation would deploy it."""
    import boto3
    from samtranslator.parser.parser import Parser
    from samtranslator.translator.translator import Translator

    # The session only names the region (for pseudo parameters); nothing calls AWS. An empty
    # managed policy map: the template names no AWS managed policy.
    session = boto3.session.Session(region_name=ALEXA_REGIONS[0])
    translator = Translator({}, Parser(), boto_session=session)
    sam = load_template()
    # `sam deploy` uploads the built code and hands CloudFormation its S3 location.
    for resource in sam["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://deployment-bucket/letting-go/code.zip"
    result = translator.translate(sam, {"SkillId": SKILL_ID})
    # Round-trip through JSON: plain dicts and lists, as CloudFormation receives them.
    loaded = json.loads(json.dumps(result))
    assert isinstance(loaded, dict)
    return loaded


def sam_environment(home: Path) -> dict[str, str]:
    """An environment for the SAM CLI with no AWS account, no telemetry, no version check."""
    config = home / ".aws-sam"
    config.mkdir(parents=True, exist_ok=True)
    (config / "metadata.json").write_text(
        json.dumps({"telemetryEnabled": False, "lastVersionCheck": time.time()}),
        encoding="utf-8",
    )
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "AWS_DEFAULT_REGION": ALEXA_REGIONS[0],
        "AWS_CONFIG_FILE": str(home / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "SAM_CLI_TELEMETRY": "0",
    }


def sam_executable() -> str:
    return str(Path(sys.executable).with_name("sam"))


def skill_event(request_type: str) -> dict[str, Any]:
    """A skill event as Alexa sends it, outside any session."""
    body: dict[str, Any] = {}
    if request_type.startswith("AlexaSkillEvent.SkillPermission"):
        body = {"acceptedPermissions": [{"scope": "alexa::alerts:reminders:skill:readwrite"}]}
    elif request_type == "AlexaSkillEvent.SkillDisabled":
        body = {"userInformationPersistenceStatus": "PERSISTED"}
    return {
        "version": "1.0",
        "context": {
            "System": {
                "application": {"applicationId": SKILL_ID},
                "user": {"userId": "amzn1.ask.account.EVENTS"},
                "apiEndpoint": "https://api.amazonalexa.com",
            }
        },
        "request": {
            "type": request_type,
            "requestId": "amzn1.echo-api.request.00000000-0000-0000-0000-000000000000",
            "timestamp": "2025-06-01T12:00:00Z",
            "eventCreationTime": "2025-06-01T12:00:00Z",
            "eventPublishingTime": "2025-06-01T12:00:01Z",
            "body": body,
        },
    }


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside functions (lazy imports count)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def module_file(root: Path, name: str) -> Path | None:
    base = root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def reachable_skill_modules(entry: Path, root: Path) -> set[str]:
    """The ``skill`` modules under ``root`` that ``entry`` reaches through imports."""
    seen: set[str] = set()
    queue = [entry]
    while queue:
        for name in imports_of(queue.pop()):
            if name.split(".")[0] != "skill" or name in seen:
                continue
            path = module_file(root, name)
            if path is not None:
                seen.add(name)
                queue.append(path)
    return seen
