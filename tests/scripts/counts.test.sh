#!/usr/bin/env bash
# Tests of tools/ci-lib/counts.sh, the counting tools/test.sh trusts: real TRX files and console
# logs of MSTest 4.5 / Microsoft.NET.Test.Sdk 18 runs (fixtures/README.md says how they were
# made) go in, the counts and notes that come out are checked. Ends with one line
# "N passed, N failed"; exit status 0 only when nothing failed.
# usage: tests/scripts/counts.test.sh
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fixtures="$here/fixtures"
# shellcheck source=../../tools/ci-lib/counts.sh
source "$here/../../tools/ci-lib/counts.sh"

passed=0
failed=0

# expect RULE ACTUAL EXPECTED: one check; a failure shows both sides.
expect() {
  if [[ "$2" == "$3" ]]; then
    passed=$((passed + 1)); echo "ok: $1"
  else
    failed=$((failed + 1)); echo "FAILED: $1"; echo "   expected: $3"; echo "   actual:   $2"
  fi
}

# expect_note RULE TEXT: the last counts_from_* call explained itself with TEXT.
expect_note() {
  if [[ "$run_note" == *"$2"* ]]; then
    passed=$((passed + 1)); echo "ok: $1"
  else
    failed=$((failed + 1)); echo "FAILED: $1"; echo "   note should contain: $2"; echo "   note: $run_note"
  fi
}

counts() { echo "$run_passed passed, $run_failed failed, $run_skipped skipped"; }

counts_from_trx "$fixtures/pass.trx" 0
expect "a clean run counts its passes" "$(counts)" "8 passed, 0 failed, 0 skipped"
expect "a clean run needs no note" "$run_note" ""

counts_from_trx "$fixtures/fail.trx" 1
expect "a failed test counts as one failure" "$(counts)" "7 passed, 1 failed, 0 skipped"
expect "a run whose failures explain its exit status needs no note" "$run_note" ""
expect "the failed test is named" "$(trx_failed_tests "$fixtures/fail.trx")" "T4_FailsInFailScenario"

counts_from_trx "$fixtures/crash.trx" 1
expect "a crashed test host counts as one failure on top of the passes it reported" \
  "$(counts)" "4 passed, 1 failed, 0 skipped"
expect_note "a crashed test host is reported in VSTest's words" "Test host process crashed"
expect "the test that was running when the host crashed is named" \
  "$(crashed_tests "$fixtures/crash.log")" "TrxLab.Rules.T5_CrashesTheHostInCrashScenario"

counts_from_trx "$fixtures/crash.trx" 0
expect "a crash recorded in the TRX fails even when dotnet test exits 0" "$run_failed" 1

# The same crash, had VSTest not recorded why: the summary outcome alone shows the run broke.
no_reason="$(mktemp)"
trap 'rm -f "$no_reason"' EXIT
sed '/<RunInfos>/,/<\/RunInfos>/d' "$fixtures/crash.trx" >"$no_reason"
counts_from_trx "$no_reason" 1
expect "a failed run with no failed test counts as one failure" "$(counts)" "4 passed, 1 failed, 0 skipped"
expect_note "a failed run with no failed test is explained" "the run failed though no test did"

counts_from_trx "$fixtures/hang.trx" 1
expect "a hang ended by --blame-hang-timeout counts as one failure" "$(counts)" "5 passed, 1 failed, 0 skipped"
expect_note "a hang is reported with the blame collector's word on it" "inactivity time"
expect "the test that hung is named" \
  "$(crashed_tests "$fixtures/hang.log")" "TrxLab.Rules.T6_HangsInHangScenario"

counts_from_trx "$fixtures/assembly-init.trx" 1
expect "a failed AssemblyInitialize fails every test" "$(counts)" "0 passed, 8 failed, 0 skipped"

counts_from_trx "$fixtures/inconclusive.trx" 0
expect "an inconclusive test is a skip, neither passed nor failed" "$(counts)" "7 passed, 0 failed, 1 skipped"

counts_from_trx "$fixtures/pass.trx" 1
expect "a non-zero exit status with no failed test counts as one failure" "$(counts)" "8 passed, 1 failed, 0 skipped"
expect_note "a non-zero exit status with no failed test is explained" "exited with status 1"

counts_from_trx "$fixtures/other-outcomes.trx" 1
expect "error, timeout, aborted, notRunnable and disconnected tests are failures" \
  "$(counts)" "3 passed, 6 failed, 0 skipped"
counts_from_trx "$fixtures/aborted.trx" 1
expect "a run that ended neither Completed nor Failed counts as one failure" "$(counts)" "2 passed, 1 failed, 0 skipped"
expect_note "a run's unexpected outcome is reported" '"Aborted"'

counts_from_trx "$fixtures/no-such.trx" 1
expect "a missing TRX counts as one failure" "$(counts)" "0 passed, 1 failed, 0 skipped"
expect_note "a missing TRX is reported" "wrote no TRX"

counts_from_trx "$fixtures/fail.log" 1
expect "a file that is not a TRX counts as one failure" "$(counts)" "0 passed, 1 failed, 0 skipped"

counts_from_log "$fixtures/runner-pass.log" 0
expect "a sub-runner's prefixed summary line is read" "$(counts)" "6 passed, 0 failed, 0 skipped"
counts_from_log "$fixtures/runner-fail.log" 1
expect "a sub-runner's failures are read" "$(counts)" "4 passed, 2 failed, 0 skipped"
counts_from_log "$fixtures/runner-nested.log" 1
expect "a sub-runner's own summary is its last one (earlier ones may be from runners it started)" "$(counts)" "3 passed, 1 failed, 0 skipped"
counts_from_log "$fixtures/runner-pass.log" 134
expect "a sub-runner that exits non-zero with no failure counted fails once" "$(counts)" "6 passed, 1 failed, 0 skipped"
counts_from_log "$fixtures/fail.trx" 1
expect "a sub-runner log without a summary line counts as one failure" "$(counts)" "0 passed, 1 failed, 0 skipped"
expect_note "a sub-runner log without a summary line is reported" "gave no result"

# nanoFramework's tests on nanoCLR (tools/NanoTests/run.sh, whose last lines are nf-test's).
counts_from_log "$fixtures/nf-test-pass.log" 0
expect "nf-test's summary is read" "$(counts)" "6 passed, 0 failed, 0 skipped"
counts_from_log "$fixtures/nf-test-demo.log" 1
expect "nf-test's failures and its \"N skipped\" line are read" "$(counts)" "6 passed, 4 failed, 1 skipped"
expect "nf-test's failures explain its exit status" "$run_note" ""
counts_from_log "$fixtures/nf-test-timeout.log" 1
expect "an nf-test run that timed out counts the tests before it and one failure" "$(counts)" "1 passed, 1 failed, 0 skipped"
counts_from_log "$fixtures/nf-build-fail.log" 1
expect "a test project that does not compile for nanoFramework counts as one failure" "$(counts)" "0 passed, 1 failed, 0 skipped"
expect_note "a test project that does not compile is reported" "gave no result"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
