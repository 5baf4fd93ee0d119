#!/usr/bin/env bash
# Run the integration suite (tests/integration) twice: on SQLite, then on PostgreSQL.
# Each run gets a freshly prepared database (see tests/integration/global-setup.ts).
#
# PostgreSQL unreachable: with CI=true this fails; otherwise it warns loudly and skips only the
# PostgreSQL run. Extra arguments go to vitest (e.g. a file filter).
set -uo pipefail
cd "$(dirname "$0")/.."

SQLITE_URL="${CLASH_TEST_SQLITE_URL:-file:./data/test-int.db}"
PG_URL="${CLASH_TEST_PG_URL:-postgresql://postgres:postgres@localhost:5432/clash_test}"
VITEST=(node_modules/.bin/vitest run -c vitest.integration.config.ts "$@")

red() { printf '\033[1;31m%s\033[0m\n' "$*" >&2; }
green() { printf '\033[1;32m%s\033[0m\n' "$*"; }

# Can we log in to the server with the test URL's credentials? (pg_isready alone does not check them.)
pg_reachable() {
  PG_URL="$PG_URL" node -e '
    const pg = require("pg");
    const u = new URL(process.env.PG_URL);
    u.pathname = "/postgres";
    const c = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' >/dev/null 2>&1
}

pg_host_port() {
  PG_URL="$PG_URL" node -e 'const u = new URL(process.env.PG_URL); console.log(`${u.hostname} ${u.port || 5432}`)'
}

ensure_pg() {
  pg_reachable && return 0
  read -r host port < <(pg_host_port)
  if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h "$host" -p "$port"; then
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      echo "PostgreSQL is not accepting connections on $host:$port; trying: pg_ctlcluster 15 main start"
      pg_ctlcluster 15 main start || true
      for _ in $(seq 1 20); do
        pg_isready -q -h "$host" -p "$port" && break
        sleep 0.5
      done
    fi
  fi
  pg_reachable
}

status=0
results=()

run_suite() {
  local label=$1 url=$2
  echo
  echo "=== integration tests on $label ($url)"
  # A JSON report beside the unit and e2e ones, for scripts/test-summary.mjs.
  mkdir -p test-results/summary
  local report="test-results/summary/integration-$(echo "$label" | tr '[:upper:]' '[:lower:]').json"
  if DATABASE_URL="$url" "${VITEST[@]}" --reporter=default --reporter=json --outputFile.json="$report"; then
    results+=("$label: passed")
  else
    results+=("$label: FAILED")
    status=1
  fi
}

# Check (and start) PostgreSQL first, so a failure to start is reported before minutes of tests.
pg_ok=1
ensure_pg || pg_ok=0
if [ "$pg_ok" = 0 ] && [ "${CI:-}" = "true" ]; then
  red "ERROR: PostgreSQL is not reachable at $PG_URL, and CI=true requires the PostgreSQL run."
  red "Start it (pg_ctlcluster 15 main start, or apt-get install -y postgresql) and re-run."
  exit 1
fi

run_suite SQLite "$SQLITE_URL"

if [ "$pg_ok" = 1 ]; then
  run_suite PostgreSQL "$PG_URL"
else
  red "################################################################################"
  red "WARNING: PostgreSQL is not reachable at $PG_URL"
  red "         The PostgreSQL integration run was SKIPPED; only SQLite was tested."
  red "         (With CI=true this is an error.)"
  red "################################################################################"
  results+=("PostgreSQL: SKIPPED (unreachable)")
fi

echo
echo "=== integration summary"
for r in "${results[@]}"; do
  case "$r" in
    *passed) green "  $r" ;;
    *) red "  $r" ;;
  esac
done
exit "$status"
