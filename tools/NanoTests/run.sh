#!/usr/bin/env bash
# AtFirmware.Tests on the nanoFramework interpreter: compiles the test project's sources (its own
# and the engine's) with the .NET SDK against nanoFramework's mscorlib and TestFramework
# (NFUnitTest.csproj here), converts the assembly to a .pe and runs its tests with the
# TestFramework's launcher on nanoCLR. Prints the launcher's result lines and ends with
# "N passed, N failed" (preceded by "N skipped" when some were), counted as nf-test counts them;
# a failed build or conversion prints why and no summary. Exit status 0 only when every test ran
# and passed.
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

# The launcher runs here as nf-test runs it (nf-run with the TestFramework, the launcher and the
# test assembly), not through nf-test: nf-test first reads each .pe's assembly name with
# `tail | head` under pipefail, which dies of SIGPIPE (exit 141, no output) on a .pe of this size,
# and it ignores a name whose string index is 0x8000 or more (then it runs nothing).
# The whole suite takes seconds on nanoCLR; the limit only ends a hang, on any machine.
set +e
"$tools/nf-run" -t 300 "$tools/testframework/nanoFramework.TestFramework.pe" \
  "$tools/testframework/nanoFramework.UnitTestLauncher.pe" "$out/NFUnitTest.pe" | tee "$work/run.log"
rc=${PIPESTATUS[0]}
set -e
# The test adapter's parser (Executor.ParseTestResults) matches these with Contains, in this order.
read -r passed failed skipped < <(awk '
  index($0, "Test passed,")  { p++; next }
  index($0, "Test failed,")  { f++; next }
  index($0, "Test skipped,") { s++; next }
  END { print p + 0, f + 0, s + 0 }' "$work/run.log")
if [[ $rc -ne 0 ]]; then
  echo "nf-tests: the run did not complete (nf-run exit $rc$([[ $rc -eq 124 ]] && echo ", timeout 300 s")); counted as 1 failed" >&2
  failed=$((failed + 1))
elif [[ $((passed + failed + skipped)) -eq 0 ]]; then
  echo "nf-tests: the launcher printed no result line (no [TestClass] found, or the launcher died:" \
       "an unhandled exception is silent); counted as 1 failed" >&2
  failed=$((failed + 1))
fi
[[ $skipped -gt 0 ]] && echo "$skipped skipped"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
