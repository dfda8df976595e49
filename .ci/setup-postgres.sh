# Sourced by .ci/run (bash, set -euo pipefail): gives the tests a PostgreSQL server of their own.
# Installs PostgreSQL from Debian's packages when missing, creates a throw-away cluster in a temp folder owned by
# the postgres OS user, starts it on 127.0.0.1 (5432, or the next free port when something already listens there),
# creates role breakout (password breakout, CREATEDB) and database breakout_test, and exports
# BREAKOUT_TEST_POSTGRES. The cluster is stopped when the sourcing shell exits (BREAKOUT_PG_KEEP=1 keeps it).
# Run as root. By hand: `source .ci/setup-postgres.sh` (or `BREAKOUT_PG_KEEP=1 bash .ci/setup-postgres.sh`).

breakout_pg_bin_dir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

breakout_pg_port_busy() {
  # Something answers a TCP connect on the port (another cluster, another developer's server, anything).
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

breakout_pg_stop() {
  if [ -n "${BREAKOUT_PG_DIR:-}" ] && [ -f "$BREAKOUT_PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$BREAKOUT_PG_BIN/pg_ctl" -D "$BREAKOUT_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$BREAKOUT_PG_DIR"
  fi
}

if ! BREAKOUT_PG_BIN="$(breakout_pg_bin_dir)"; then
  echo "PostgreSQL is not installed: installing it from Debian's packages"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  BREAKOUT_PG_BIN="$(breakout_pg_bin_dir)"
fi

if ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

BREAKOUT_PG_PORT=5432
while breakout_pg_port_busy "$BREAKOUT_PG_PORT"; do
  BREAKOUT_PG_PORT=$((BREAKOUT_PG_PORT + 1))
  if [ "$BREAKOUT_PG_PORT" -gt 5532 ]; then
    echo "no free port for PostgreSQL between 5432 and 5532" >&2
    return 1 2>/dev/null || exit 1
  fi
done

BREAKOUT_PG_DIR="$(mktemp -d /tmp/breakout-pg.XXXXXX)"
chown postgres: "$BREAKOUT_PG_DIR"
chmod 700 "$BREAKOUT_PG_DIR"

# Local (socket) connections are trusted so the postgres user can create the test role; TCP needs a password.
runuser -u postgres -- "$BREAKOUT_PG_BIN/initdb" -D "$BREAKOUT_PG_DIR/data" -U postgres -E UTF8 --locale=C \
  --auth-local=trust --auth-host=scram-sha-256 >"$BREAKOUT_PG_DIR/initdb.log"

# A disposable cluster: durability against power loss is not what the tests check (they never restart the
# server), so fsync is off to keep the suite fast on 2 cores (BREAKOUT_PG_FSYNC=on turns it on, for benchmarks). max_connections leaves room for several test
# classes, each with its own pool, running in parallel.
runuser -u postgres -- "$BREAKOUT_PG_BIN/pg_ctl" -D "$BREAKOUT_PG_DIR/data" -l "$BREAKOUT_PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $BREAKOUT_PG_PORT -k $BREAKOUT_PG_DIR -c max_connections=300 -c fsync=${BREAKOUT_PG_FSYNC:-off} -c full_page_writes=${BREAKOUT_PG_FSYNC:-off}" \
  start >/dev/null
if [ "${BREAKOUT_PG_KEEP:-}" != "1" ]; then
  trap breakout_pg_stop EXIT
fi

runuser -u postgres -- "$BREAKOUT_PG_BIN/psql" -h "$BREAKOUT_PG_DIR" -p "$BREAKOUT_PG_PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE breakout LOGIN PASSWORD 'breakout' CREATEDB" \
  -c "CREATE DATABASE breakout_test OWNER breakout"

export BREAKOUT_TEST_POSTGRES="Host=127.0.0.1;Port=$BREAKOUT_PG_PORT;Username=breakout;Password=breakout;Database=breakout_test"
echo "PostgreSQL $("$BREAKOUT_PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$BREAKOUT_PG_PORT (cluster in $BREAKOUT_PG_DIR)"
