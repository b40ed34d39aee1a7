#!/usr/bin/env bash
# Every test of the project, on a fresh machine: installs what is missing (tools/setup.sh), then
# runs
#   1. the tests of this script's own counting (tests/scripts/counts.test.sh),
#   2. the nanoFramework compile gate on the engine, and its self-test,
#   3. each test project of EspAtNano.sln on its own (engine rules and device configuration;
#      the twin end to end against a real mosquitto),
#   4. AtFirmware.Tests, the nanoFramework unit tests, on the nanoFramework interpreter (nanoCLR),
#      when its toolchain is beside the repository (../shared/tools/nanoclr; else one line says
#      the suite is skipped),
#   5. the Pester tests of flash.ps1,
# and ends with exactly one line "N passed, N failed", whatever happened before it (a failed
# setup or build, a crashed test host). Exit status 0 only when nothing failed.
#
# A suite that cannot run counts as one failure, with a line saying why; the others still run.
# ESPATNANO_SKIP_SETUP=1 skips tools/setup.sh, for a machine set up by hand or one where apt-get
# must not run (what is then missing shows as failed suites).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/ci-lib/counts.sh"
source "$root/tools/ci-lib/broker.sh"
results="$(mktemp -d "${TMPDIR:-/tmp}/espatnano-tests.XXXXXX")"
passed=0
failed=0
# A test that runs this long has hung: the blame collector ends the test host and names the test.
hang_timeout="10m"

# Sub-runners print their own "N passed, N failed"; only this script's last line may, so their
# counts are reported here in other words.
report() { # name log — adds the counts a counts_from_* call just set, and says what they were
  passed=$((passed + run_passed)); failed=$((failed + run_failed))
  local skipped=""
  (( run_skipped > 0 )) && skipped=", $run_skipped skipped"
  echo "== $1: $run_passed ok, $run_failed not ok$skipped"
  [[ -z "$run_note" ]] || echo "   $run_note"
  (( run_failed == 0 )) || echo "   (log: $2)"
}

not_run() { # name reason — a suite that could not run is one failure
  failed=$((failed + 1)); echo "== $1: not run, 1 not ok: $2"
}

count() { # name status — one result for a check that is not a test runner
  if [[ "$2" == 0 ]]; then passed=$((passed + 1)); echo "== $1: ok"; else failed=$((failed + 1)); echo "== $1: FAILED"; fi
}

run_counted() { # name command... — a sub-runner that prints "N passed, N failed"
  local name="$1" log="$results/${1//[^A-Za-z0-9.-]/-}.log"
  shift
  "$@" </dev/null >"$log" 2>&1
  counts_from_log "$log" $?
  report "$name" "$log"
  (( run_failed == 0 )) || failure_lines "$log" | sed 's/^/   | /'
}

# What a sub-runner said about its failures: the lines its runner marks them with (FAIL, FAILED,
# Pester's [-], nanoFramework's "Test failed,") and what follows them, else its last lines.
failure_lines() { # log
  local lines
  lines="$(grep -E -A 3 '(\[-\]|\bFAIL(ED)?\b|^Test failed,)' "$1" | head -n 40)"
  [[ -n "$lines" ]] && echo "$lines" || tail -n 20 "$1"
}

# The solution's test projects: those that reference the test SDK.
test_projects() {
  sed -nE 's#^Project\("[^"]*"\) = "([^"]*)", "([^"]*\.csproj)".*#\1 \2#p' "$root/EspAtNano.sln" \
    | while read -r name path; do
        grep -q 'Microsoft.NET.Test.Sdk' "$root/${path//\\//}" 2>/dev/null && echo "$name ${path//\\//}"
      done
}

test_project() { # name path — one project, its own TRX and its own status
  local name="$1" project="$root/$2" dir="$results/$1"
  dotnet test "$project" --no-build --nologo -v:q \
    --logger "trx;LogFileName=$name.trx" --results-directory "$dir" \
    --blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none </dev/null >"$dir.log" 2>&1
  counts_from_trx "$dir/$name.trx" $?
  report "$name" "$dir.log"
  trx_failed_tests "$dir/$name.trx" | head -n 30 | sed 's/^/   failed: /'
  [[ -z "$run_note" ]] || crashed_tests "$dir.log" | sed 's/^/   running when the test host died: /'
}

if [[ "${ESPATNANO_SKIP_SETUP:-}" == 1 ]]; then
  echo "== setup: skipped (ESPATNANO_SKIP_SETUP=1)"
elif ! bash "$root/tools/setup.sh"; then
  echo "== setup failed: the suites that need what it installs will fail, the others still run"
fi

run_counted "test script counting" bash "$root/tests/scripts/counts.test.sh"

echo "== nanoFramework compile gate"
bash "$root/tools/NanoGate/run-gate.sh"; count "compile gate" $?
run_counted "compile gate self-test" bash "$root/tools/NanoGate/selftest.sh"

echo "== dotnet build EspAtNano.sln"
# Built once, before any test runs: a test run that overlapped a build of the twin it starts
# would race its files.
dotnet build "$root/EspAtNano.sln" --nologo -v:q >"$results/dotnet-build.log" 2>&1
built=$?
if [[ $built -ne 0 ]]; then
  grep -E ': error ' "$results/dotnet-build.log" | awk '!seen[$0]++' | head -n 30 | sed 's/^/   /'
  echo "   (log: $results/dotnet-build.log)"
fi
mapfile -t projects < <(test_projects)
(( ${#projects[@]} )) || not_run "dotnet tests" "EspAtNano.sln lists no test project"
for project in "${projects[@]}"; do
  name="${project%% *}" path="${project#* }"
  if [[ $built -ne 0 ]]; then
    not_run "$name" "EspAtNano.sln did not build"
  elif [[ "$name" == AtFirmware.Desktop.Tests ]] && ! broker_installed; then
    not_run "$name" "mosquitto is not installed (tools/setup.sh installs it: apt-get install mosquitto)"
  else
    test_project "$name" "$path"
  fi
done

# The nanoCLR toolchain is not part of the repository: CI and this machine have it beside the
# checkout; a user's fresh clone has not, and then only this suite is left out.
nanoclr="$root/../shared/tools/nanoclr"
if [[ -x "$nanoclr/nf-run" ]]; then
  run_counted "AtFirmware.Tests (nanoCLR)" bash "$root/tools/NanoTests/run.sh" "$nanoclr"
else
  echo "== AtFirmware.Tests on nanoCLR: skipped, no nanoCLR toolchain at ../shared/tools/nanoclr beside the repository"
fi

echo "== flash.ps1 (Pester)"
run_counted "flash.ps1 Pester" bash "$root/tests/flash/run-pester.sh"

echo "(logs: $results)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
