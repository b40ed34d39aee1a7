#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine with the .NET 10 SDK: the Debian package
# mosquitto, the real broker that AtFirmware.Desktop.Tests start (their own, on free loopback
# ports; they need no mosquitto clients and no openssl: certificates are made in .NET; the
# `script` they run a console through is in bsdutils, which every Debian has).
# PowerShell and Pester for flash.ps1 are fetched by tests/flash/run-pester.sh from NuGet.
# Idempotent: a machine that has everything is left alone (no apt-get update). It never starts,
# stops or reconfigures a system service: a broker the package may start on 1883 is left running
# (the tests use free ports; the twin's embedded broker then needs another --broker-port).
# Exit status 0 only when everything is there afterwards.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/ci-lib/broker.sh"

broker_installed && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: mosquitto is missing; install it as root: apt-get install mosquitto" >&2; exit 1; }
  sudo="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "setup: mosquitto is missing and there is no apt-get to install it with" >&2; exit 1; }
echo "setup: installing mosquitto" >&2
$sudo apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mosquitto >/dev/null
broker_installed || { echo "setup: mosquitto was installed but its program is not found" >&2; exit 1; }
