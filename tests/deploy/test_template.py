"""template.yaml: checked by AWS's own tools, and transformed as CloudFormation would deploy it.

No network and no AWS account: cfn-lint and the SAM translator run in-process, and the SAM CLI
runs with an empty home, no credentials, no telemetry and no version check.
"""

from __future__ import annotations

import ast
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

from deploy import build_lambda, skill_package
from skill import builder, metrics
from skill.storage.dynamodb import DynamoStore
from tests.deploy.conftest import (
    ALEXA_REGIONS,
    ROOT,
    SKILL_ID,
    TEMPLATE,
    module_file,
    reachable_skill_modules,
    sam_environment,
    sam_executable,
)

FUNCTION = "SkillFunction"
#: The alias every deploy publishes a version behind (AutoPublishAlias), which Alexa invokes.
ALIAS = "SkillFunctionAliaslive"
TABLE = "StateTable"
#: Environment variables only the local runtimes read (the console's store file).
LOCAL_ONLY_ENVIRONMENT = {"LETTING_GO_STORE"}


def resources_of_type(template: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in template["Resources"].items() if v["Type"] == kind}


def policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    """Every statement of every IAM policy the template grants."""
    statements: list[dict[str, Any]] = []
    for resource in template["Resources"].values():
        properties = resource.get("Properties", {})
        documents = []
        if resource["Type"] == "AWS::IAM::Role":
            documents = [p["PolicyDocument"] for p in properties.get("Policies", [])]
        elif resource["Type"] in ("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"):
            documents = [properties["PolicyDocument"]]
        for document in documents:
            found = document["Statement"]
            statements += found if isinstance(found, list) else [found]
    return statements


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def store_operations() -> set[str]:
    """The DynamoDB API operations skill/storage/dynamodb.py calls, as IAM names them."""
    source = (ROOT / "skill" / "storage" / "dynamodb.py").read_text(encoding="utf-8")
    calls = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "client"
        ):
            calls.add(node.func.attr)
    return {"dynamodb:" + "".join(w.title() for w in call.split("_")) for call in calls}


# --- AWS's linters -------------------------------------------------------------------------


def test_cfn_lint_finds_no_error_or_warning_in_any_alexa_region() -> None:
    from cfnlint.api import ManualArgs, lint_file

    matches = lint_file(TEMPLATE, ManualArgs(regions=ALEXA_REGIONS))
    assert [str(m) for m in matches] == []


def test_sam_validate_lint_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sam_executable(), "validate", "--lint", "--template-file", str(TEMPLATE)],
        cwd=ROOT,
        env=sam_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


# --- what the transform produces ------------------------------------------------------------


def test_only_the_skill_may_invoke_the_function(transformed: dict[str, Any]) -> None:
    permissions = resources_of_type(transformed, "AWS::Lambda::Permission")
    assert len(permissions) == 1
    (permission,) = (p["Properties"] for p in permissions.values())
    assert permission["Principal"] == "alexa-appkit.amazon.com"
    assert permission["Action"] == "lambda:InvokeFunction"
    assert permission["EventSourceToken"] in ({"Ref": "SkillId"}, SKILL_ID)
    assert permission["FunctionName"] == {"Ref": ALIAS}  # the alias, whose versions SnapStart


def test_skill_id_is_a_required_parameter(template: dict[str, Any]) -> None:
    parameter = template["Parameters"]["SkillId"]
    assert "Default" not in parameter
    assert re.fullmatch(parameter["AllowedPattern"], SKILL_ID)
    assert not re.fullmatch(parameter["AllowedPattern"], "amzn1.ask.skill.not-an-id")


def test_table_is_the_one_the_store_expects(transformed: dict[str, Any]) -> None:
    table = transformed["Resources"][TABLE]
    assert table["Type"] == "AWS::DynamoDB::Table"
    properties = table["Properties"]
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    store = DynamoStore("unused")
    key = store._key  # the store's own default attribute names
    assert properties["KeySchema"] == [{"AttributeName": key, "KeyType": "HASH"}]
    assert properties["AttributeDefinitions"] == [{"AttributeName": key, "AttributeType": "S"}]
    assert properties["TimeToLiveSpecification"] == {"AttributeName": store._ttl, "Enabled": True}


