#!/usr/bin/env bash
# Starts (or reuses) a throwaway PostgreSQL 15 on 127.0.0.1:54329 with trust auth and prints its
# DATABASE_URL on stdout. `start-test-postgres.sh stop` stops it. Idempotent; needs root (or the
# postgres user) and /usr/lib/postgresql/15.
set -euo pipefail
D=${SOPKA_PGDATA:-/tmp/pgdata}
B=${SOPKA_PGBIN:-/usr/lib/postgresql/15/bin}
PORT=${SOPKA_PGPORT:-54329}
DB=sopka_test

as_postgres() { if [ "$(id -un)" = postgres ]; then bash -c "$1"; else su postgres -c "$1"; fi; }

if [ "${1:-start}" = stop ]; then
  [ -s "$D/postmaster.pid" ] && as_postgres "$B/pg_ctl -D $D -m fast -w stop" >&2
  exit 0
fi

[ -s "$D/PG_VERSION" ] || {
  mkdir -p "$D" && chown postgres: "$D" && chmod 700 "$D"
  as_postgres "$B/initdb -D $D -A trust -U postgres -E UTF8 --no-locale" >/dev/null
}
if ! as_postgres "$B/pg_ctl -D $D status" >/dev/null 2>&1; then
  as_postgres "$B/pg_ctl -D $D -l $D/server.log -w -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' start" >&2
fi
psql -h 127.0.0.1 -p "$PORT" -U postgres -qtAc "select 1 from pg_database where datname = '$DB'" | grep -q 1 ||
  psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database $DB" >&2
echo "postgres://postgres@127.0.0.1:$PORT/$DB"
