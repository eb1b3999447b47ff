#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml, language: script): pre-commit clones this repository
# and runs this script with the staged Markdown files. `language: script` rather than `node`,
# because pre-commit's node support builds a private Node with nodeenv, which downloads Node
# unless told to use the system's; a script needs nothing but the Node already on PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/dist/cli.js"

# pre-commit's clone has no build: make it once, in pre-commit's cache (needs the npm registry).
if [[ ! -f "$cli" ]]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error && node scripts/build.mjs --production) >&2
fi
exec node "$cli" check "$@"
