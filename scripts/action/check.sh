#!/usr/bin/env bash
# The steps of action.yml, as a script a test can run on a fixture repository: checks the notes of
# the repository the workflow runs in (the current folder), annotates the first problems of each
# kind (GitHub shows 10 per kind), appends the rest and the time table to the job summary, and
# writes SARIF for upload when asked. Inputs come as INPUT_* variables, as GitHub passes them.
set -euo pipefail

action_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$action_root/dist/cli.js"

# A checkout of the action has no build: make it once (the runner has the network; a test builds first).
if [[ ! -f "$cli" ]]; then
  (cd "$action_root" && npm ci --no-audit --no-fund --loglevel=error && node scripts/build.mjs --production) >&2
fi

# Paths and globs, separated by spaces or new lines; a path holding spaces is quoted ("my notes/")
# or its spaces escaped (my\ notes/), as in a shell. xargs splits them so (never the shell: the globs
# are the CLI's to expand), one NUL-ended path each.
paths=()
while IFS= read -r -d '' path; do
  paths+=("$path")
done < <(printf '%s\n' "${INPUT_PATHS:-}" | xargs printf '%s\0')
[[ ${#paths[@]} -gt 0 && -n "${paths[0]}" ]] || paths=(.)
options=(--max-warnings "${INPUT_MAX_WARNINGS:--1}")
# One check makes the annotations, the job summary and the SARIF file: the same problems, read once.
[[ -z "${INPUT_SARIF_FILE:-}" ]] || options+=(--sarif-file "$INPUT_SARIF_FILE")

status=0
node "$cli" check "${paths[@]}" "${options[@]}" --format github || status=$?

if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
  echo "exit-code=$status" >>"$GITHUB_OUTPUT"
  echo "sarif-file=${INPUT_SARIF_FILE:-}" >>"$GITHUB_OUTPUT"
fi
exit "$status"
