#!/usr/bin/env bash
# AtFirmware.Tests on the nanoFramework interpreter: compiles the test project's sources (its own
# and the engine's) with the .NET SDK against nanoFramework's mscorlib and TestFramework
# (NFUnitTest.csproj here), converts the assembly to a .pe and runs its tests with the
# TestFramework's launcher on nanoCLR. Prints the launcher's result lines and ends with nf-test's
# "N passed, N failed" (preceded by "N skipped" when some were); a failed build or conversion
# prints why and no summary. Exit status 0 only when every test ran and passed.
# usage: tools/NanoTests/run.sh [NANOCLR_TOOLS]   (default: <repo>/../shared/tools/nanoclr)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$(cd "${1:-$here/../../../shared/tools/nanoclr}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/nf-tests.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if ! dotnet build "$here/NFUnitTest.csproj" -c Release -nologo -v:q --artifacts-path "$work" \
      "-p:NanoClrTools=$tools/" >"$work/build.log" 2>&1; then
  echo "nf-tests: AtFirmware.Tests does not compile for nanoFramework:"
  grep -E ': error ' "$work/build.log" | sed -E 's# \[[^]]*\]$##' | awk '!seen[$0]++' | head -n 30 \
    || tail -n 30 "$work/build.log"
  exit 1
fi
out="$work/bin/NFUnitTest/release"
"$tools/nf-pe" -q "$out/NFUnitTest.dll" "$tools/testframework/nanoFramework.TestFramework.dll"
# The whole suite takes about a second on nanoCLR; the limit only ends a hang, on any machine.
"$tools/nf-test" -t 300 "$out/NFUnitTest.pe"
