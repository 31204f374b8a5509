#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, lint, unit + conformance + golden
# tests (vitest, Node), then the built site in Debian Chromium. Installs what the machine lacks.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Node $(node --version) (the project pins Node 24; npm scripts use node_modules/.bin/node)"
step "Installing Debian Chromium, buildah and faketime if missing"
bash scripts/ensure-chromium.sh
bash scripts/ensure-buildah.sh
bash scripts/ensure-faketime.sh
step "Type-checking (engine without DOM types, then the app with Astro's generated types)"
npm run --silent typecheck
step "Linting (including the one-way import rules)"
npm run --silent lint
# The unit suite runs twice, never at today's date: a year ahead where the day starts first (UTC+14), then
# a year back where it starts last (UTC-11), so a test that reads the real date or zone fails here
# whatever day CI runs on. (Twice, not three times: CI must stay under 30 minutes on a slow machine.)
# Only the wall clock is moved: the monotonic clock carries no date, and faking it too slows every timer.
export DONT_FAKE_MONOTONIC=1
# libfaketime leaves a semaphore and a shared memory object in /dev/shm for each process that ends
# without its exit handlers (vitest's workers, each with a lock of its own: see vitest.config.ts).
sweep_faketime() {
  for f in /dev/shm/sem.faketime_sem_* /dev/shm/faketime_shm_*; do
    [ -e "$f" ] || continue
    kill -0 "${f##*_}" 2>/dev/null || rm -f "$f"
  done
}
step "Unit, conformance and golden tests (the clock a year ahead, in Kiritimati)"
TZ=Pacific/Kiritimati faketime -f +365d npx vitest run
sweep_faketime
step "Dockerfile builds checked live against buildah (the real engine)"
if [ -f ../shared/oracle/alpine-base.sh ]; then
  WORKBOOK_ORACLE=1 npx vitest run tests/oracle
else
  echo "SKIPPED: ../shared/oracle is absent, so buildah has no alpine base; the recorded buildah results were checked above"
fi
step "Browser tests: build under a sub-path, serve, drive Chromium"
npx vitest run --config vitest.e2e.config.ts
step "Unit tests again, the clock a year back, in Pago Pago (not the programs' differential tests)"
# tests/shell/programs compares each program with the real tool at instants it names, both under the same
# faked clock in the first run; leaving them out here keeps CI under 30 minutes (about 70 s of its time).
TZ=Pacific/Pago_Pago faketime -f -365d npx vitest run --reporter=dot --exclude 'tests/shell/programs/**'
sweep_faketime
step "Fuzzing: 1,000 grammar-aware cases with a fixed seed (npm run fuzz; any crash, hang or runaway memory fails)"
npm run --silent fuzz -- --runs 1000 --seed 20261206
step "Benchmarks, printed for the record (budgets are checked by the benchmark itself, never by CI: timing is noise)"
BENCH_SITE=tests/e2e/artifacts/dist npm run --silent bench || echo "bench: did not finish (not a test failure)"
step "All tests passed"
