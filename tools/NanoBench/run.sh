#!/usr/bin/env bash
# nano bench: the engine on nanoFramework's real interpreter (nanoCLR), counted with callgrind.
# Prints one table: native instructions, managed calls and heap allocations per input, each the
# phase's count minus the empty phase's, divided by the rounds (Program.cs explains the phases).
# A benchmark, never a test: it exits 0 whatever the numbers, and says so in one line when the
# toolchain (../shared/tools/nanoclr beside the repository, or $NANOCLR_TOOLS) or valgrind is missing.
# usage: tools/NanoBench/run.sh [--hot INPUT | --calls INPUT]
#   --hot:   also the top native functions of that input's phase
#   --calls: also that input's managed calls per round by method (nanoCLR under gdb, calls.py; needs gdb)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tools="${NANOCLR_TOOLS:-$root/../shared/tools/nanoclr}"
hot=""
calls_of=""
case "${1:-}" in
  --hot) hot="${2:?--hot needs an input name (see the table)}" ;;
  --calls) calls_of="${2:?--calls needs an input name (see the table)}" ;;
esac

if [[ ! -x "$tools/bin/nanoFramework.nanoCLR.test" ]]; then
  echo "nano-bench: no nanoCLR toolchain at $tools (set NANOCLR_TOOLS); nothing measured"
  exit 0
fi
if ! command -v valgrind >/dev/null; then
  echo "nano-bench: valgrind is not installed (apt-get install valgrind); nothing measured"
  exit 0
fi
tools="$(cd "$tools" && pwd)"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/nano-bench.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

build() {
  if ! dotnet build "$here/$1" -c Release -nologo -v:q --artifacts-path "$scratch/$2" "-p:NanoClrTools=$tools/" \
      >"$scratch/$2.log" 2>&1; then
    echo "nano-bench: building $1 failed:" >&2
    grep -E 'error' "$scratch/$2.log" | sort -u >&2 || cat "$scratch/$2.log" >&2
    exit 1
  fi
}
build NanoBench.csproj nano
build NanoBench.Desktop.csproj desktop
nano_out="$scratch/nano/bin/NanoBench/release"
"$tools/nf-pe" -q "$nano_out/NanoBench.dll" >"$scratch/pe.log" 2>&1 || { cat "$scratch/pe.log" >&2; exit 1; }
# The build restored nanoFramework.CoreLibrary (PackageDownload); its mscorlib.pe is what nf-run loads.
mscorlib="${NF_MSCORLIB_DIR:-${NUGET_PACKAGES:-$HOME/.nuget/packages}/nanoframework.corelibrary/1.17.11/lib}/mscorlib.pe"

# Every call of Debugger.IsAttached (the program's phase marker) starts a new dump file.
cg="$scratch/cg"
mkdir -p "$cg"
timeout -k 5 900 valgrind --tool=callgrind --compress-strings=no --dump-before='*Debugger::get_IsAttached*' \
  --callgrind-out-file="$cg/out" "$tools/bin/nanoFramework.nanoCLR.test" "$mscorlib" "$nano_out/NanoBench.pe" \
  >"$scratch/nano.txt" 2>"$scratch/valgrind.log" || true
tr -d '\r' <"$scratch/nano.txt" >"$scratch/nano.clean"
if ! grep -q '^VERDICT: OK' "$scratch/nano.clean"; then
  echo "nano-bench: the bench program did not finish on nanoCLR:" >&2
  cat "$scratch/nano.clean" >&2
  exit 1
fi
timeout -k 5 120 dotnet "$scratch/desktop/bin/NanoBench.Desktop/release/NanoBench.Desktop.dll" >"$scratch/desktop.txt"

if diff <(grep '^out ' "$scratch/nano.clean") <(grep '^out ' "$scratch/desktop.txt") >"$scratch/transcript.diff"; then
  transcript="the engine's output on nanoCLR is byte-identical to .NET's for every input"
else
  transcript="THE ENGINE'S OUTPUT ON nanoCLR DIFFERS FROM .NET's (< nanoCLR, > .NET):"$'\n'"$(cat "$scratch/transcript.diff")"
fi

