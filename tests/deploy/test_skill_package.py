"""The Alexa skill package: the manifest, the models beside it, and the command that joins them."""

from __future__ import annotations

import json
import logging
import re
import struct
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from deploy import skill_package
from skill.builder import build_skill
from skill.console.envelopes import Caller, Session, intent_request
from skill.runtime import handle_event
from skill.storage.local import LocalStore
from skill.storage.store import DEFAULT_INACTIVITY_DAYS
from tests.deploy.conftest import EVENT_REQUESTS, ROOT, SKILL_ID, skill_event

ARN = "arn:aws:lambda:us-east-1:123456789012:function:letting-go-SkillFunction-Ab12Cd34"
INTENT_NAME = re.compile(r"^(AMAZON\.[A-Za-z]+Intent|[A-Z][A-Za-z]*Intent)$")
NO_SUCH_INTENT = "NoSuchIntentAnywhereIntent"
serializer = DefaultSerializer()


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded = skill_package.load_json(skill_package.MANIFEST)
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def models() -> dict[str, dict[str, Any]]:
    return {
        locale: skill_package.load_json(path)
        for locale, path in skill_package.model_paths().items()
    }


def intents_of(model: dict[str, Any]) -> set[str]:
    return {i["name"] for i in model["interactionModel"]["languageModel"]["intents"]}


def samples_of(model: dict[str, Any]) -> set[str]:
    return {
        sample.lower()
        for intent in model["interactionModel"]["languageModel"]["intents"]
        for sample in intent.get("samples", [])
    }


# --- the manifest, as the Skill Management API reads it ------------------------------------


@pytest.mark.parametrize("arn", [None, ARN], ids=["first deploy", "with endpoint"])
def test_manifest_is_what_the_skill_management_api_models(
    manifest: dict[str, Any], arn: str | None
) -> None:
    # Amazon's SMAPI models refuse unknown enum values (event names, permissions, ...) and
    # drop unknown fields, so a typo anywhere shows as a difference after the round trip.
    from ask_smapi_model.v1.skill.manifest.skill_manifest_envelope import SkillManifestEnvelope

    package = skill_package.with_endpoint(manifest, arn)
    read = serializer.deserialize(json.dumps(package), SkillManifestEnvelope)
    assert serializer.serialize(read) == package


def test_every_published_locale_has_a_model_and_every_model_is_published(
    manifest: dict[str, Any],
) -> None:
    published = set(manifest["manifest"]["publishingInformation"]["locales"])
    assert published == set(skill_package.model_paths())
    assert published  # en-US at least
    assert skill_package.manifest_problems(manifest, skill_package.model_paths()) == []


#: "Coaching, not professional advice", in each language the skill is published in.
NOT_ADVICE = {
    "en": "coaching, not professional advice",
    "es": "acompañamiento, no consejo profesional",
}


def test_description_says_coaching_not_professional_advice(manifest: dict[str, Any]) -> None:
    for locale, info in manifest["manifest"]["publishingInformation"]["locales"].items():
        said = NOT_ADVICE[locale[:2]]
        assert said in info["description"], locale
        assert said in info["summary"].lower(), locale
        assert len(info["summary"]) <= 160, locale


def test_all_eight_locales_are_published_with_their_countries(manifest: dict[str, Any]) -> None:
    info = manifest["manifest"]["publishingInformation"]
    assert set(info["locales"]) == {
        "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "es-ES", "es-MX", "es-US"
    }  # fmt: skip
    assert {"US", "GB", "CA", "AU", "IN", "ES", "MX"} <= set(info["distributionCountries"])
    spanish = [v["description"] for k, v in info["locales"].items() if k.startswith("es")]
    assert all("Letting Go te acompaña" in text for text in spanish)


