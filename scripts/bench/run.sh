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
# BENCH_SITE names a site already built under $base (the test command passes the browser tests' build)
# so it is measured instead of built again.
dist=${BENCH_SITE:-.bench/dist}
if [ -n "${BENCH_SITE:-}" ]; then echo "== site: $BENCH_SITE, as built (WORKBOOK_BASE=$base)"
else stage "site build (WORKBOOK_BASE=$base) into .bench/dist" bash -c "rm -rf .bench/dist && WORKBOOK_BASE=$base npx astro build --outDir .bench/dist >/dev/null"; fi
stage "page: lesson 01 vs a blank page from the same server" node scripts/bench/bench.mjs --dist "$dist" --base "$base" --runs "${BENCH_RUNS:-5}"
stage "page while commands run: long tasks, Ctrl-C to prompt" node scripts/bench/responsiveness.mjs --dist "$dist" --base "$base"
# The engine stages run the TypeScript as Node itself strips it, not through tsx: tsx compiles with
# esbuild's keepNames, which wraps every function made at run time in a __name() call the shipped
# bundle does not have (2–3× on closure-heavy code such as the Go template executor). Node 24 from
# node_modules/.bin, which npm puts first on PATH.
ts() { node --experimental-transform-types --no-warnings "$@"; }
stage "engine: pulls and the store" ts scripts/bench/engine.ts
stage "engine figures" ts scripts/bench/engine-figures.ts
stage "catalog: materialising every seeded repository" ts scripts/bench/catalog.ts
stage "language runtimes: first and later runs, the site with them" env BENCH_DIST="$dist" node --experimental-transform-types --no-warnings scripts/bench/runtimes.ts
stage "budgets: work near a line's budget, and how soon runaways stop" ts scripts/bench/runaways.ts
stage "heap after every lesson's solution" ts --expose-gc scripts/bench/heap.ts
node scripts/bench/report.mjs ${BENCH_STRICT:+--strict}
