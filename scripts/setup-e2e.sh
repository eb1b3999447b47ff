#!/usr/bin/env bash
# Installs what the e2e tests (test/e2e) need: a real VS Code (code-server) and
# playwright-core driving Debian's Chromium. Everything lands in a cache dir
# OUTSIDE the clone, because the project itself must not depend on code-server
# or playwright-core, and because a reinstall takes minutes (native builds).
#
# Idempotent: each step leaves a stamp keyed on the versions and the Node ABI;
# a step whose stamp and sanity check are both present is skipped, so a warm
# run takes seconds. Works offline apart from the npm registry and Debian's apt.
#
# Usage: scripts/setup-e2e.sh            (cache: ${STUDY_NOTES_E2E_CACHE:-$HOME/.cache/study-notes-e2e})
#        STUDY_NOTES_E2E_CACHE=/somewhere scripts/setup-e2e.sh
# -E: the ERR trap (the failure report) must fire inside functions too.
set -Eeuo pipefail

CODE_SERVER_VERSION=4.100.3
# Pinned so that CI on a fresh machine drives the same browser protocol as the
# developer who last ran the tests.
PLAYWRIGHT_CORE_VERSION=1.65.1
NODE_GYP_VERSION=12.4.0
APT_PACKAGES=(libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep chromium)
VSCODE_NATIVE_MODULES=(kerberos @vscode/spdlog native-watchdog @parcel/watcher @vscode/deviceid)

CACHE_DIR=${STUDY_NOTES_E2E_CACHE:-$HOME/.cache/study-notes-e2e}
STAMP_DIR=$CACHE_DIR/.stamps
LOG_DIR=$CACHE_DIR/logs
CS_DIR=$CACHE_DIR/node_modules/code-server
VSCODE_DIR=$CS_DIR/lib/vscode

log() { printf '[setup-e2e] %s\n' "$*"; }
die() {
  printf '[setup-e2e] ERROR: %s\n' "$*" >&2
  exit 1
}

command -v node >/dev/null || die "node is not on PATH; install Node.js 20 first."
command -v npm >/dev/null || die "npm is not on PATH; install Node.js 20 (with npm) first."
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
NODE_ABI=$(node -p 'process.versions.modules')
if [[ $NODE_MAJOR != 20 ]]; then
  # code-server 4.100.x declares engines.node 20; its native modules are built
  # against whatever node runs here, so another major may work, or may not.
  log "WARNING: code-server $CODE_SERVER_VERSION expects Node 20, this is Node $(node --version)."
fi
# Native modules are built for this exact Node ABI, so a Node upgrade must
# invalidate every stamp.
STAMP_KEY="cs$CODE_SERVER_VERSION-pw$PLAYWRIGHT_CORE_VERSION-abi$NODE_ABI"

# node-gyp otherwise downloads Node's headers, which this network forbids; the
# machine ships them next to node (e.g. /usr/include/node).
if [[ -z ${npm_config_nodedir:-} ]]; then
  NODE_PREFIX=$(node -p 'require("path").dirname(require("path").dirname(process.execPath))')
  if [[ -f $NODE_PREFIX/include/node/node_api.h ]]; then
    export npm_config_nodedir=$NODE_PREFIX
  else
    log "WARNING: no Node headers under $NODE_PREFIX/include/node; node-gyp may try to download them."
  fi
fi

mkdir -p "$CACHE_DIR" "$STAMP_DIR" "$LOG_DIR"
# Two concurrent setups (e.g. a developer and a test script) would corrupt
# node_modules; the second one waits.
exec 9>"$CACHE_DIR/.lock"
flock 9

CURRENT_STEP=
CURRENT_LOG=
on_error() {
  local rc=$?
  printf '\n[setup-e2e] FAILED at step "%s" (exit %s).\n' "$CURRENT_STEP" "$rc" >&2
  if [[ -n $CURRENT_LOG && -s $CURRENT_LOG ]]; then
    printf '[setup-e2e] last lines of %s:\n' "$CURRENT_LOG" >&2
    tail -n 40 "$CURRENT_LOG" >&2
  fi
  printf '[setup-e2e] Fix the cause and re-run; finished steps are kept (cache: %s).\n' "$CACHE_DIR" >&2
  exit "$rc"
}
trap on_error ERR

# step NAME CHECK_FN DO_FN: runs DO_FN unless NAME's stamp exists and CHECK_FN
# confirms its result is still on disk (someone may have deleted files).
step() {
  local name=$1 check=$2 action=$3
  local stamp=$STAMP_DIR/$name-$STAMP_KEY
  CURRENT_STEP=$name
  CURRENT_LOG=$LOG_DIR/$name.log
  if [[ -f $stamp ]] && "$check"; then
    log "$name: up to date"
    return 0
  fi
  log "$name: running (log: $CURRENT_LOG)"
  local start=$SECONDS
  : >"$CURRENT_LOG"
  "$action"
  "$check" || die "$name finished but its result is missing; see $CURRENT_LOG"
  touch "$stamp"
  log "$name: done in $((SECONDS - start))s"
}

# Runs a command with its output in the step's log, so that success is quiet
# and a failure shows the relevant tail (on_error).
quiet() {
  printf '+ (%s) %s\n' "$PWD" "$*" >>"$CURRENT_LOG"
  "$@" >>"$CURRENT_LOG" 2>&1
}