def test_privacy_and_compliance_are_answered(manifest: dict[str, Any]) -> None:
    answers = manifest["manifest"]["privacyAndCompliance"]
    for question in (
        "allowsPurchases",
        "usesPersonalInfo",
        "isChildDirected",
        "isExportCompliant",
        "containsAds",
        "usesHealthInfo",
    ):
        assert isinstance(answers[question], bool), question
    assert answers["isChildDirected"] is False  # a breakup coach is not for children


def test_example_phrases_use_the_invocation_name_and_the_models_samples(
    manifest: dict[str, Any], models: dict[str, dict[str, Any]]
) -> None:
    for locale, info in manifest["manifest"]["publishingInformation"]["locales"].items():
        name = skill_package.invocation_name(models[locale])
        phrases = info["examplePhrases"]
        assert 1 <= len(phrases) <= 3
        opens = {"en": "open", "es": "abre"}[locale[:2]]
        assert phrases[0].lower() == f"alexa, {opens} {name}"
        for phrase in phrases[1:]:
            asks = "ask|tell" if locale.startswith("en") else "pregúntale a|dile a"
            match = re.fullmatch(
                rf"alexa, ({asks}) {re.escape(name)} (?:que )?(.+)", phrase.lower()
            )
            assert match, phrase
            assert match.group(2) in samples_of(models[locale]), phrase


# --- the invocation name -------------------------------------------------------------------


def test_every_models_invocation_name_follows_alexas_rules(
    models: dict[str, dict[str, Any]],
) -> None:
    for locale, model in models.items():
        name = skill_package.invocation_name(model)
        assert skill_package.invocation_name_problems(name) == [], (locale, name)


@pytest.mark.parametrize(
    "name",
    [
        "letting go",
        "breakup coach",
        "sam's breakup coach",
        "a. b. c. breakup coach",
        "the letting go coach",
    ],
)
def test_invocation_names_alexa_accepts(name: str) -> None:
    assert skill_package.invocation_name_problems(name) == []


@pytest.mark.parametrize(
    "name",
    [
        "Letting Go",  # upper case
        "letting go 2",  # digits
        "letting-go",  # punctuation, and one word
        "heartbreak",  # one word
        "the breakup",  # two words, one an article
        "for heartbreak",  # two words, one a preposition
        "ask letting go",  # a launch phrase
        "letting go and healing",  # a connecting word
        "alexa breakup coach",  # a wake word
        "letting go skill",  # "skill"
        "letting go app",  # "app"
        "letting  go",  # two spaces
        "letting go.",  # a period outside an abbreviation
        "lettin' go",  # an apostrophe that is not a possessive
    ],
)
def test_invocation_names_alexa_refuses(name: str) -> None:
    assert skill_package.invocation_name_problems(name) != []


# --- permissions ---------------------------------------------------------------------------


def test_every_permission_the_code_uses_is_declared(manifest: dict[str, Any]) -> None:
    used = skill_package.permissions_used(ROOT / "skill")
    assert used <= skill_package.declared_permissions(manifest)


def test_the_reminders_permission_is_declared(manifest: dict[str, Any]) -> None:
    declared = skill_package.declared_permissions(manifest)
    assert "alexa::alerts:reminders:skill:readwrite" in declared


def test_the_personalization_permission_is_declared_so_each_voice_has_its_own_record(
    manifest: dict[str, Any],
) -> None:
    # Without it Alexa sends no person id, and the records, designed per person, would be shared.
    assert "alexa::person_id:read" in skill_package.permissions_used(ROOT / "skill")
    assert "alexa::person_id:read" in skill_package.declared_permissions(manifest)


def test_the_privacy_policy_url_goes_to_every_locale(
    manifest: dict[str, Any], tmp_path: Path
) -> None:
    url = "https://example.org/letting-go/privacy"
    assert (
        skill_package.main(["--function-arn", ARN, "--privacy-url", url, "--out", str(tmp_path)])
        == 0
    )
    written = json.loads((tmp_path / "skill-package" / "skill.json").read_text(encoding="utf-8"))
    per_locale = written["manifest"]["privacyAndCompliance"]["locales"]
    assert set(per_locale) == set(manifest["manifest"]["publishingInformation"]["locales"])
    assert {entry["privacyPolicyUrl"] for entry in per_locale.values()} == {url}


