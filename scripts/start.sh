#!/usr/bin/env bash
# The main job: set up, run the pipeline on seeds/ into data/, print its score against the seed gold file,
# build the dashboard from data/ and serve it on localhost.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

# turbo caches each stage and the dashboard build on their inputs: an unchanged re-run restores them instead.
pnpm exec turbo run build --filter=@frontline/dashboard --output-logs=new-only
echo
echo "Tables written to $(pwd)/data (see datapackage.json)."
echo
pnpm --silent frontline eval --gold corpus/seeds/gold.jsonl | sed -n 1,8p  # sed reads it all: no SIGPIPE under pipefail

PORT=${PORT:-4173}
echo
echo "Dashboard: http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
cd apps/dashboard
# The built site as the static files it is (vite preview would serve SvelteKit's own output, without the article
# pages the data step writes into the site).
exec node --import tsx scripts/static-server.ts build "$PORT"
