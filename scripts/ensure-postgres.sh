#!/usr/bin/env bash
# Make a local PostgreSQL answer at localhost:5432 with user postgres / password postgres
# (the test suite's database). Starts the Debian cluster, or installs PostgreSQL where absent.
set -uo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
ready() { pg_isready -h localhost -p 5432 -q 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null && ! ready; then
  echo "PostgreSQL not installed; installing Debian's postgresql…"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || true
fi
if ! ready && command -v pg_ctlcluster >/dev/null; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] && as_root pg_ctlcluster "$version" main start 2>/dev/null
  for _ in $(seq 1 20); do ready && break; sleep 0.5; done
fi
if ! ready; then echo "PostgreSQL is not reachable on localhost:5432"; exit 1; fi
# A fresh cluster lets only the postgres OS user in: give the role the password the tests use.
if ! PGPASSWORD=postgres psql -h localhost -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
  as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\"" || { echo "cannot set the postgres password"; exit 1; }
fi
echo "PostgreSQL ready on localhost:5432"
