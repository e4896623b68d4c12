#!/usr/bin/env bash
# Generate the Python client from the bundled spec into OUT (default generated/ippanel-client).
# `make generate` and `make test`'s freshness check both run this (tools/generate.py), so what is
# committed is what CI regenerates.
# SPEC (default the bundle) lets the client tests generate from a fixture spec of their own.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/generated/ippanel-client}"
spec="${2:-$repo/openapi/bundled/ippanel.yaml}"
# The generator's post hooks call `ruff` by name, and without it the output is left unformatted:
# put the pinned one first on PATH.
export PATH="$repo/.venv/bin:$PATH"
for tool in openapi-python-client ruff python; do
  if [[ ! -x "$repo/.venv/bin/$tool" ]]; then
    echo "generate: $tool is not in .venv/bin; run 'make setup' first" >&2
    exit 1
  fi
done
# The templates, with paging.jinja written from the spec: the generator keeps no parameter's
# `maximum`, which the page iterators need (generator/paging.py says more).
templates="$(mktemp -d)"
trap 'rm -rf "$templates"' EXIT
cp -R "$repo/generator/templates/." "$templates/"
python "$repo/generator/paging.py" "$spec" > "$templates/paging.jinja"
# --fail-on-warning: a skipped post hook or an unsupported schema must fail, not pass silently.
openapi-python-client generate \
  --path "$spec" \
  --config "$repo/generator/config.yaml" \
  --custom-template-path "$templates" \
  --meta pdm \
  --output-path "$out" \
  --overwrite \
  --fail-on-warning
