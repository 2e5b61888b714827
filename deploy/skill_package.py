"""Assemble the Alexa skill package in the layout the ASK CLI deploys.

    python -m deploy.skill_package [--stack-name letting-go | --function-arn ARN]
                                   [--skill-id amzn1.ask.skill...] [--out build/ask]

Reads the manifest from ``skill-package/skill.json`` and the models from
``interaction_models/<locale>.json``, checks them (every locale has a model, the invocation
names follow Alexa's rules, every permission the code uses is declared), fills in the Lambda
function's ARN as the skill's endpoint and as the endpoint of its skill events, and writes::

    build/ask/ask-resources.json                         what `ask deploy` deploys
    build/ask/.ask/ask-states.json                       the skill's id (kept between runs)
    build/ask/skill-package/skill.json
    build/ask/skill-package/interactionModels/custom/<locale>.json
    build/ask/skill-package/assets/images/icon-108.png, icon-512.png   (deploy/icons.py)

Without an ARN the manifest has no endpoint and no event subscriptions: that is the package
for the first `ask deploy`, which creates the skill and so gives the id the stack needs.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import re
import shutil
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from deploy import icons

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "skill-package" / "skill.json"
MODELS = ROOT / "interaction_models"
SKILL_CODE = ROOT / "skill"
DEFAULT_OUT = ROOT / "build" / "ask"
#: The stack output that holds the function's ARN (template.yaml).
ARN_OUTPUT = "SkillFunctionArn"

ASK_RESOURCES_VERSION = "2020-03-31"
ASK_STATES_VERSION = "2020-03-31"

LOCALE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")
SKILL_ID = re.compile(
    r"^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
HTTPS_URL = re.compile(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$")
LAMBDA_ARN = re.compile(
    r"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$"
)

# Alexa's invocation name requirements (custom skills, English locales).
LAUNCH_WORDS = frozenset(
    {"ask", "begin", "enable", "launch", "load", "open", "play", "resume", "run", "start"}
    | {"tell", "use"}
)
CONNECTING_WORDS = frozenset({"and", "by", "from", "if", "to", "whether"})
WAKE_WORDS = frozenset({"alexa", "amazon", "computer", "echo", "ziggy"})
RESERVED_WORDS = frozenset({"app", "skill"})
# A two-word name may not have one of these as either word.
ARTICLES_AND_PREPOSITIONS = frozenset(
    {"a", "about", "an", "at", "by", "for", "of", "off", "the", "to", "up", "with"}
)

# What the code calls, and the permission Alexa wants for it. Settings (the time zone, units)
# need none, and neither does personId.
PERMISSION_BY_CALL: Mapping[str, str] = {
    "get_reminder_management_service": "alexa::alerts:reminders:skill:readwrite",
    "get_timer_management_service": "alexa::alerts:timers:skill:readwrite",
    "get_full_address": "alexa::devices:all:address:full:read",
    "get_country_and_postal_code": "alexa:devices:all:address:country_and_postal_code:read",
    "get_profile_name": "alexa::profile:name:read",
    "get_profile_given_name": "alexa::profile:given_name:read",
    "get_profile_email": "alexa::profile:email:read",
    "get_profile_mobile_number": "alexa::profile:mobile_number:read",
    "get_list_management_service": "alexa::household:lists:read",
}
PERMISSION_SCOPE = re.compile(r"^alexa:{1,2}[a-z_]+(:[a-z_]+)+$")


class PackageError(Exception):
    """The skill package cannot be assembled as it stands."""


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def model_paths(models: Path = MODELS) -> dict[str, Path]:
    """Each locale that has an interaction model, and its file."""
    return {p.stem: p for p in sorted(models.glob("*.json")) if LOCALE.match(p.stem)}


def invocation_name(model: Mapping[str, Any]) -> str:
    name = model["interactionModel"]["languageModel"]["invocationName"]
    assert isinstance(name, str)
    return name


def invocation_name_problems(name: str) -> list[str]:
    """How ``name`` breaks Alexa's invocation name rules (empty when it follows them)."""
    problems: list[str] = []
    if not re.fullmatch(r"[a-z.' ]+", name):
        problems.append("only lower-case letters, spaces, apostrophes and periods are allowed")
    if name != name.strip() or "  " in name:
        problems.append("words are separated by single spaces, with none around the name")
    words = name.split()
    if len(words) < 2:
        problems.append("one-word names are only allowed for a brand the developer owns")
    if len(words) == 2 and ARTICLES_AND_PREPOSITIONS & set(words):
        problems.append("a two-word name may not use an article or a preposition")
    for word in words:
        bare = word.strip(".'")
        if bare in LAUNCH_WORDS or bare in CONNECTING_WORDS:
            problems.append(f"{word!r} is a launch phrase or connecting word")
        if bare in WAKE_WORDS:
            problems.append(f"{word!r} is a wake word")
        if bare in RESERVED_WORDS:
            problems.append(f"{word!r} may not be part of an invocation name")
        if "." in word and not re.fullmatch(r"[a-z]\.", word):
            problems.append(f"{word!r}: periods only follow the letters of an abbreviation")
        if "'" in word and not re.fullmatch(r"[a-z]+'s|[a-z]+s'", word):
            problems.append(f"{word!r}: apostrophes only mark a possessive")
    return problems


