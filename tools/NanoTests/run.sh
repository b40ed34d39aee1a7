#!/usr/bin/env bash
# AtFirmware.Tests on the nanoFramework interpreter: compiles the test project's sources (its own
# and the engine's) with the .NET SDK against nanoFramework's mscorlib and TestFramework
# (NFUnitTest.csproj here, as two test assemblies: the engine's rules and the device logic),
# converts them to .pe files and runs their tests with the TestFramework's launcher on nanoCLR. Prints the launcher's result lines and ends with nf-test's
# "N passed, N failed" (preceded by "N skipped" when some were); a failed build or conversion
# prints why and no summary. Exit status 0 only when every test ran and passed.
# usage: tools/NanoTests/run.sh [NANOCLR_TOOLS]   (default: <repo>/../shared/tools/nanoclr)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$(cd "${1:-$here/../../../shared/tools/nanoclr}" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/nf-tests.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Two test assemblies (NFUnitTest.csproj says why): the engine's rules and the device logic.
pes=()
for suite in Rules Device; do
  if ! dotnet build "$here/NFUnitTest.csproj" -c Release -nologo -v:q --artifacts-path "$work/$suite" \
        "-p:NanoTestSuite=$suite" "-p:NanoClrTools=$tools/" >"$work/$suite.log" 2>&1; then
    echo "nf-tests: AtFirmware.Tests ($suite) does not compile for nanoFramework:"
    grep -E ': error ' "$work/$suite.log" | sed -E 's# \[[^]]*\]$##' | awk '!seen[$0]++' | head -n 30 \
      || tail -n 30 "$work/$suite.log"
    exit 1
  fi
  out="$work/$suite/bin/NFUnitTest/release"
  "$tools/nf-pe" -q "$out/NFUnitTest.dll" "$tools/testframework/nanoFramework.TestFramework.dll"
  # nf-test recognises a test assembly by its name, which it reads from the .pe header only
  # while the name's string index is below 0x8000; past that it would silently run nothing.
  name_index="$(od -An -tu2 -j36 -N2 "$out/NFUnitTest.pe" | tr -d ' \n')"
  if (( name_index >= 0x8000 )); then
    echo "nf-tests: the $suite suite's string table is too large for nf-test to find its name" \
         "(index $name_index): split it further in NFUnitTest.csproj"
    exit 1
  fi
  pes+=("$out/NFUnitTest.pe")
done
# The whole suite takes a few seconds on nanoCLR; the limit only ends a hang, on any machine.
"$tools/nf-test" -t 300 "${pes[@]}"
