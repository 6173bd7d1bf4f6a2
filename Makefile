# The README's commands. Each creates .venv from the dev lock first when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Generated from pyproject.toml by `make lock`: the runtime dependencies (what the Lambda
# package holds), and the layer and dev extras on top of them at the same versions.
RUNTIME_LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock

.PHONY: chat test lint lint-apl bench path invoke events grow-models dynamodb-model clean lock

# --clear: the venv holds exactly the lock, nothing left over from an older one. Every wheel is
# checked against the lock's hashes; then our own code, whose dependencies are all in the lock.
# The stamp is a copy of the lock it installed.
$(STAMP): pyproject.toml $(DEV_LOCK)
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	cp $(DEV_LOCK) $(STAMP)

chat: $(STAMP)  ## talk to the skill in the terminal (ARGS=--reset to start afresh)
	$(BIN)/python -m skill.local.chat $(ARGS)

# Each run has a store of its own, empty at the start, never the chat's.
# ARGS: --time-zone ZONE, --verbose, --dynamodb (under a user id of its own).
invoke: $(STAMP)  ## send one envelope through lambda_handler: make invoke EVENT=events/launch-new-user.json
	$(BIN)/python -m skill.local.invoke $(EVENT) $(ARGS)

# ARGS=--quick: two processes a stack, to prove it works (CI); --processes N; --no-package.
bench: $(STAMP)  ## Pore Coach beside the Alexa samples' stack and a bare ask-sdk skill, in one run
	$(BIN)/python -m bench.run $(ARGS)

# One request's path through skill/: files entered and how often. ARGS="--words 'next'".
path: $(STAMP)
	$(BIN)/python -m bench.path $(ARGS)

dynamodb-model: $(STAMP)  ## rewrite skill/state/botocore_data from the installed botocore (after an upgrade)
	$(BIN)/python -m skill.local.dynamodb_model

# A corpus line the matcher doesn't read becomes a sample; lists what it can't place.
grow-models: $(STAMP)  ## grow interaction_models/ from tests/utterances/<locale>.yaml
	$(BIN)/python -m skill.local.model_growth $(LOCALES)

events: $(STAMP)  ## rewrite events/ from the interaction model
	$(BIN)/python -m skill.local.events_catalog

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/cfn-lint template.yaml
	$(BIN)/mypy

# Amazon's static APL checker (apl-suggester, pinned in tests/apl/package-lock.json) on the
# screen documents; skipped, saying so, on a machine without Node.
lint-apl:
	@if command -v npm >/dev/null; then \
		cd tests/apl && npm ci --silent --no-audit --no-fund && node check.js ../../skill/handlers/documents/*.json; \
	else echo "lint-apl: skipped, no Node on this machine"; fi

test: lint lint-apl  ## the whole quality gate: lint, unit, integration, conversations, model and template checks
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .aws-sam build

# After a change to the dependencies in pyproject.toml. Versions already locked are kept when
# they still fit; `make lock UPGRADE=--upgrade` (or --upgrade-package NAME) moves them on.
# --universal: one lock for every platform and Python the project supports.
UV_COMPILE = $(BIN)/uv pip compile --quiet --universal --generate-hashes \
	--custom-compile-command "make lock" $(UPGRADE)
lock: $(STAMP)
	$(UV_COMPILE) pyproject.toml -o $(RUNTIME_LOCK)
	$(UV_COMPILE) --extra layer --extra dev --constraint $(RUNTIME_LOCK) pyproject.toml -o $(DEV_LOCK)
# uv rewrites the files even when nothing changed: keep the venv if it already holds the lock.
	if cmp -s $(DEV_LOCK) $(STAMP); then touch $(STAMP); fi

# `sam build` runs this target (template.yaml: Metadata BuildMethod: makefile) in the repo
# (samconfig.toml: build_in_source) with ARTIFACTS_DIR set to the function's build folder.
# It installs the runtime lock, hashes checked, then the project as a package without its
# dependencies, so the artifact holds exactly the versions the tests ran and `skill/` without
# skill/local (pyproject.toml excludes it): no .venv, tests, events or interaction models.
# The wheels are picked for the function (CPython 3.13, arm64, Amazon Linux 2023: glibc 2.34),
# not for this machine. Our own code and nearly every dependency are pure Python; the one
# compiled wheel (charset-normalizer, via requests) comes as aarch64 or the build fails:
# --only-binary=:all: never compiles locally and never falls back to an x86_64 wheel.
LAMBDA_PYTHON_VERSION := 3.13
LAMBDA_PLATFORMS := manylinux2014_aarch64 manylinux_2_28_aarch64 manylinux_2_34_aarch64
LAMBDA_PYTHON ?= python$(LAMBDA_PYTHON_VERSION)

.PHONY: build-PoreCoachFunction
build-PoreCoachFunction:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set (sam build sets it)"; exit 1; }
# setuptools reuses build/lib: clear it so a module deleted from skill/ cannot ship.
	rm -rf build/lib build/bdist.*
	$(PYTHON) -m pip install --quiet --no-compile --no-warn-conflicts --target "$(ARTIFACTS_DIR)" \
		--implementation cp --python-version $(LAMBDA_PYTHON_VERSION) \
		$(addprefix --platform ,$(LAMBDA_PLATFORMS)) --only-binary=:all: \
		--require-hashes --no-deps -r $(RUNTIME_LOCK)
	$(PYTHON) -m pip install --quiet --no-compile --target "$(ARTIFACTS_DIR)" --no-deps .
# Console scripts point at this machine's interpreter; Lambda never runs them.
	rm -rf "$(ARTIFACTS_DIR)/bin"
	$(MAKE) --no-print-directory compile-artifact

# Bytecode for the runtime's Python spares every cold start the compile (/var/task is read-only).
# unchecked-hash: the .pyc are used whatever the zip does to file times (the artifact is
# immutable). ask-sdk-model's docstrings raise harmless SyntaxWarnings on 3.12+: compiling here
# also keeps them out of the cold-start logs. Skipped, with a note, without python3.13.
# (bench/package.py compiles the baseline stacks' packages with it too.)
.PHONY: compile-artifact
compile-artifact:
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set"; exit 1; }
	if $(LAMBDA_PYTHON) -c "" >/dev/null 2>&1; then \
		$(LAMBDA_PYTHON) -W ignore::SyntaxWarning -m compileall -q -j 0 \
			--invalidation-mode unchecked-hash "$(ARTIFACTS_DIR)"; \
	else echo "$(LAMBDA_PYTHON) not found: shipping without bytecode"; fi
