#!/usr/bin/env bash
# The main job: set up, run the pipeline on seeds/ into data/, print the evaluation against the seed gold file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

# turbo caches each stage on its inputs: an unchanged re-run restores data/ instead of recomputing it.
pnpm exec turbo run stage:aggregate --output-logs=new-only
echo
echo "Tables written to $(pwd)/data:"
ls -1 data | sed 's/^/  /'
GOLD=../shared/gold/seeds.gold.jsonl
if [ -f "$GOLD" ]; then
  echo
  pnpm --silent pipeline eval --gold "$GOLD" | head -n 8
fi
