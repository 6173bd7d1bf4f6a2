"""`make dynamodb-model`: writes skill/state/botocore_data/, the part of botocore's data that the
skill's DynamoDB client loads, cut to what it uses.

botocore's own data costs every cold start about 50 ms before the first request: it lists the
directories of all 400-odd services to find DynamoDB, parses the 1.2 MB endpoints.json for every
service's legacy endpoints, and DynamoDB's whole model. The slice holds the operations the store
calls, the shapes they reach (without documentation), Query's paginator, and DynamoDB's
endpoints and rules; tests/packaging/test_dynamodb_model.py fails when it no longer matches the
botocore installed, so an upgrade of botocore regenerates it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from botocore.loaders import Loader

from skill.state.dynamodb import BOTOCORE_DATA, OPERATIONS

SERVICE = "dynamodb"
# Loaded whatever the service: the partitions and their regions, retry rules, defaults modes.
SHARED_FILES = ("partitions", "_retry", "sdk-default-configuration")


def slice_of_botocore(loader: Loader | None = None) -> dict[str, Any]:
    """Each file's path under botocore_data, and its content."""
    loader = loader or Loader()
    version = loader.determine_latest_version(SERVICE, "service-2")
    model = loader.load_service_model(SERVICE, "service-2", version)
    paginators = loader.load_service_model(SERVICE, "paginators-1", version)
    endpoints = loader.load_data("endpoints")
    files: dict[str, Any] = {name: loader.load_data(name) for name in SHARED_FILES}
    files["endpoints"] = {
        **endpoints,
        "partitions": [
            {**partition, "services": {SERVICE: partition["services"][SERVICE]}}
            for partition in endpoints["partitions"]
            if SERVICE in partition["services"]
        ],
    }
    folder = f"{SERVICE}/{version}"
    files[f"{folder}/service-2"] = _trimmed_model(model)
    files[f"{folder}/endpoint-rule-set-1"] = loader.load_service_model(
        SERVICE, "endpoint-rule-set-1", version
    )
    files[f"{folder}/paginators-1"] = {
        "pagination": {
            name: page for name, page in paginators["pagination"].items() if name in OPERATIONS
        }
    }
    return files


def _trimmed_model(model: dict[str, Any]) -> dict[str, Any]:
    operations = {name: _undocumented(model["operations"][name]) for name in OPERATIONS}
    shapes: dict[str, Any] = {}
    pending = [
        reference["shape"]
        for operation in operations.values()
        for reference in (operation.get("input"), operation.get("output"))
        if reference
    ]
    pending += [error["shape"] for op in operations.values() for error in op.get("errors", [])]
    while pending:
        name = pending.pop()
        if name in shapes:
            continue
        shape = shapes[name] = _undocumented(model["shapes"][name])
        for key in ("member", "key", "value"):
            if key in shape:
                pending.append(shape[key]["shape"])
        pending.extend(member["shape"] for member in shape.get("members", {}).values())
    return {
        **{key: value for key, value in model.items() if key not in ("documentation", "shapes")},
        "operations": operations,
        "shapes": dict(sorted(shapes.items())),
    }


def _undocumented(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: _undocumented(item)
            for key, item in value.items()
            if key not in ("documentation", "documentationUrl")
        }
    if isinstance(value, list):
        return [_undocumented(item) for item in value]
    return value


def serialised(data: Any) -> str:
    return json.dumps(data, indent=None, separators=(",", ":"), sort_keys=False) + "\n"


def main() -> None:
    for relative, data in slice_of_botocore().items():
        path = Path(BOTOCORE_DATA) / f"{relative}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(serialised(data), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
