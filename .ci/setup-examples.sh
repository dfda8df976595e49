# Installs what the examples in examples/ need (tests/Breakout.Cli.Tests/ExampleTests runs them), so that in CI they
# run instead of skipping. Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

# pytest from Debian; ExampleTests runs it with /usr/bin/python3, where apt installs it. Node comes with setup-interop.sh.
if ! /usr/bin/python3 -m pytest --version >/dev/null 2>&1; then
  echo "installing python3-pytest"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pytest >/dev/null
fi
/usr/bin/python3 -m pytest --version