def test_table_is_backed_up_encrypted_and_kept(transformed: dict[str, Any]) -> None:
    table = transformed["Resources"][TABLE]
    properties = table["Properties"]
    assert properties["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert properties["SSESpecification"]["SSEEnabled"] is True
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"


def test_no_policy_grants_any_dynamodb_action_or_resource_by_wildcard(
    transformed: dict[str, Any],
) -> None:
    statements = policy_statements(transformed)
    assert statements
    for statement in statements:
        actions = as_list(statement.get("Action", []))
        resources = as_list(statement.get("Resource", []))
        assert "NotAction" not in statement and "NotResource" not in statement
        assert all("*" not in action for action in actions), statement
        if any(a.startswith("dynamodb:") for a in actions):
            assert resources == [{"Fn::GetAtt": [TABLE, "Arn"]}], statement
    for role in resources_of_type(transformed, "AWS::IAM::Role").values():
        assert not role["Properties"].get("ManagedPolicyArns"), "managed policies are too wide"


def test_function_may_do_exactly_what_the_store_does(transformed: dict[str, Any]) -> None:
    granted = {
        action
        for statement in policy_statements(transformed)
        if statement["Effect"] == "Allow"
        for action in as_list(statement["Action"])
        if action.startswith("dynamodb:")
    }
    assert store_operations() == {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"}
    assert granted == store_operations()


def test_function_runs_the_lambda_entry_point_on_python_313_arm64(
    transformed: dict[str, Any],
) -> None:
    function = transformed["Resources"][FUNCTION]["Properties"]
    major, minor = build_lambda.RUNTIME_PYTHON
    assert function["Runtime"] == f"python{major}.{minor}"
    assert function["Architectures"] == ["arm64"]
    module, handler = function["Handler"].split(".")
    source = (ROOT / "lambda" / f"{module}.py").read_text(encoding="utf-8")
    assert f"def {handler}(" in source


def test_every_deploy_publishes_a_snapstart_version_behind_the_alias(
    transformed: dict[str, Any],
) -> None:
    function = transformed["Resources"][FUNCTION]["Properties"]
    assert function["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    (version_id, version), *others = resources_of_type(transformed, "AWS::Lambda::Version").items()
    assert not others
    assert version["Properties"]["FunctionName"] == {"Ref": FUNCTION}
    alias = transformed["Resources"][ALIAS]
    assert alias["Type"] == "AWS::Lambda::Alias"
    assert alias["Properties"]["Name"] == "live"
    assert alias["Properties"]["FunctionVersion"] == {"Fn::GetAtt": [version_id, "Version"]}


def test_function_answers_within_alexas_eight_seconds(transformed: dict[str, Any]) -> None:
    function = transformed["Resources"][FUNCTION]["Properties"]
    assert function["Timeout"] < 8
    assert function["MemorySize"] >= 512


def test_function_environment_names_what_the_skill_reads(transformed: dict[str, Any]) -> None:
    variables = transformed["Resources"][FUNCTION]["Properties"]["Environment"]["Variables"]
    assert variables[builder.TABLE_ENV] == {"Ref": TABLE}
    assert variables[builder.INACTIVITY_ENV] == {"Ref": "InactivityDays"}
    assert variables["LETTING_GO_SKILL_ID"] == {"Ref": "SkillId"}
    # Every LETTING_GO_* name in the code that runs on Lambda is set by the template.
    read = set()
    for module in reachable_skill_modules(ROOT / "lambda" / "lambda_function.py", ROOT):
        source = module_file(ROOT, module)
        assert source is not None
        read |= set(re.findall(r"\"(LETTING_GO_[A-Z_]+)\"", source.read_text(encoding="utf-8")))
    assert builder.TABLE_ENV in read
    assert read - LOCAL_ONLY_ENVIRONMENT <= set(variables)


def test_function_logs_at_the_chosen_level_into_a_group_with_retention(
    transformed: dict[str, Any],
) -> None:
    logging = transformed["Resources"][FUNCTION]["Properties"]["LoggingConfig"]
    assert logging["ApplicationLogLevel"] == {"Ref": "LogLevel"}
    group = transformed["Resources"][logging["LogGroup"]["Ref"]]
    assert group["Type"] == "AWS::Logs::LogGroup"
    assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}


def test_alarms_watch_the_functions_errors_and_throttles(transformed: dict[str, Any]) -> None:
    alarms = resources_of_type(transformed, "AWS::CloudWatch::Alarm").values()
    function = [{"Name": "FunctionName", "Value": {"Ref": FUNCTION}}]
    watched = {
        alarm["Properties"]["MetricName"]
        for alarm in alarms
        if alarm["Properties"]["Namespace"] == "AWS/Lambda"
        and alarm["Properties"]["Dimensions"] == function
    }
    assert watched == {"Errors", "Throttles"}


def skill_alarms(transformed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The alarms on the skill's own metrics, by metric name."""
    alarms = resources_of_type(transformed, "AWS::CloudWatch::Alarm").values()
    namespace = {"Ref": "MetricsNamespace"}
    found = [a["Properties"] for a in alarms if a["Properties"]["Namespace"] == namespace]
    assert len({a["MetricName"] for a in found}) == len(found), "one alarm per metric"
    return {alarm["MetricName"]: alarm for alarm in found}


def emitted_dimensions() -> dict[str, list[list[str]]]:
    """The dimension sets each metric is published with, from a turn's EMF document."""
    measures = metrics.TurnMeasures(metrics.Outcome.ANSWERED, 0, 0, 1.0)
    document = metrics.Metrics().members(measures, 0)
    return {
        metric["Name"]: directive["Dimensions"]
        for directive in document["_aws"]["CloudWatchMetrics"]
        for metric in directive["Metrics"]
    }


def test_alarms_watch_failed_turns_store_errors_and_slow_turns(
    transformed: dict[str, Any],
) -> None:
    alarms = skill_alarms(transformed)
    assert set(alarms) == {metrics.TURNS, metrics.STORE_ERRORS, metrics.TURN_DURATION}
    failed = alarms[metrics.TURNS]
    assert failed["Dimensions"] == [{"Name": metrics.OUTCOME, "Value": metrics.Outcome.FAILED}]
    assert (failed["Statistic"], failed["Threshold"]) == ("Sum", 1)
    errors = alarms[metrics.STORE_ERRORS]
    assert "Dimensions" not in errors
    assert (errors["Statistic"], errors["Threshold"]) == ("Sum", 1)
    for alarm in (failed, errors):
        assert alarm["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"


def test_alarms_name_each_metric_with_the_dimensions_it_is_published_with(
    transformed: dict[str, Any],
) -> None:
    published = emitted_dimensions()
    for name, alarm in skill_alarms(transformed).items():
        names = [dimension["Name"] for dimension in alarm.get("Dimensions", [])]
        assert names in published[name], f"{name} is never published with dimensions {names}"


def test_slow_turns_alarm_at_80_percent_of_the_timeout(
    transformed: dict[str, Any], template: dict[str, Any]
) -> None:
    slow = skill_alarms(transformed)[metrics.TURN_DURATION]
    timeout_ms = transformed["Resources"][FUNCTION]["Properties"]["Timeout"] * 1000
    assert slow["ExtendedStatistic"] == "p99"
    assert slow["Threshold"] == 0.8 * timeout_ms
    assert slow["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert slow["EvaluateLowSampleCountPercentile"] == "evaluate"  # a quiet skill has few turns
    # A turn may spend up to TurnSeconds on its calls: the alarm sounds before the timeout,
    # and a turn using most of its budget reaches it.
    budget_ms = template["Parameters"]["TurnSeconds"]["MaxValue"] * 1000
    assert 0.8 * budget_ms < slow["Threshold"] < timeout_ms


def test_every_alarm_notifies_the_alarm_topic(transformed: dict[str, Any]) -> None:
    topic = {"Fn::If": ["HasAlarmEmail", [{"Ref": "AlarmTopic"}], {"Ref": "AWS::NoValue"}]}
    for alarm in resources_of_type(transformed, "AWS::CloudWatch::Alarm").values():
        assert alarm["Properties"]["AlarmActions"] == topic
        assert alarm["Properties"]["OKActions"] == topic
        assert alarm["Properties"]["TreatMissingData"] == "notBreaching"


def test_metrics_namespace_is_a_parameter_the_function_reads(
    transformed: dict[str, Any], template: dict[str, Any]
) -> None:
    parameter = template["Parameters"]["MetricsNamespace"]
    assert parameter["Default"] == metrics.DEFAULT_NAMESPACE
    pattern = parameter["AllowedPattern"]
    assert re.fullmatch(pattern, "LettingGo/Staging")
    assert not re.fullmatch(pattern, "AWS/Lambda")  # CloudWatch keeps AWS/ for its own
    variables = transformed["Resources"][FUNCTION]["Properties"]["Environment"]["Variables"]
    assert variables[metrics.NAMESPACE_ENV] == {"Ref": "MetricsNamespace"}


def test_no_log_level_drops_the_lines_that_carry_the_metrics(template: dict[str, Any]) -> None:
    # Lambda drops application log lines below ApplicationLogLevel, the turns' lines (INFO) too.
    allowed = template["Parameters"]["LogLevel"]["AllowedValues"]
    assert set(allowed) <= {"DEBUG", "INFO"}
    assert template["Parameters"]["LogLevel"]["Default"] == "INFO"


def test_outputs_give_the_endpoint_arn_and_the_table(transformed: dict[str, Any]) -> None:
    outputs = transformed["Outputs"]
    assert outputs[skill_package.ARN_OUTPUT]["Value"] == {"Ref": ALIAS}
    assert outputs["StateTableName"]["Value"] == {"Ref": TABLE}


# --- the build's wiring ----------------------------------------------------------------------


def test_sam_builds_the_function_with_the_projects_makefile(template: dict[str, Any]) -> None:
    metadata = template["Resources"][FUNCTION]["Metadata"]
    assert metadata["BuildMethod"] == "makefile"
    makefile = (ROOT / metadata["ContextPath"] / "Makefile").read_text(encoding="utf-8")
    assert f"build-{FUNCTION}:" in makefile
    assert "deploy/build_lambda.py" in makefile
    assert (ROOT / metadata["WorkingDirectory"]).resolve() == ROOT


def test_samconfig_deploys_the_stack_the_skill_package_reads() -> None:
    config = tomllib.loads((ROOT / "samconfig.toml").read_text(encoding="utf-8"))
    assert config["default"]["global"]["parameters"]["stack_name"] == "letting-go"
    assert config["default"]["global"]["parameters"]["region"] in ALEXA_REGIONS
    assert config["default"]["deploy"]["parameters"]["capabilities"] == "CAPABILITY_IAM"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "deploy.skill_package" in makefile


@pytest.mark.parametrize("ignored", [".aws-sam/", "build/"])
def test_build_output_is_not_committed(ignored: str) -> None:
    assert ignored in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
