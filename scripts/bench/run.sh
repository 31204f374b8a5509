#!/usr/bin/env bash
# npm run bench: builds the site under a sub-path into .bench/dist, then prints the page figures
# (lesson 01 vs a blank page, in Chromium) and the engine figures (pull, list, store bytes, build).
set -euo pipefail
cd "$(dirname "$0")/../.."
base=/docker-lessons/
bash scripts/ensure-chromium.sh >/dev/null
echo "== building the site (WORKBOOK_BASE=$base) into .bench/dist"
rm -rf .bench/dist
WORKBOOK_BASE=$base npx astro build --outDir .bench/dist >/dev/null
echo "== page: lesson 01 vs a blank page from the same server"
node scripts/bench/bench.mjs --dist .bench/dist --base "$base" --runs "${BENCH_RUNS:-5}"
echo "== engine"
npx tsx scripts/bench/engine.ts