# --- apt packages ------------------------------------------------------------
missing_apt_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
  done
}
check_apt() { [[ -z $(missing_apt_packages) ]] && [[ -x /usr/bin/chromium ]] && command -v rg >/dev/null; }
do_apt() {
  local missing sudo=()
  missing=$(missing_apt_packages)
  if [[ $(id -u) != 0 ]]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install: $missing"
    sudo=(sudo)
  fi
  log "apt: installing $missing"
  quiet "${sudo[@]}" apt-get update ||
    die "apt-get update failed; see $CURRENT_LOG"
  # env inside sudo: sudo drops the caller's environment. Word splitting of
  # $missing is intended.
  # shellcheck disable=SC2086
  quiet "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing ||
    die "apt-get install $missing failed; see $CURRENT_LOG"
}
# apt has its own bookkeeping, so no stamp is needed: always ask dpkg.
CURRENT_STEP=apt
CURRENT_LOG=$LOG_DIR/apt.log
if check_apt; then
  log "apt: up to date (${APT_PACKAGES[*]})"
else
  : >"$CURRENT_LOG"
  apt_start=$SECONDS
  do_apt
  check_apt || die "apt packages still missing after install: $(missing_apt_packages)"
  log "apt: done in $((SECONDS - apt_start))s"
fi

# --- npm packages in the cache dir ----------------------------------------------
installed_version() { node -p "require('$1/package.json').version" 2>/dev/null || true; }
check_npm() {
  [[ $(installed_version "$CS_DIR") == "$CODE_SERVER_VERSION" ]] &&
    [[ $(installed_version "$CACHE_DIR/node_modules/playwright-core") == "$PLAYWRIGHT_CORE_VERSION" ]]
}
do_npm() {
  cd "$CACHE_DIR"
  # A package.json of our own pins the versions and stops npm from walking up
  # into some unrelated parent project.
  cat >package.json <<EOF
{
  "name": "study-notes-e2e-cache",
  "private": true,
  "description": "Installed by study-notes scripts/setup-e2e.sh; safe to delete.",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  }
}
EOF
  # --ignore-scripts: code-server's postinstall downloads things and builds
  # natives in ways that fail offline; the steps below do it piecewise.
  quiet npm install --ignore-scripts --no-audit --no-fund
}
step npm check_npm do_npm

# code-server loads argon2 at start-up even with --auth none.
check_argon2() { (cd "$CACHE_DIR" && node -e "require('argon2')" 2>/dev/null); }
do_argon2() { cd "$CACHE_DIR" && quiet npm rebuild argon2; }
step argon2 check_argon2 do_argon2

check_vscode_deps() { [[ -f $VSCODE_DIR/node_modules/node-pty/package.json && -f $VSCODE_DIR/node_modules/@vscode/ripgrep/package.json ]]; }
do_vscode_deps() { cd "$VSCODE_DIR" && quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund; }
step vscode-deps check_vscode_deps do_vscode_deps

# Loading is the real test: @parcel/watcher, for one, uses a prebuilt optional
# package instead of a build/ dir.
requires_in_vscode() {
  (cd "$VSCODE_DIR" && node -e 'for (const m of process.argv.slice(1)) require(m)' "$@" 2>/dev/null)
}
check_vscode_natives() { requires_in_vscode "${VSCODE_NATIVE_MODULES[@]}"; }
do_vscode_natives() { cd "$VSCODE_DIR" && quiet npm rebuild "${VSCODE_NATIVE_MODULES[@]}"; }
step vscode-natives check_vscode_natives do_vscode_natives

check_node_pty() { [[ -f $VSCODE_DIR/node_modules/node-pty/build/Release/pty.node ]] && requires_in_vscode node-pty; }
do_node_pty() { cd "$VSCODE_DIR/node_modules/node-pty" && quiet npx -y "node-gyp@$NODE_GYP_VERSION" rebuild; }
step node-pty check_node_pty do_node_pty

check_links() {
  [[ -e $VSCODE_DIR/node_modules.asar && -x $VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg ]] &&
    [[ -e $VSCODE_DIR/bin/remote-cli/code-server && -e $VSCODE_DIR/bin/helpers/browser.sh ]]
}
do_links() {
  # VS Code's server loads its node_modules via the .asar name.
  ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"
  # @vscode/ripgrep's postinstall downloads rg from the internet; Debian's rg
  # does the same job for search in files.
  mkdir -p "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin"
  cp -f "$(command -v rg)" "$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"
  # code-server's own build would create these; the npm tarball lacks them.
  ln -sfn code-linux.sh "$VSCODE_DIR/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$VSCODE_DIR/bin/helpers/browser.sh"
}
step links check_links do_links

# The built-in extensions (markdown language features among them) need their
# own production dependencies.
check_extensions() { [[ -d $VSCODE_DIR/extensions/node_modules ]]; }
do_extensions() { cd "$VSCODE_DIR/extensions" && quiet npm install --omit=dev --ignore-scripts --no-audit --no-fund; }
step extensions check_extensions do_extensions

# --- verification (always: cheap, and catches a cache broken by hand) ----------
CURRENT_STEP=verify
CURRENT_LOG=
# The first run also logs that it wrote a default config.yaml (kept in the cache
# via XDG_CONFIG_HOME, not in ~/.config), so pick the version line.
got=$(XDG_CONFIG_HOME=$CACHE_DIR/.config node "$CS_DIR/out/node/entry.js" --version 2>&1 | awk '/^[0-9]+\.[0-9]+\.[0-9]+ / {print $1; exit}') ||
  die "code-server does not start: node $CS_DIR/out/node/entry.js --version"
[[ $got == "$CODE_SERVER_VERSION" ]] ||
  die "code-server --version printed '$got', expected $CODE_SERVER_VERSION"
chromium_version=$(/usr/bin/chromium --version 2>/dev/null) || die "/usr/bin/chromium --version failed"
(cd "$CACHE_DIR" && node -e "require('playwright-core')") || die "playwright-core does not load from $CACHE_DIR"
log "verify: code-server $got, $chromium_version, playwright-core $PLAYWRIGHT_CORE_VERSION"
log "ready in $SECONDS s; cache: $CACHE_DIR"