def test_a_privacy_policy_that_is_not_https_is_refused(tmp_path: Path) -> None:
    assert (
        skill_package.main(["--privacy-url", "http://example.org/p", "--out", str(tmp_path)]) == 1
    )
    assert not (tmp_path / "skill-package").exists()


def test_the_privacy_policy_says_what_is_kept_and_what_never_is() -> None:
    policy = (ROOT / "docs" / "privacy.md").read_text(encoding="utf-8")
    for heading in ("What is kept", "What is never kept", "For how long", "How to delete it"):
        assert f"## {heading}" in policy
    assert "delete my data" in policy and f"{DEFAULT_INACTIVITY_DAYS} days" in policy


def test_permissions_used_are_found_from_calls_and_named_scopes(tmp_path: Path) -> None:
    (tmp_path / "reminders.py").write_text(
        "def remind(factory):\n    return factory.get_reminder_management_service()\n",
        encoding="utf-8",
    )
    (tmp_path / "ask_for.py").write_text(
        'SCOPE = "alexa::profile:given_name:read"\n', encoding="utf-8"
    )
    (tmp_path / "zone.py").write_text(
        "def zone(factory, device):\n"
        "    return factory.get_ups_service().get_system_time_zone(device)\n",
        encoding="utf-8",
    )
    assert skill_package.permissions_used(tmp_path) == {
        "alexa::alerts:reminders:skill:readwrite",
        "alexa::profile:given_name:read",
    }


def test_an_undeclared_permission_stops_the_package(
    manifest: dict[str, Any], tmp_path: Path
) -> None:
    (tmp_path / "address.py").write_text(
        "def where(factory, device):\n"
        "    return factory.get_device_address_service().get_full_address(device)\n",
        encoding="utf-8",
    )
    problems = skill_package.manifest_problems(manifest, skill_package.model_paths(), tmp_path)
    assert problems == [
        "the code uses alexa::devices:all:address:full:read but the manifest does not declare it"
    ]


def test_the_apl_interface_is_declared_for_every_viewport_the_screens_are_made_for(
    manifest: dict[str, Any],
) -> None:
    from deploy.screens import VIEWPORTS

    apl = skill_package.declared_interfaces(manifest)["ALEXA_PRESENTATION_APL"]
    for profile, viewport in VIEWPORTS.items():
        fits = [
            declared
            for declared in apl["supportedViewports"]
            if declared["mode"] == viewport["mode"]
            and declared["shape"] == viewport["shape"]
            and declared["minWidth"] <= viewport["width"] <= declared["maxWidth"]
            and declared["minHeight"] <= viewport["height"] <= declared["maxHeight"]
        ]
        assert len(fits) == 1, profile


def test_screens_without_the_apl_interface_stop_the_package(manifest: dict[str, Any]) -> None:
    without = json.loads(json.dumps(manifest))
    without["manifest"]["apis"]["custom"].pop("interfaces")
    problems = skill_package.manifest_problems(without, skill_package.model_paths())
    assert problems == ["the code sends APL screens but the manifest declares no APL viewports"]


# --- intents and events: what the handlers serve, what the models hold ----------------------


def handler_input_for(intent: str) -> HandlerInput:
    raw = intent_request(Caller(skill_id=SKILL_ID), Session(), intent)
    envelope = serializer.deserialize(json.dumps(raw), RequestEnvelope)
    return HandlerInput(
        request_envelope=envelope, attributes_manager=AttributesManager(request_envelope=envelope)
    )


def request_handlers(tmp_path: Path) -> list[AbstractRequestHandler]:
    skill = build_skill(LocalStore(tmp_path / "probe.sqlite3"))
    chains = skill.request_dispatcher.request_mappers[0].request_handler_chains
    return [chain.request_handler for chain in chains]


