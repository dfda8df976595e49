# Installs what the examples in examples/ need (tests/Breakout.Cli.Tests/ExampleTests runs them), so that in CI they
# run instead of skipping. Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

# pytest from Debian; ExampleTests runs it with /usr/bin/python3, where apt installs it. Node comes with setup-interop.sh.
if ! /usr/bin/python3 -m pytest --version >/dev/null 2>&1; then
  echo "installing python3-pytest"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pytest >/dev/null
fi
/usr/bin/python3 -m pytest --version

# Jest for examples/js, at the version pinned in its package-lock.json (this runs before setup-interop.sh, which
# would install node and npm too).
if ! command -v npm >/dev/null 2>&1; then
  echo "installing nodejs and npm"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
examples_js_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../examples/js" && pwd)"
(cd "$examples_js_dir" && npm ci --no-audit --no-fund --loglevel=error && node -e 'console.log("jest", require("jest/package.json").version)')