#: How an example phrase opens the skill or asks it something, in each language the skill speaks.
_EXAMPLE = re.compile(
    r"alexa, (?:(?:open|abre) {inv}|(?:ask|tell|pregúntale a|dile a) {inv} (?:que )?(?P<said>.+))"
)


def example_fits(phrase: str, model: Mapping[str, Any]) -> bool:
    """Whether an example phrase opens the skill, or says one of the model's samples, as Alexa
    requires of the store's example phrases.

    Examples
    --------
    >>> model = {"interactionModel": {"languageModel": {"invocationName": "letting go",
    ...     "intents": [{"name": "A", "samples": ["how many days left"]}]}}}
    >>> example_fits("Alexa, ask letting go how many days left", model)
    True
    >>> example_fits("Alexa, ask letting go what's the weather", model)
    False
    """
    language = model["interactionModel"]["languageModel"]
    pattern = _EXAMPLE.pattern.format(inv=re.escape(language["invocationName"]))
    found = re.fullmatch(pattern, phrase.lower())
    if found is None:
        return False
    said = found.group("said")
    samples = {s for i in language["intents"] for s in i.get("samples", [])}
    return said is None or said in samples


def permissions_used(code: Path = SKILL_CODE) -> set[str]:
    """The permissions the skill's code needs: the Alexa services it calls, the scopes it names."""
    used: set[str] = set()
    for path in sorted(code.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in PERMISSION_BY_CALL:
                used.add(PERMISSION_BY_CALL[node.attr])
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and PERMISSION_SCOPE.match(node.value)
            ):
                used.add(node.value)
    return used


def sends_screens(code: Path = SKILL_CODE) -> bool:
    """Whether the code sends APL documents (``RenderDocumentDirective``)."""
    return any("RenderDocumentDirective" in path.read_text(encoding="utf-8")
               for path in code.rglob("*.py"))  # fmt: skip


