# Installs the local SMTP sink that the SendEmail relay tests (tests/Breakout.Host.Tests/Email) start on loopback, so
# that in CI they run instead of skipping. Debian's package, never PyPI.
# Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
  echo "installing python3-aiosmtpd"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
fi
/usr/bin/python3 -c 'import aiosmtpd; print("aiosmtpd", aiosmtpd.__version__)'
