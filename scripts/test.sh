#!/usr/bin/env bash
# Every test: typecheck all packages, then the vitest suite (unit tests and the end-to-end pipeline tests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

# The dashboard's browser tests drive Debian's Chromium (no browser download: only the npm and Debian registries are reachable).
if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
fi

pnpm exec turbo run typecheck --output-logs=errors-only
mkdir -p tests/.out
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=tests/.out/vitest.json || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
node -e '
  const r = require("./tests/.out/vitest.json");
  // A file that fails before its tests run (a beforeAll that throws) fails no test, so files are counted too.
  const failedFiles = r.testResults.filter((f) => f.status === "failed").length;
  const files = failedFiles ? `, ${failedFiles} test files failed` : "";
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : "") + files);
' || true
exit $status
