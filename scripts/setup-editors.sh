#!/usr/bin/env bash
# Installs the editors whose LSP recipes the README gives and test/lsp/editors.test.ts runs headless:
# Debian's Neovim (0.7.2 on bookworm) and Emacs with eglot and markdown-mode. Helix is not packaged
# in bookworm, so its recipe is only parsed (the test says so).
#
# Idempotent: an editor already on PATH is left alone. Without apt (or without root) it says
# what it skipped and exits 0: the editor tests then report themselves pending, with the reason.
set -euo pipefail

log() { printf '[setup-editors] %s\n' "$*"; }

missing=()
command -v nvim >/dev/null || missing+=(neovim)
if ! command -v emacs >/dev/null || ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
  missing+=(emacs-nox elpa-eglot)
fi
if ! emacs --batch --eval "(require (quote markdown-mode))" >/dev/null 2>&1; then
  missing+=(elpa-markdown-mode)
fi
if [[ ${#missing[@]} -eq 0 ]]; then
  log "neovim and emacs with eglot and markdown-mode already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  log "skipped: no apt-get on this machine; install ${missing[*]} yourself to run the editor tests"
  exit 0
fi
SUDO=()
if [[ $(id -u) != 0 ]]; then
  if ! sudo -n true 2>/dev/null; then
    log "skipped: not root and no password-less sudo; install ${missing[*]} yourself to run the editor tests"
    exit 0
  fi
  SUDO=(sudo -n)
fi
log "installing ${missing[*]}"
# An index from a previous update is enough unless the packages are not in it.
if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then "${SUDO[@]}" apt-get update -qq; fi
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
log "done"
