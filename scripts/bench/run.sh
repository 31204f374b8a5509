#!/usr/bin/env bash
# npm run bench: builds the site under a sub-path into .bench/dist, measures the page (lesson 01 vs a
# blank page, in Chromium), the bytes and the engine (builds, docker images, saves, heap), then prints
# every figure beside its budget and, last, one line `BENCH {…}` (scripts/bench/report.mjs).
# A stage that fails is reported and the others still run; over-budget figures do not fail the run
# (BENCH_STRICT=1 makes them, and missing figures, exit 1).
set -uo pipefail
cd "$(dirname "$0")/../.."
base=/docker-lessons/
export BENCH_FIGURES_DIR=.bench/figures
rm -rf "$BENCH_FIGURES_DIR"
stage() { # name, command…: runs one stage, saying so when it fails
  local name=$1; shift
  echo "== $name"
  "$@" || echo "bench: the $name stage failed (exit $?); its figures are missing"
}
bash scripts/ensure-chromium.sh >/dev/null || echo "bench: no Chromium; the page figures will be missing"
stage "site build (WORKBOOK_BASE=$base) into .bench/dist" bash -c "rm -rf .bench/dist && WORKBOOK_BASE=$base npx astro build --outDir .bench/dist >/dev/null"
stage "page: lesson 01 vs a blank page from the same server" node scripts/bench/bench.mjs --dist .bench/dist --base "$base" --runs "${BENCH_RUNS:-5}"
stage "engine: pulls and the store" npx tsx scripts/bench/engine.ts
stage "engine figures" npx tsx scripts/bench/engine-figures.ts
stage "heap after every lesson's solution" node --expose-gc --import tsx scripts/bench/heap.ts
node scripts/bench/report.mjs ${BENCH_STRICT:+--strict}
