#!/usr/bin/env bash
# Installs Study Notes as a user would, from a fresh clone of the committed HEAD, and runs both
# commands outside any source tree: the tarball of `npm pack` into an empty prefix (offline: the
# bundles need nothing else), then the tarball npm packs from `git+file://<clone>`, which builds
# itself (`prepare`). .ci/run calls it; about two minutes, most of it npm installing build tools.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log() { printf '[check-install] %s\n' "$*"; }
fail() { printf '[check-install] FAILED: %s\n' "$*" >&2; exit 1; }

git clone -q "$root" "$work/clone"
mkdir -p "$work/notes"
cp "$root/examples/notes/README.md" "$work/notes/notes.md"

# Both commands from the prefix's bin, in a folder with nothing but a notes file.
run_bins() {
  local bin=$1/bin
  [[ -x $bin/study-notes && -x $bin/study-notes-ls ]] || fail "$1 has no study-notes and study-notes-ls in bin/"
  local out
  out=$(cd "$work/notes" && PATH="$bin:/usr/bin:/bin" "$bin/study-notes" check notes.md) || true
  grep -q 'missing-time Module "Lab: Docker Swarm Mode"' <<<"$out" || fail "study-notes check did not find the missing time: $out"
  (cd "$work/notes" && PATH="$bin:$PATH" node "$root/scripts/lsp-initialize.mjs" study-notes-ls) || fail "study-notes-ls did not answer initialize"
  log "$1: study-notes check found the missing time; study-notes-ls answered initialize over stdio"
}

log "npm pack in a fresh clone"
(cd "$work/clone" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null && npm pack --silent --pack-destination "$work" >/dev/null)
tarball=$(ls "$work"/study-notes-*.tgz)
tar -tzf "$tarball" >"$work/contents"
grep -qx "package/dist/server.js" "$work/contents" || fail "the tarball has no dist/server.js: $(cat "$work/contents")"
grep -qx "package/dist/serverMain.js" "$work/contents" || fail "the tarball has no dist/serverMain.js (the bundle dist/server.js runs): $(cat "$work/contents")"
npm install -g --offline --no-audit --no-fund --loglevel=error --prefix "$work/from-tarball" "$tarball" >/dev/null
run_bins "$work/from-tarball"

# `npm install -g git+…` cannot build: npm runs prepare there without the devDependencies and
# leaves a broken install (npm/cli#8440), so the README says to pack from git, which builds.
log "npm pack git+file:// (builds itself with prepare), then npm install -g of that tarball"
mkdir "$work/git-pack"
(cd "$work/git-pack" && npm pack --silent --prefer-offline --loglevel=error "git+file://$work/clone" >/dev/null)
npm install -g --offline --no-audit --no-fund --loglevel=error --prefix "$work/from-git" "$work"/git-pack/study-notes-*.tgz >/dev/null
run_bins "$work/from-git"
log "done"
