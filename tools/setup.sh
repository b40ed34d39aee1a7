#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with the .NET 10 SDK: mosquitto
# (a real broker for the twin's end-to-end tests), its clients and openssl. PowerShell and
# Pester for flash.ps1 are fetched by tests/flash/run-pester.sh from NuGet on first use.
# Idempotent: a machine that has everything is left alone.
set -euo pipefail

need=()
for tool in mosquitto:mosquitto mosquitto_pub:mosquitto-clients openssl:openssl; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || [[ -x "/usr/sbin/${tool%%:*}" ]] || need+=("${tool##*:}")
done
if (( ${#need[@]} )); then
  echo "setup: installing ${need[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The Debian package may start a system broker on 1883; the tests start their own on free
# ports, and the twin's embedded broker wants 1883, so a system one only gets in the way.
if command -v pgrep >/dev/null 2>&1 \
    && pgrep -f 'mosquitto -c /etc/mosquitto/mosquitto.conf' >/dev/null 2>&1; then
  echo "setup: stopping the system mosquitto service" >&2
  (service mosquitto stop || pkill -f 'mosquitto -c /etc/mosquitto/mosquitto.conf') >/dev/null 2>&1 || true
fi
