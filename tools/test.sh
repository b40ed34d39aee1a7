#!/usr/bin/env bash
# Every test of the project, on a fresh machine: installs what is missing, then runs
#   1. the nanoFramework compile gate on the engine (and its self-test),
#   2. the .NET tests of the solution (engine rules, device configuration, twin end to end
#      against a real mosquitto),
#   3. the Pester tests of flash.ps1,
# and ends with one line "N passed, N failed". Exit status 0 only when nothing failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$(mktemp -d "${TMPDIR:-/tmp}/espatnano-tests.XXXXXX")"
passed=0
failed=0

bash "$root/tools/setup.sh" || { echo "test: setup failed" >&2; exit 1; }

count() { # name ok?  — one result for a check that is not a test runner
  if [[ "$2" == 0 ]]; then passed=$((passed + 1)); echo "== $1: ok"; else failed=$((failed + 1)); echo "== $1: FAILED"; fi
}

# Sub-runners print their own "N passed, N failed"; only this script's last line may, so
# their counts are taken from that line and reported in other words.
take_counts() { # name logfile
  local line p f
  line="$(grep -E '^([A-Za-z0-9_-]+: )?[0-9]+ passed, [0-9]+ failed' "$2" | tail -n 1)"
  if [[ -z "$line" ]]; then
    failed=$((failed + 1)); echo "== $1: gave no result (log: $2)"; return
  fi
  p="$(sed -E 's/.*\b([0-9]+) passed.*/\1/' <<<"$line")"
  f="$(sed -E 's/.*\b([0-9]+) failed.*/\1/' <<<"$line")"
  passed=$((passed + p)); failed=$((failed + f))
  echo "== $1: $p ok, $f not ok"
}

echo "== nanoFramework compile gate"
bash "$root/tools/NanoGate/run-gate.sh"; count "compile gate" $?
bash "$root/tools/NanoGate/selftest.sh" >"$results/gate-selftest.log" 2>&1
take_counts "compile gate self-test" "$results/gate-selftest.log"

echo "== dotnet test EspAtNano.sln"
# Build first: test runs that overlap a build of the twin they start would race its files.
dotnet build "$root/EspAtNano.sln" --nologo -v:q >"$results/dotnet-build.log" 2>&1 \
  && dotnet test "$root/EspAtNano.sln" --no-build --nologo -v:q --logger "trx" --results-directory "$results/trx" \
    >"$results/dotnet-test.log" 2>&1
status=$?
[[ -s "$results/dotnet-test.log" ]] || cp "$results/dotnet-build.log" "$results/dotnet-test.log"
grep -E '^\s+(Failed|Passed!|Failed!)|error ' "$results/dotnet-test.log" | sed -E 's/^/   /' | head -n 60
trx_total=0
for trx in "$results"/trx/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  p="$(grep -o ' passed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')"
  f="$(grep -o ' failed="[0-9]*"' <<<"$counters" | grep -o '[0-9]*')"
  passed=$((passed + p)); failed=$((failed + f)); trx_total=$((trx_total + 1))
done
if [[ $status -ne 0 && $trx_total -eq 0 ]]; then
  failed=$((failed + 1)); echo "== dotnet test did not run (build failed?); log:"; tail -n 40 "$results/dotnet-test.log"
fi

echo "== flash.ps1 (Pester)"
bash "$root/tests/flash/run-pester.sh" >"$results/pester.log" 2>&1 || tail -n 30 "$results/pester.log"
take_counts "flash.ps1 Pester" "$results/pester.log"

echo "(logs: $results)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