rounds="$(sed -n 's/^rounds //p' "$scratch/nano.clean")"
phases=($(sed -n 's/^phase //p' "$scratch/nano.clean"))
# Phase p (0 = the empty one) is dump 2p+2: each phase starts and ends with a marker.
counts() {
  awk '
    /^totals:/ { ir = $2 }
    /^cfn=/ { callee = substr($0, 5) }
    /^calls=/ {
      split(substr($0, 7), c, " ")
      if (callee ~ /^CLR_RT_StackFrame::Push(Inline)?\(/) calls += c[1]
      # Managed allocations: arrays, objects, boxes, strings (string literals too: ldstr allocates on nanoCLR).
      else if (callee ~ /^CLR_RT_ExecutionEngine::(ExtractHeapBlocksFor(Array|ClassOrValueTypes)|ExtractHeapBytesForObjects|NewObject(FromIndex)?)\(/) blocks += c[1]
      if (callee ~ /^CLR_RT_HeapBlock::PerformBoxing\(/) boxed += c[1]
    }
    END { printf "%d %d %d %d\n", ir, calls, blocks, boxed }' "$1"
}
read -r ir0 calls0 blocks0 boxed0 < <(counts "$cg/out.2")

goal_of() {
  case "$1" in
    pub|pub-echo|pubraw64) echo 100000 ;;
    subrecv64) echo 40000 ;;
    at) echo 20000 ;;
    *) echo "" ;;
  esac
}
describe() {
  case "$1" in
    pub) echo 'AT+MQTTPUB=0,"sensors/room1/temperature","{\"t\":21.5\,\"h\":40}",1,0' ;;
    pub-echo) echo 'the same with echo on' ;;
    pubraw64) echo 'AT+MQTTPUBRAW=0,"t",64,0,0 + 64 raw bytes' ;;
    pub-blocking) echo 'the pub line on a blocking port (worker thread and back)' ;;
    subrecv64) echo 'inbound 64 B message -> +MQTTSUBRECV' ;;
    at) echo 'AT' ;;
    conn?) echo 'AT+MQTTCONN?' ;;
    sub?) echo 'AT+MQTTSUB? (one topic)' ;;
    sub+unsub) echo 'AT+MQTTSUB=0,"a/b",1 then AT+MQTTUNSUB=0,"a/b"' ;;
    pub-badqos) echo 'AT+MQTTPUB=0,"t","x",3,0 (ERR CODE + ERROR)' ;;
    unknown) echo 'AT+NOPE (unknown command)' ;;
    part:split) echo "the pub line's parameters split on commas (ParameterList.Load)" ;;
    part:lookup) echo '+MQTTPUB found in the command table' ;;
    part:count+linkid) echo 'its parameter count and LinkID checked' ;;
    part:topic) echo 'its topic read, copied and checked for wildcards' ;;
    part:payload) echo 'its payload read, unescaped and copied' ;;
    part:delivery) echo 'its qos, retain and (omitted) timeout read' ;;
    *) echo "$1" ;;
  esac
}

echo "nanoCLR under callgrind, $rounds rounds per input; per input: (phase - empty phase) / $rounds"
echo "the fake MQTT port publishes by callback (IMqttPublishStarter), as the ESP32's M2Mqtt port does; pub-blocking: one without it"
echo "part: rows are steps of the pub line's handling measured on their own (included in its row)"
printf '| %-70s | %12s | %8s | %13s | %11s | %5s | %-12s |\n' "input (--hot name: what)" "native instr" "goal" "managed calls" "allocations" "boxed" verdict
printf '|%s|%s:|%s:|%s:|%s:|%s:|%s|\n' "$(printf -- '-%.0s' {1..72})" "$(printf -- '-%.0s' {1..13})" \
  "$(printf -- '-%.0s' {1..9})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..6})" \
  "$(printf -- '-%.0s' {1..14})"
for ((p = 1; p < ${#phases[@]}; p++)); do
  name="${phases[$p]}"
  read -r ir calls blocks boxed < <(counts "$cg/out.$((2 * p + 2))")
  per() { awk -v a="$1" -v b="$2" -v r="$rounds" 'BEGIN { printf "%.1f", (a - b) / r }'; }
  instr=$(( (ir - ir0) / rounds ))
  goal="$(goal_of "$name")"
  verdict=""
  if [[ -n "$goal" ]]; then
    if (( instr <= goal )); then verdict="meets goal"; else verdict="over goal"; fi
  fi
  printf '| %-70s | %12s | %8s | %13s | %11s | %5s | %-12s |\n' "$name: $(describe "$name")" \
    "$(printf "%'d" "$instr")" "${goal:+$(printf "%'d" "$goal")}" "$(per "$calls" "$calls0")" \
    "$(per "$blocks" "$blocks0")" "$(per "$boxed" "$boxed0")" "$verdict"
done
echo "$transcript"

if [[ -n "$hot" ]]; then
  for ((p = 1; p < ${#phases[@]}; p++)); do
    if [[ "${phases[$p]}" == "$hot" ]]; then
      echo
      echo "top native functions of phase $hot, exclusive instructions per round:"
      # Cost lines after fn= are the function's own; the one line after calls= is the callee's inclusive cost.
      awk -v r="$rounds" '
        /^fn=/ { fn = substr($0, 4); next }
        /^calls=/ { skip = 1; next }
        /^[0-9+*-]/ { if (skip) { skip = 0 } else { self[fn] += $NF }; next }
        END { for (f in self) printf "%12.0f  %s\n", self[f] / r, f }' "$cg/out.$((2 * p + 2))" \
        | sort -rn | head -25 | cut -c1-160
    fi
  done
fi

if [[ -n "$calls_of" ]]; then
  for ((p = 1; p < ${#phases[@]}; p++)); do
    if [[ "${phases[$p]}" == "$calls_of" ]]; then
      echo
      if ! command -v gdb >/dev/null; then
        echo "nano-bench: gdb is not installed (apt-get install gdb); no call counts"
        break
      fi
      echo "managed calls of phase $calls_of per round, by method (not inlined: entered through a full stack frame):"
      printf '%8s %10s  %s\n' calls "not inlined" method
      timeout -k 5 600 gdb -q -batch -ex "set \$phase = $p" -ex "set \$rounds = $rounds" -ex "set \$outfile = \"$scratch/calls.txt\"" \
        -x "$here/calls.py" --args "$tools/bin/nanoFramework.nanoCLR.test" "$mscorlib" "$nano_out/NanoBench.pe" \
        >"$scratch/gdb.log" 2>&1 || true
      if [[ -s "$scratch/calls.txt" ]]; then
        cat "$scratch/calls.txt"
      else
        echo "nano-bench: counting calls under gdb failed:" >&2
        tail -5 "$scratch/gdb.log" >&2
      fi
    fi
  done
fi
