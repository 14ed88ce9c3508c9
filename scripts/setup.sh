#!/usr/bin/env bash
# Installs what the project needs on a machine that has only Node 20 and npm: pnpm itself, then the workspace.
# Sourced by start.sh and test.sh; safe to run again (each step is skipped when already done).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# 12.3.x, not newer: pnpm 12.4 added a built-in `pnpm pipeline` command that shadows this project's `pipeline` script,
# and the data contract (docs/data-contract.md) still offers `pnpm pipeline <stage>` beside the `frontline` bin.
PNPM_VERSION=12.3.4
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION" >&2
  npm install --global --silent "pnpm@$PNPM_VERSION" >&2
fi

echo "setup: installing workspace dependencies" >&2
pnpm install --frozen-lockfile --reporter=silent >&2
