# Installs the third-party SOAP clients that tests/Interop.Tests drives, so that in CI they run instead of skipping.
# Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

# Python zeep from Debian; Interop.Tests runs it with /usr/bin/python3, which is where apt installs it.
if ! /usr/bin/python3 -c 'import zeep' >/dev/null 2>&1; then
  echo "installing python3-zeep"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-zeep >/dev/null
fi
/usr/bin/python3 -c 'import zeep; print("zeep", zeep.__version__)'

# node-soap at the version pinned in package-lock.json.
if ! command -v npm >/dev/null 2>&1; then
  echo "installing nodejs and npm"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
interop_node_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/Interop.Tests/clients/node" && pwd)"
(cd "$interop_node_dir" && npm ci --no-audit --no-fund --loglevel=error && node -e 'console.log("soap", require("soap/package.json").version)')
