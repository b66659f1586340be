#!/usr/bin/env bash
# Throwaway PostgreSQL server for the inventory tests and benchmark.
#   scripts/postgres-test-server.sh start   initdb a cluster under /tmp, listen on 127.0.0.1 only,
#                                           create the database, print its URL (export it as
#                                           BULWARK_TEST_POSTGRES_URL)
#   scripts/postgres-test-server.sh stop    stop the server and delete the cluster
#   scripts/postgres-test-server.sh url     print the URL
# Needs the Debian `postgresql` package (initdb/pg_ctl under /usr/lib/postgresql/<v>/bin). PostgreSQL
# refuses to run as root: as root, the cluster belongs to the `postgres` user (created if missing).
set -euo pipefail
# Each checkout gets its own port and folder (55432 + a hash of its path), so that two worktrees or
# CI jobs on one machine never stop each other's server. BULWARK_PG_PORT / BULWARK_PG_DIR override.
root="$(cd "$(dirname "$0")/.." && pwd)"
slot=$(( $(printf '%s' "$root" | cksum | cut -d' ' -f1) % 500 ))
PGPORT="${BULWARK_PG_PORT:-$(( 55432 + slot ))}"
PGDATA_DIR="${BULWARK_PG_DIR:-/tmp/bulwark-pg-test-$slot}"
DBNAME="${BULWARK_PG_DB:-bulwark_test}"
URL="postgres://bulwark@127.0.0.1:${PGPORT}/${DBNAME}?sslmode=disable"

bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  echo "initdb not found: install the Debian package postgresql (apt-get install -y postgresql)" >&2
  exit 2
}

# Run a command as the cluster owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

start() {
  local bin; bin=$(bindir)
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
  if [ -f "$PGDATA_DIR/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    echo "$URL"; return
  fi
  rm -rf "$PGDATA_DIR"
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
  as_owner "$bin/initdb" -D "$PGDATA_DIR" -U bulwark --auth=trust --encoding=UTF8 --locale=C >"$PGDATA_DIR.initdb.log" 2>&1 \
    || { cat "$PGDATA_DIR.initdb.log" >&2; exit 1; }
  # Loopback only, sockets in the cluster folder (not /var/run/postgresql), settings for a test box.
  as_owner "$bin/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGDATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=256MB" \
    start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$PGPORT" -U bulwark "$DBNAME"
  echo "$URL"
}

stop() {
  local bin; bin=$(bindir)
  if [ -d "$PGDATA_DIR" ]; then
    as_owner "$bin/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR" "$PGDATA_DIR.initdb.log"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
