"""The slice of botocore's data the store's client loads (skill/state/botocore_data) is what the
installed botocore makes, and serves every operation the store calls."""

from __future__ import annotations

import re
from pathlib import Path

from botocore import xform_name
from botocore.loaders import Loader

from skill.local.dynamodb_model import serialised, slice_of_botocore
from skill.state import dynamodb
from skill.state.dynamodb import BOTOCORE_DATA, OPERATIONS


def test_the_slice_is_what_the_installed_botocore_makes() -> None:
    made = slice_of_botocore()
    committed = {
        path.relative_to(BOTOCORE_DATA).with_suffix("").as_posix()
        for path in BOTOCORE_DATA.rglob("*.json")
    }
    assert committed == set(made), "run `make dynamodb-model`"
    for relative, data in made.items():
        text = (BOTOCORE_DATA / f"{relative}.json").read_text(encoding="utf-8")
        assert text == serialised(data), f"{relative} is stale: run `make dynamodb-model`"


def test_the_store_calls_only_what_the_slice_holds() -> None:
    source = Path(dynamodb.__file__).read_text(encoding="utf-8")
    called = set(re.findall(r"self\._client\.(\w+)\(", source)) - {"get_paginator"}
    called |= set(re.findall(r'get_paginator\("(\w+)"\)', source))
    operations = Loader().load_service_model("dynamodb", "service-2")["operations"]
    by_method = {xform_name(name): name for name in operations}
    assert called and {by_method[method] for method in called} <= set(OPERATIONS)


def test_the_client_answers_from_the_slice_alone(monkeypatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    client = dynamodb._client()
    assert sorted(client.meta.service_model.operation_names) == sorted(OPERATIONS)
    assert client.can_paginate("query")
