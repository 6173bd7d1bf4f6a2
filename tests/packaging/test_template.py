"""The SAM template keeps the deployment contracts (DESIGN.md) and passes cfn-lint."""

import re
from pathlib import Path

import pytest
from cfnlint.api import lint_file
from cfnlint.decode.decode import decode_str

from tests.packaging.locks import DEV_LOCK, read_lock, version_of

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"
TABLE_ACTIONS = {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:Query"}


def of_type(template: dict, resource_type: str) -> dict:
    return {k: r for k, r in template["Resources"].items() if r["Type"] == resource_type}


@pytest.fixture(scope="module")
def template() -> dict:
    # cfn-lint's decoder turns the short tags into their long form: !Ref X -> {"Ref": "X"}.
    decoded, problems = decode_str(TEMPLATE.read_text())
    assert not problems
    return decoded


@pytest.fixture(scope="module")
def function(template: dict) -> dict:
    functions = of_type(template, "AWS::Serverless::Function")
    assert list(functions) == ["PoreCoachFunction"]
    return functions["PoreCoachFunction"]["Properties"]


@pytest.fixture(scope="module")
def table(template: dict) -> dict:
    tables = of_type(template, "AWS::DynamoDB::Table")
    assert list(tables) == ["SkillStateTable"]
    return tables["SkillStateTable"]


def test_cfn_lint_finds_no_errors_or_warnings() -> None:
    problems = [f"{m.rule.id} line {m.linenumber}: {m.message}" for m in lint_file(TEMPLATE)]
    assert problems == []


def test_function_runtime_and_limits(function: dict) -> None:
    assert function["Handler"] == "skill.app.lambda_handler"
    assert function["CodeUri"]
    assert function["Runtime"] == "python3.13"
    assert function["Architectures"] == ["arm64"]
    assert function["Timeout"] < 8  # Alexa drops answers that take 8 s
    assert function["MemorySize"] >= 128
    assert function["Tracing"] == "Active"


def test_powertools_comes_from_its_official_layer_at_the_tested_version(
    template: dict, function: dict
) -> None:
    parameter = template["Parameters"]["PowertoolsLayerParameter"]
    # The region's ARN, resolved by CloudFormation from the path Powertools publishes
    assert parameter["Type"] == "AWS::SSM::Parameter::Value<String>"
    (tested,) = {version_of(pin) for pin in read_lock(DEV_LOCK)["aws-lambda-powertools"]}
    assert parameter["Default"] == f"/aws/service/powertools/python/arm64/python3.13/{tested}"
    assert function["Layers"] == [{"Ref": "PowertoolsLayerParameter"}]


def test_every_deployment_is_a_snapshotted_version_behind_an_alias(function: dict) -> None:
    assert function["AutoPublishAlias"] == "live"
    assert function["SnapStart"] == {"ApplyOn": "PublishedVersions"}


def test_function_environment(function: dict) -> None:
    env = function["Environment"]["Variables"]
    assert env["TABLE_NAME"] == {"Ref": "SkillStateTable"}
    assert env["USER_KEY_PARAMETER"] == {"Ref": "UserKeyParameterName"}
    assert "USER_KEY_SECRET" not in env  # a key in the environment is readable with the settings
    assert env["STATE_STORE"] == "dynamodb"
    assert env["SKILL_ID"] == {"Ref": "SkillId"}
    assert 0 < float(env["ALEXA_API_TIMEOUT_SECONDS"]) <= 5
    assert env["TIMER_TASK_DEPLOYED"] == {"Ref": "TimerTaskDeployed"}
    assert env["POWERTOOLS_SERVICE_NAME"] == "pore-coach"
    assert env["POWERTOOLS_METRICS_NAMESPACE"] == "PoreCoach"


def test_policy_is_the_four_table_actions_and_reading_the_key(function: dict) -> None:
    # Inline statements only: no SAM policy template (DynamoDBCrudPolicy) or managed policy.
    policies = function["Policies"]
    assert all(isinstance(policy, dict) and "Statement" in policy for policy in policies)
    statements = {s["Sid"]: s for policy in policies for s in policy["Statement"]}
    assert set(statements) == {"SkillStateReadWrite", "UserKeyRead"}
    table = statements["SkillStateReadWrite"]
    assert table["Effect"] == "Allow"
    assert set(table["Action"]) == TABLE_ACTIONS
    assert len(table["Action"]) == len(TABLE_ACTIONS)
    assert table["Resource"] == {"Fn::GetAtt": ["SkillStateTable", "Arn"]}
    key = statements["UserKeyRead"]
    assert key["Action"] == "ssm:GetParameter"
    assert "${UserKeyParameterName}" in key["Resource"]["Fn::Sub"]


def test_the_function_serves_only_its_own_skill(template: dict, function: dict) -> None:
    skill_id = template["Parameters"]["SkillId"]
    assert "Default" not in skill_id  # required: no deployment leaves the trigger open
    assert re.fullmatch(skill_id["AllowedPattern"], "amzn1.ask.skill.0a1b-2c3d")
    assert not re.fullmatch(skill_id["AllowedPattern"], "")
    (event,) = function["Events"].values()
    assert event["Type"] == "AlexaSkill"
    assert event["Properties"]["SkillId"] == {"Ref": "SkillId"}


def test_the_user_key_lives_in_parameter_store(template: dict) -> None:
    parameters = template["Parameters"]
    assert "UserKeySecret" not in parameters
    name = parameters["UserKeyParameterName"]
    assert re.fullmatch(name["AllowedPattern"], name["Default"])


def test_abandoned_routines_expire(table: dict) -> None:
    ttl = table["Properties"]["TimeToLiveSpecification"]
    assert ttl == {"AttributeName": "expires_at", "Enabled": True}


def test_table_is_on_demand_encrypted_recoverable_and_retained(table: dict) -> None:
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"
    props = table["Properties"]
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["SSESpecification"] == {"SSEEnabled": True}
    assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}


def test_table_keys(table: dict) -> None:
    props = table["Properties"]
    assert props["KeySchema"] == [
        {"AttributeName": "user", "KeyType": "HASH"},
        {"AttributeName": "profile", "KeyType": "RANGE"},
    ]
    attributes = {a["AttributeName"]: a["AttributeType"] for a in props["AttributeDefinitions"]}
    assert attributes == {"user": "S", "profile": "S"}


def test_logs_are_kept_for_a_bounded_time(template: dict, function: dict) -> None:
    log_group = template["Resources"][function["LoggingConfig"]["LogGroup"]["Ref"]]
    assert log_group["Type"] == "AWS::Logs::LogGroup"
    assert log_group["Properties"]["RetentionInDays"] <= 90


def test_outputs_give_the_endpoint_and_the_table(template: dict) -> None:
    values = [output["Value"] for output in template["Outputs"].values()]
    assert {"Ref": "PoreCoachFunction.Alias"} in values  # the endpoint is the alias
    assert {"Ref": "SkillStateTable"} in values


def test_sam_build_uses_the_makefile_target(template: dict) -> None:
    # The target installs the runtime lock and the project (test_package.py builds it).
    assert template["Resources"]["PoreCoachFunction"]["Metadata"]["BuildMethod"] == "makefile"
    makefile = (ROOT / "Makefile").read_text()
    assert "\nbuild-PoreCoachFunction:" in makefile
