#!/usr/bin/env bash
# Start or stop a private PostgreSQL cluster on loopback for tests. Installs nothing: CI runs
# `apt-get install -y postgresql` first. The server's *.int.test.ts files start their own clusters
# (src/server/testing/pg-cluster.ts); this script is for running the server or the benchmark by hand.
#   scripts/ci-postgres.sh start [DIR] [PORT]   prints DATABASE_URL=... on its last line
#   scripts/ci-postgres.sh stop  [DIR]
set -euo pipefail
cmd="${1:-}"
dir="${2:-/tmp/ddx-ci-pg}"
port="${3:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "PostgreSQL binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    [ -f "$dir/data/PG_VERSION" ] || as_pg "$bin/initdb" -A trust -U ddx -D "$dir/data" >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" -l "$dir/log" -w start >/dev/null
    echo "DATABASE_URL=postgres://ddx@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
