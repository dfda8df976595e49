# Installs PHP's SoapClient and Python suds, the Cvent clients tests/Interop.Tests drives besides zeep, node-soap
# and WCF, so that in CI they run instead of skipping. (xml-js for the raw Node client comes with npm ci in
# setup-interop.sh.) Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.

# PHP SoapClient from Debian: php-soap is the extension, php-xml the DOM/libxml pieces it loads with.
if ! php -r 'exit(extension_loaded("soap") ? 0 : 1);' >/dev/null 2>&1; then
  echo "installing php-cli, php-soap and php-xml"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php-cli php-soap php-xml >/dev/null
fi
php -r 'echo "php ", PHP_VERSION, " soap ", phpversion("soap"), "\n";'

# suds from Debian; Interop.Tests runs it with /usr/bin/python3, which is where apt installs it.
if ! /usr/bin/python3 -c 'import suds.client' >/dev/null 2>&1; then
  echo "installing python3-suds"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-suds >/dev/null
fi
/usr/bin/python3 -c 'import suds; print("suds", suds.__version__)'
