# Installs Apache Axis 1.4 and a JDK for tests/Interop.Tests/AxisTests.cs (WSDL2Java, javac, java), Debian packages
# only. Sourced by .ci/run (set -euo pipefail is on there): no exit, no cd outside a subshell.
# libaxis-java brings commons-discovery, commons-logging, wsdl4j and javax.mail; libactivation-java is named because
# AxisTests puts its jar on the classpath.

axis_packages=()
[ -f /usr/share/java/axis.jar ] || axis_packages+=(libaxis-java)
[ -f /usr/share/java/javax.activation.jar ] || axis_packages+=(libactivation-java)
command -v javac >/dev/null 2>&1 || axis_packages+=(openjdk-17-jdk-headless)
if [ "${#axis_packages[@]}" -gt 0 ]; then
  echo "installing ${axis_packages[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${axis_packages[@]}" >/dev/null
fi
javac -version
echo "axis $(dpkg-query -W -f='${Version}' libaxis-java)"
