#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests and benchmarks: `start`, `stop`, `url`, `status`.
#
# It uses the machine's PostgreSQL server binaries (Debian/Ubuntu: `apt-get install postgresql`),
# makes a new cluster in a private folder (AML_PG_DIR, default /tmp/aml-test-pg-$UID), listens on
# 127.0.0.1 only at AML_PG_PORT (default 55432) with trust authentication for loopback, and is
# removed completely by `stop`. Durability settings are off (fsync, full_page_writes): nothing in
# it outlives the test run. Never point it at a real clinic's server.
# initdb refuses to run as root, so under root the cluster belongs to the `postgres` user that
# Debian's package creates.
set -euo pipefail

dir="${AML_PG_DIR:-/tmp/aml-test-pg-$(id -u)}"
port="${AML_PG_PORT:-55432}"
url="postgresql://postgres@127.0.0.1:${port}/postgres"

bindir() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    local newest
    newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
    if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
        echo "$newest"
        return
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    echo "pg_test_cluster: no PostgreSQL server binaries (initdb) found; install them with 'apt-get install postgresql'" >&2
    exit 3
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    bin="$(bindir)"
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "$url"
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    echo "$url"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        bin="$(bindir)"
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
url)
    echo "$url"
    ;;
status)
    bin="$(bindir)"
    as_owner "$bin/pg_ctl" -D "$dir/data" status
    ;;
*)
    echo "usage: $0 start|stop|url|status" >&2
    exit 2
    ;;
esac
