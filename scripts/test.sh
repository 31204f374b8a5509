#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, lint, unit + conformance + golden
# tests (vitest, Node), then the built site in Debian Chromium. Installs what the machine lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Node $(node --version) (the project pins Node 24; npm scripts use node_modules/.bin/node)"
step "Installing Debian Chromium and buildah if missing"
bash scripts/ensure-chromium.sh
bash scripts/ensure-buildah.sh
step "Type-checking (engine without DOM types, then the app with Astro's generated types)"
npm run --silent typecheck
step "Linting (including the one-way import rules)"
npm run --silent lint
step "Unit, conformance and golden tests"
npx vitest run
step "Dockerfile builds checked live against buildah (the real engine)"
if [ -f ../shared/oracle/alpine-base.sh ]; then
  WORKBOOK_ORACLE=1 npx vitest run tests/oracle
else
  echo "SKIPPED: ../shared/oracle is absent, so buildah has no alpine base; the recorded buildah results were checked above"
fi
step "Browser tests: build under a sub-path, serve, drive Chromium"
npx vitest run --config vitest.e2e.config.ts
step "Unit tests again with the clock a year ahead, then a year back in another time zone (no test may read today's date)"
bash scripts/ensure-faketime.sh
faketime -f +365d npx vitest run --reporter=dot
TZ=Pacific/Kiritimati faketime -f -365d npx vitest run --reporter=dot
step "Fuzzing: 1,000 grammar-aware cases with a fixed seed (npm run fuzz; any crash, hang or runaway memory fails)"
npm run --silent fuzz -- --runs 1000 --seed 20261206
step "Benchmarks, printed for the record (budgets are checked by the benchmark itself, never by CI: timing is noise)"
npm run --silent bench || echo "bench: did not finish (not a test failure)"
step "All tests passed"
