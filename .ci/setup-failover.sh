# Installs pg_auto_failover (Debian's pg-auto-failover-cli and postgresql-<major>-auto-failover) for the failover
# test in tests/Breakout.MultiNode.Tests (FailoverTests), so that in CI it runs instead of skipping. The test builds
# its own monitor and two data nodes in a temp folder on free loopback ports, as the postgres OS user.
# Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell. Run as root.

breakout_failover_pg_major() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ]; then
      basename "$(dirname "$dir")"
      return 0
    fi
  done
  echo 15
}

breakout_failover_major="$(breakout_failover_pg_major)"
if ! command -v pg_autoctl >/dev/null 2>&1 || [ ! -e "/usr/lib/postgresql/$breakout_failover_major/lib/pgautofailover.so" ]; then
  echo "installing pg_auto_failover for PostgreSQL $breakout_failover_major"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    pg-auto-failover-cli "postgresql-$breakout_failover_major-auto-failover" >/dev/null
fi

if ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
pg_autoctl --version | head -1
