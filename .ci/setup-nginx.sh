# Installs nginx (Debian's package), which tests/Breakout.MultiNode.Tests runs as a reverse proxy in front of two
# Breakout nodes, so that in CI those tests run instead of skipping. The tests start their own nginx (a config in a
# temp folder, loopback ports, master_process off) and stop it; nothing is started here, and the package's own
# service is left as apt sets it up.
# Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "installing nginx"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
if [ -x /usr/sbin/nginx ]; then /usr/sbin/nginx -v; else nginx -v; fi