def declared_interfaces(manifest: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    interfaces = manifest["manifest"].get("apis", {}).get("custom", {}).get("interfaces", [])
    return {interface["type"]: interface for interface in interfaces}


def declared_permissions(manifest: Mapping[str, Any]) -> set[str]:
    return {p["name"] for p in manifest["manifest"].get("permissions", [])}


def manifest_problems(
    manifest: Mapping[str, Any], models: Mapping[str, Path], code: Path = SKILL_CODE
) -> list[str]:
    """What keeps ``manifest`` and ``models`` from making a package Alexa accepts."""
    problems: list[str] = []
    locales = set(manifest["manifest"]["publishingInformation"]["locales"])
    for locale in sorted(locales - set(models)):
        problems.append(f"{locale} is published but has no interaction model")
    for locale in sorted(set(models) - locales):
        problems.append(f"{locale} has an interaction model but no publishing information")
    published = manifest["manifest"]["publishingInformation"]["locales"]
    for locale, path in sorted(models.items()):
        model = load_json(path)
        name = invocation_name(model)
        for problem in invocation_name_problems(name):
            problems.append(f"{locale} invocation name {name!r}: {problem}")
        for phrase in published.get(locale, {}).get("examplePhrases", []):
            if not example_fits(phrase, model):
                problems.append(f"{locale} example phrase {phrase!r} is no sample of its model")
    for missing in sorted(permissions_used(code) - declared_permissions(manifest)):
        problems.append(f"the code uses {missing} but the manifest does not declare it")
    apl = declared_interfaces(manifest).get("ALEXA_PRESENTATION_APL")
    if sends_screens(code) and not (apl and apl.get("supportedViewports")):
        problems.append("the code sends APL screens but the manifest declares no APL viewports")
    return problems


def with_endpoint(manifest: Mapping[str, Any], function_arn: str | None) -> dict[str, Any]:
    """``manifest`` with the function as the endpoint of the skill and of its events.

    Without an ARN, the endpoint and the event subscriptions (which need one) are left out.
    """
    result = copy.deepcopy(dict(manifest))
    body = result["manifest"]
    custom = body.setdefault("apis", {}).setdefault("custom", {})
    if function_arn is None:
        custom.pop("endpoint", None)
        body.pop("events", None)
        return result
    if not LAMBDA_ARN.match(function_arn):
        raise PackageError(f"not a Lambda function ARN: {function_arn!r}")
    custom["endpoint"] = {"uri": function_arn}
    if "events" in body:
        body["events"]["endpoint"] = {"uri": function_arn}
    return result


#: Where the icons go in the package, and how the manifest names them (the ASK CLI uploads a
#: file:// path relative to skill-package/).
ICONS = {"smallIconUri": ("assets/images/icon-108.png", icons.SMALL),
         "largeIconUri": ("assets/images/icon-512.png", icons.LARGE)}  # fmt: skip


def with_icons(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """``manifest`` with the skill's two icons for every published locale."""
    result = copy.deepcopy(dict(manifest))
    for entry in result["manifest"]["publishingInformation"]["locales"].values():
        for field, (path, _) in ICONS.items():
            entry[field] = f"file://{path}"
    return result


def write_icons(package: Path) -> None:
    """Render the icons (``deploy/icons.py``) into the package."""
    for path, size in ICONS.values():
        target = package / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(icons.png(size))


def with_privacy_policy(manifest: Mapping[str, Any], url: str | None) -> dict[str, Any]:
    """``manifest`` with ``url`` (https) as every published locale's privacy policy."""
    result = copy.deepcopy(dict(manifest))
    if url is None:
        return result
    if not HTTPS_URL.match(url):
        raise PackageError(f"a privacy policy URL must be https: {url!r}")
    body = result["manifest"]
    per_locale = body["privacyAndCompliance"].setdefault("locales", {})
    for locale in body["publishingInformation"]["locales"]:
        per_locale.setdefault(locale, {})["privacyPolicyUrl"] = url
    return result


def function_arn_from_stack(stack_name: str, region: str | None = None, client: Any = None) -> str:
    """The function's ARN from the CloudFormation stack's outputs."""
    if client is None:
        import boto3

        client = boto3.client("cloudformation", region_name=region)
    stacks = client.describe_stacks(StackName=stack_name)["Stacks"]
    outputs = {o["OutputKey"]: o["OutputValue"] for o in stacks[0].get("Outputs", [])}
    if ARN_OUTPUT not in outputs:
        raise PackageError(f"stack {stack_name!r} has no {ARN_OUTPUT} output")
    arn = outputs[ARN_OUTPUT]
    assert isinstance(arn, str)
    return arn


def _write_json(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_project(
    out: Path,
    manifest: Mapping[str, Any],
    models: Mapping[str, Path],
    *,
    skill_id: str | None = None,
    profile: str = "default",
) -> Path:
    """Write the ASK CLI project into ``out``; the skill id already there is kept."""
    if skill_id is not None and not SKILL_ID.match(skill_id):
        raise PackageError(f"not an Alexa skill id: {skill_id!r}")
    package = out / "skill-package"
    shutil.rmtree(package, ignore_errors=True)
    _write_json(package / "skill.json", manifest)
    write_icons(package)
    for locale, path in models.items():
        target = package / "interactionModels" / "custom" / f"{locale}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    _write_json(
        out / "ask-resources.json",
        {
            "askcliResourcesVersion": ASK_RESOURCES_VERSION,
            "profiles": {profile: {"skillMetadata": {"src": "./skill-package"}}},
        },
    )
    states_path = out / ".ask" / "ask-states.json"
    states: dict[str, Any] = (
        load_json(states_path)
        if states_path.exists()
        else {"askcliStatesVersion": ASK_STATES_VERSION, "profiles": {}}
    )
    state = states.setdefault("profiles", {}).setdefault(profile, {})
    if skill_id is not None:
        state["skillId"] = skill_id
    state.setdefault("skillId", "")
    _write_json(states_path, states)
    return out


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Assemble the Alexa skill package for the ASK CLI (`ask deploy`)."
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--stack-name", help="read the function's ARN from this stack's outputs")
    source.add_argument("--function-arn", help="the skill function's ARN")
    parser.add_argument("--region", help="the stack's region (default: the AWS CLI's)")
    parser.add_argument("--skill-id", help="the skill's id, when it exists and is not known here")
    parser.add_argument(
        "--privacy-url", help="where docs/privacy.md is published (https), for every locale"
    )
    parser.add_argument("--profile", default="default", help="the ASK CLI profile")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: build/ask")
    args = parser.parse_args(list(argv) if argv is not None else None)

    manifest = load_json(MANIFEST)
    models = model_paths()
    try:
        problems = manifest_problems(manifest, models)
        if problems:
            raise PackageError("\n".join(f"- {p}" for p in problems))
        arn = args.function_arn
        if args.stack_name:
            arn = function_arn_from_stack(args.stack_name, args.region)
        out = write_project(
            args.out,
            with_icons(with_privacy_policy(with_endpoint(manifest, arn), args.privacy_url)),
            models,
            skill_id=args.skill_id,
            profile=args.profile,
        )
    except PackageError as exc:
        print(f"skill package not written:\n{exc}", file=sys.stderr)
        return 1
    endpoint = arn or "none yet (deploy the stack, then run this again with its name)"
    print(f"skill package written to {out}\nendpoint: {endpoint}\nnext: cd {out} && ask deploy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
