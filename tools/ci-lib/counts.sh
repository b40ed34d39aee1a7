# What one test run passed and failed, read from what it left behind: the "N passed, N failed"
# line a sub-runner prints, or the TRX file `dotnet test --logger trx` writes (VSTest's TRX
# logger, as used with MSTest 4 and Microsoft.NET.Test.Sdk 18). Sourced by tools/test.sh and
# tested by tests/scripts/counts.test.sh.
#
# A count can only be trusted together with the way the run ended: a test host that crashes or
# hangs leaves a TRX that lists only the tests reported before it died, all passed (ResultSummary
# outcome="Failed", a RunInfo outcome="Error", dotnet test exit status 1, "Passed!" on the
# console). So each counts_from_* function also takes the run's exit status, and a run that did
# not end cleanly counts one failure more than its tests show.
#
# Each counts_from_* function prints nothing and sets:
#   run_passed, run_failed  the counts
#   run_skipped             tests reported but not executed (MSTest 4 turns Assert.Inconclusive
#                           into NotExecuted: a deliberate skip, neither passed nor failed)
#   run_note                why the run counts a failure that is not a failed test; empty if none

# The Counters attributes of a TRX that are tests that did not pass. MSTest 4 only ever writes
# failed (a timeout and a failed AssemblyInitialize are "failed" too); the others belong to the
# TRX schema and are counted should another adapter write them.
trx_failure_counters=(failed error timeout aborted notRunnable disconnected)

# counts_from_log LOG STATUS: the last "N passed, N failed" line of a sub-runner's log (it may
# carry a "name: " prefix), and the sub-runner's exit status. A line "N skipped" right before it
# (nanoFramework's nf-test writes one when tests were skipped) gives the skips.
counts_from_log() {
  local log="$1" status="$2" line skipped
  run_passed=0 run_failed=0 run_skipped=0 run_note=""
  line="$(grep -E '^([A-Za-z0-9_-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" 2>/dev/null | tail -n 1)"
  if [[ -z "$line" ]]; then
    run_failed=1 run_note="gave no result (exit status $status)"
    return
  fi
  run_passed="$(sed -E 's/^([A-Za-z0-9_-]+: )?([0-9]+) passed.*/\2/' <<<"$line")"
  run_failed="$(sed -E 's/^([A-Za-z0-9_-]+: )?[0-9]+ passed, ([0-9]+) failed.*/\2/' <<<"$line")"
  skipped="$(grep -B 1 -xF "$line" "$log" | head -n 1)"
  if [[ "$skipped" =~ ^([0-9]+)\ skipped$ ]]; then
    run_skipped="${BASH_REMATCH[1]}"
  fi
  if [[ "$status" != 0 && "$run_failed" == 0 ]]; then
    run_failed=1 run_note="exited with status $status though no test failed"
  fi
}

# counts_from_trx TRX STATUS: the TRX of one test project's run, and dotnet test's exit status.
counts_from_trx() {
  local trx="$1" status="$2" counters summary outcome name value tests_failed broken=""
  run_passed=0 run_failed=0 run_skipped=0 run_note=""
  if [[ ! -f "$trx" ]]; then
    run_failed=1 run_note="wrote no TRX (dotnet test exit status $status): the run did not happen or did not end"
    return
  fi
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  summary="$(grep -o '<ResultSummary [^>]*>' "$trx" | head -n 1)"
  if [[ -z "$counters" ]]; then
    run_failed=1 run_note="its TRX has no result counters (dotnet test exit status $status): the run did not end"
    return
  fi
  run_passed="$(xml_attribute passed "$counters")"
  for name in "${trx_failure_counters[@]}"; do
    value="$(xml_attribute "$name" "$counters")"
    run_failed=$((run_failed + value))
  done
  run_skipped=$(( $(xml_attribute total "$counters") - $(xml_attribute executed "$counters") ))
  tests_failed=$run_failed

  outcome="$(xml_attribute_text outcome "$summary")"
  if grep -q '<RunInfo [^>]*outcome="Error"' "$trx"; then
    broken="$(trx_run_messages "$trx")"
  elif [[ "$outcome" != Completed && "$outcome" != Failed ]]; then
    broken="the run ended \"${outcome:-without an outcome}\""
  elif [[ "$outcome" == Failed && $tests_failed -eq 0 ]]; then
    broken="the run failed though no test did"
  elif [[ "$status" != 0 && $tests_failed -eq 0 ]]; then
    broken="dotnet test exited with status $status though no test failed"
  fi
  if [[ -n "$broken" ]]; then
    run_failed=$((run_failed + 1)) run_note="$broken"
  fi
}

# trx_failed_tests TRX: the names of the tests the TRX records as not passed, one a line.
trx_failed_tests() {
  grep -o '<UnitTestResult [^>]*>' "$1" 2>/dev/null \
    | grep -E ' outcome="(Failed|Error|Timeout|Aborted|NotRunnable|Disconnected)"' \
    | while IFS= read -r result; do xml_unescape "$(xml_attribute_text testName "$result")"; done
}

# crashed_tests LOG: the tests VSTest names in dotnet test's console log as running when the test
# host died (a crash, or a hang ended by --blame-hang-timeout), one a line.
crashed_tests() {
  awk '/The tests? running when the crash occurred:/ { naming = 1; next }
       naming && /^[[:space:]]*$/ { exit }
       naming { sub(/^[[:space:]]+/, ""); print }' "$1" 2>/dev/null
}

# trx_run_messages TRX: the first line of each RunInfo text (VSTest's reason for an aborted run,
# and the blame collector's word on a hang), joined by "; ".
trx_run_messages() {
  awk '/<RunInfo / { inside = 1 }
       inside && /<Text>/ { line = $0; sub(/.*<Text>/, "", line); sub(/<\/Text>.*/, "", line);
                            out = out (out == "" ? "" : "; ") line; inside = 0 }
       END { print out }' "$1" | while IFS= read -r line; do xml_unescape "$line"; done
}

# xml_attribute NAME ELEMENT: a numeric attribute of an element's start tag; 0 when absent.
xml_attribute() {
  local value
  value="$(xml_attribute_text "$1" "$2")"
  [[ "$value" =~ ^[0-9]+$ ]] && echo "$value" || echo 0
}

# xml_attribute_text NAME ELEMENT: an attribute's raw text; empty when absent.
xml_attribute_text() {
  sed -nE "s/.* $1=\"([^\"]*)\".*/\1/p" <<<"$2"
}

xml_unescape() {
  local text="$1"
  text="${text//&lt;/<}" text="${text//&gt;/>}" text="${text//&quot;/\"}" text="${text//&apos;/\'}"
  echo "${text//&amp;/&}"
}