def intent_names_in_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "skill" / "voice").rglob("*.py"):
        names |= set(re.findall(r"\"([A-Za-z.]+Intent)\"", path.read_text(encoding="utf-8")))
    return {n for n in names if INTENT_NAME.match(n)}


def served_intents(tmp_path: Path, candidates: set[str]) -> set[str]:
    """The intents some handler takes, leaving out the catch-alls (which take any intent)."""
    handlers = request_handlers(tmp_path)
    specific = [h for h in handlers if not h.can_handle(handler_input_for(NO_SUCH_INTENT))]
    assert len(specific) < len(handlers), "expected a fallback for intents nobody serves"
    return {
        name for name in candidates if any(h.can_handle(handler_input_for(name)) for h in specific)
    }


def test_every_intent_a_handler_serves_is_in_every_model(
    tmp_path: Path, models: dict[str, dict[str, Any]]
) -> None:
    candidates = intent_names_in_code().union(*(intents_of(m) for m in models.values()))
    served = served_intents(tmp_path, candidates)
    assert "AMAZON.HelpIntent" in served and "DaysLeftIntent" in served
    for locale, model in models.items():
        assert served - intents_of(model) == set(), locale


def test_every_custom_intent_in_every_model_has_a_handler(
    tmp_path: Path, models: dict[str, dict[str, Any]]
) -> None:
    for locale, model in models.items():
        custom = {n for n in intents_of(model) if not n.startswith("AMAZON.")}
        assert custom - served_intents(tmp_path, custom) == set(), locale


def test_every_model_has_the_intents_alexa_requires(models: dict[str, dict[str, Any]]) -> None:
    required = {"AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent"}
    required |= {"AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"}
    for locale, model in models.items():
        assert required <= intents_of(model), locale


