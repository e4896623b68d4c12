#!/usr/bin/env bash
# Generate the Python client from the bundled spec into OUT (default generated/ippanel-client).
# `make generate` and the drift test both run this, so what is committed is what CI regenerates.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/generated/ippanel-client}"
# The generator's post hooks call `ruff` by name, and without it the output is left unformatted:
# put the pinned one first on PATH.
export PATH="$repo/.venv/bin:$PATH"
for tool in openapi-python-client ruff; do
  if [[ ! -x "$repo/.venv/bin/$tool" ]]; then
    echo "generate: $tool is not in .venv/bin; run 'make setup' first" >&2
    exit 1
  fi
done
# --fail-on-warning: a skipped post hook or an unsupported schema must fail, not pass silently.
exec openapi-python-client generate \
  --path "$repo/openapi/bundled/ippanel.yaml" \
  --config "$repo/generator/config.yaml" \
  --custom-template-path "$repo/generator/templates" \
  --meta setup \
  --output-path "$out" \
  --overwrite \
  --fail-on-warning
