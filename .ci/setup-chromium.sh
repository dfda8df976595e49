# Installs Debian's chromium, which the operator console's browser tests (tests/Breakout.Host.Tests/OperatorConsole)
# drive through Playwright with its executable path (/usr/bin/chromium): Playwright's own browser builds cannot be
# downloaded here. Without chromium those tests skip, except under CI=true, where they fail.
# Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version