def test_the_skill_answers_every_event_it_subscribes_to(
    manifest: dict[str, Any], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    subscribed = {e["eventName"] for e in manifest["manifest"]["events"]["subscriptions"]}
    assert subscribed == set(EVENT_REQUESTS)
    skill = build_skill(LocalStore(tmp_path / "events.sqlite3"))
    caplog.set_level(logging.WARNING)
    for event in sorted(subscribed):
        response = handle_event(skill, skill_event(EVENT_REQUESTS[event]))
        assert response["version"] == "1.0"
        assert "outputSpeech" not in response["response"], event  # Alexa allows none here
    assert [r.getMessage() for r in caplog.records] == []


# --- assembling the package -----------------------------------------------------------------


def test_endpoint_is_the_function_for_requests_and_events(manifest: dict[str, Any]) -> None:
    package = skill_package.with_endpoint(manifest, ARN)["manifest"]
    assert package["apis"]["custom"]["endpoint"] == {"uri": ARN}
    assert package["events"]["endpoint"] == {"uri": ARN}
    assert "endpoint" not in manifest["manifest"]["apis"]["custom"]  # the source is unchanged


def test_without_an_endpoint_the_package_only_creates_the_skill(manifest: dict[str, Any]) -> None:
    package = skill_package.with_endpoint(manifest, None)["manifest"]
    assert "endpoint" not in package["apis"]["custom"]
    assert "events" not in package  # events need an endpoint to go to


@pytest.mark.parametrize(
    "arn", ["", "arn:aws:s3:::bucket", "letting-go", "arn:aws:lambda:us-east-1:12:function:x"]
)
def test_an_endpoint_that_is_not_a_lambda_arn_is_refused(
    manifest: dict[str, Any], arn: str
) -> None:
    with pytest.raises(skill_package.PackageError):
        skill_package.with_endpoint(manifest, arn)


def test_project_has_the_layout_ask_deploy_reads(manifest: dict[str, Any], tmp_path: Path) -> None:
    models = skill_package.model_paths()
    out = skill_package.write_project(
        tmp_path, skill_package.with_endpoint(manifest, ARN), models, skill_id=SKILL_ID
    )
    resources = json.loads((out / "ask-resources.json").read_text(encoding="utf-8"))
    assert resources["profiles"]["default"]["skillMetadata"]["src"] == "./skill-package"
    states = json.loads((out / ".ask" / "ask-states.json").read_text(encoding="utf-8"))
    assert states["profiles"]["default"]["skillId"] == SKILL_ID
    written = json.loads((out / "skill-package" / "skill.json").read_text(encoding="utf-8"))
    assert written["manifest"]["apis"]["custom"]["endpoint"]["uri"] == ARN
    for locale, path in models.items():
        copied = out / "skill-package" / "interactionModels" / "custom" / f"{locale}.json"
        assert copied.read_bytes() == path.read_bytes()


def test_writing_again_keeps_the_skill_id_and_drops_stale_files(
    manifest: dict[str, Any], tmp_path: Path
) -> None:
    models = skill_package.model_paths()
    skill_package.write_project(tmp_path, manifest, models, skill_id=SKILL_ID)
    stale = tmp_path / "skill-package" / "interactionModels" / "custom" / "xx-XX.json"
    stale.write_text("{}", encoding="utf-8")
    skill_package.write_project(tmp_path, manifest, models)
    states = json.loads((tmp_path / ".ask" / "ask-states.json").read_text(encoding="utf-8"))
    assert states["profiles"]["default"]["skillId"] == SKILL_ID
    assert not stale.exists()


def test_a_skill_id_that_is_not_one_is_refused(manifest: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(skill_package.PackageError):
        skill_package.write_project(
            tmp_path, manifest, skill_package.model_paths(), skill_id="letting-go"
        )


def test_function_arn_is_read_from_the_stacks_outputs() -> None:
    import boto3
    from botocore.stub import Stubber

    client = boto3.client(
        "cloudformation",
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    with Stubber(client) as stub:
        stub.add_response(
            "describe_stacks",
            {
                "Stacks": [
                    {
                        "StackName": "letting-go",
                        "CreationTime": "2025-01-01T00:00:00Z",
                        "StackStatus": "CREATE_COMPLETE",
                        "Outputs": [
                            {"OutputKey": "StateTableName", "OutputValue": "letting-go-table"},
                            {"OutputKey": skill_package.ARN_OUTPUT, "OutputValue": ARN},
                        ],
                    }
                ]
            },
            {"StackName": "letting-go"},
        )
        assert skill_package.function_arn_from_stack("letting-go", client=client) == ARN


def test_command_writes_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert skill_package.main(["--function-arn", ARN, "--out", str(tmp_path)]) == 0
    assert (tmp_path / "skill-package" / "skill.json").exists()
    assert ARN in capsys.readouterr().out


def test_command_refuses_a_manifest_without_a_model(
    manifest: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = json.loads(json.dumps(manifest))
    locales = broken["manifest"]["publishingInformation"]["locales"]
    locales["en-NZ"] = locales["en-US"]
    source = tmp_path / "skill.json"
    source.write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(skill_package, "MANIFEST", source)
    assert skill_package.main(["--out", str(tmp_path / "out")]) == 1
    assert "en-NZ is published but has no interaction model" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_package_has_both_icons_at_alexas_sizes(tmp_path: Path) -> None:
    assert skill_package.main(["--function-arn", ARN, "--out", str(tmp_path)]) == 0
    package = tmp_path / "skill-package"
    written = json.loads((package / "skill.json").read_text(encoding="utf-8"))
    for entry in written["manifest"]["publishingInformation"]["locales"].values():
        for field, side in (("smallIconUri", 108), ("largeIconUri", 512)):
            uri = entry[field]
            assert uri.startswith("file://")
            image = (package / uri.removeprefix("file://")).read_bytes()
            assert image.startswith(b"\x89PNG\r\n\x1a\n")
            width, height = struct.unpack(">II", image[16:24])  # the IHDR chunk's first fields
            assert (width, height) == (side, side)
