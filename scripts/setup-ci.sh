#!/usr/bin/env bash
# Tools the unit tests drive besides Node, from Debian's packages: pre-commit, to run the hook of
# .pre-commit-hooks.yaml as users do (test/unit/ciHomes.test.ts; it skips, saying so, without).
# Installs only what is missing, and only as root with apt-get (a developer's machine may differ).
set -euo pipefail

missing=()
command -v pre-commit >/dev/null || missing+=(pre-commit)
command -v git >/dev/null || missing+=(git)
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "setup-ci: ${missing[*]} missing and cannot be installed here (needs root and apt-get); the tests that use them will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup-ci: installed ${missing[*]}"
