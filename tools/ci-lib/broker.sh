# Whether the mosquitto broker that AtFirmware.Desktop.Tests start is installed. Sourced by
# tools/setup.sh and tools/test.sh.

# broker_installed: looks where the tests look (AtFirmware.Desktop.Tests/Support/Mosquitto.cs):
# on PATH, and in /usr/sbin and /usr/local/sbin, which are not on every user's PATH.
broker_installed() {
  command -v mosquitto >/dev/null 2>&1 || [[ -x /usr/sbin/mosquitto || -x /usr/local/sbin/mosquitto ]]
}
