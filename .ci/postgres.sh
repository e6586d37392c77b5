#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL cluster on 127.0.0.1 for the HQ ingest tests.
# Sets HQ_TEST_POSTGRES_URL; the cluster is stopped and removed when the calling shell exits.
set -euo pipefail

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL server binaries not found; HQ tests run on SQLite only." >&2
  return 0
fi

pg_dir="$(mktemp -d)"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres account.
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U hqtest --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null
"${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U hqtest hq_test

stop_postgres() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
export HQ_TEST_POSTGRES_URL="postgresql+psycopg://hqtest@127.0.0.1:$pg_port/hq_test"
echo "PostgreSQL for the HQ tests on 127.0.0.1:$pg_port"
