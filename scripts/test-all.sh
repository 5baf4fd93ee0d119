#!/usr/bin/env bash
# Every test: typecheck, lint and format, unit, integration (SQLite and PostgreSQL), and Playwright e2e in Chromium.
# Installs Debian's Chromium when missing and starts (or installs) PostgreSQL when it can.
# With CI=true a missing browser or database is a failure, never a silent skip.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The slow security rounds (input bombs, kill -9, the XSS corpus in Chromium) run in CI, or when asked.
if [ "${CI:-}" = "true" ]; then export CLASH_SLOW_TESTS="${CLASH_SLOW_TESTS:-1}"; fi
mkdir -p test-results/summary
rm -f test-results/summary/*.json
status=0
step() { echo; echo "━━━ $*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

step "Chromium"
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Chromium not found at $CHROMIUM_PATH; installing Debian's chromium…"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-liberation >/dev/null
fi
if [ ! -x "$CHROMIUM_PATH" ]; then echo "FAIL: Chromium is not available; e2e tests cannot run"; exit 1; fi
export CHROMIUM_PATH

step "PostgreSQL"
bash scripts/ensure-postgres.sh || { [ "${CI:-}" = "true" ] && { echo "FAIL: PostgreSQL is required in CI"; exit 1; }; }

step "Typecheck"
npx tsc --noEmit || status=1

step "Lint (ESLint, type-aware) and format (Prettier)"
npx eslint . || status=1
npx prettier --check . || status=1

step "Unit tests (lib/domain, seed)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/summary/unit.json || status=1

step "Integration tests (SQLite and PostgreSQL)"
bash scripts/test-integration.sh || status=1

step "Production build"
# The import worker bundle first: the server starts worker threads from generated/workers.
node scripts/build-workers.mjs || { echo "FAIL: worker bundle"; exit 1; }
npx next build || { echo "FAIL: next build"; exit 1; }
# What a deployment copies beside the server (the routes' file traces) holds no data and no tests.
node scripts/check-traces.mjs || status=1

step "End-to-end tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/summary/e2e.json npx playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs || status=1
exit $status
