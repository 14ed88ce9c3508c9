#!/usr/bin/env bash
# Every test: typecheck all packages, then the vitest suite (unit tests and the end-to-end pipeline tests).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

pnpm exec turbo run typecheck --output-logs=errors-only
mkdir -p tests/.out
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=tests/.out/vitest.json || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
node -e '
  const r = require("./tests/.out/vitest.json");
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' || true
exit $status
