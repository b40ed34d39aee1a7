#!/usr/bin/env bash
# Proves the nano gate both passes nano-safe code and catches each kind of offence, by running
# run-gate.sh on tiny engine dirs written here.
# usage: tools/NanoGate/selftest.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/nano-gate-selftest.XXXXXX")"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

# expect NAME pass|fail TEXT...: the gate on $work/NAME must exit as told and print every TEXT.
expect() {
  local name="$1" outcome="$2" output rc=0 ok=1 text
  shift 2
  output="$("$here/run-gate.sh" "$work/$name" 2>&1)" || rc=$?
  if [[ "$outcome" == pass && $rc -ne 0 ]] || [[ "$outcome" == fail && $rc -eq 0 ]]; then ok=0; fi
  for text in "$@"; do
    grep -qF -- "$text" <<<"$output" || ok=0
  done
  local texts
  texts="$(printf '"%s" ' "$@")"
  if [[ $ok -eq 1 ]]; then
    passed=$((passed + 1))
    echo "nano-gate-selftest: ok   $name (expected $outcome, exit $rc, saw ${texts% })"
  else
    failed=$((failed + 1))
    echo "nano-gate-selftest: FAIL $name (expected $outcome naming ${texts% }; exit $rc):"
    sed 's/^/    /' <<<"$output"
  fi
}

sample() {
  mkdir -p "$work/$1"
  cat >"$work/$1/Sample.cs"
}

sample a-clean <<'EOF'
using System;
using System.Collections;
using System.Threading;

namespace Sample
{
    public sealed class Worker
    {
        private static readonly byte[] Prefix = { 0x41, 0x54, 0x2B, 0x47, 0x4D, 0x52, 0x0D, 0x0A };
        private readonly object _sync = new object();
        private readonly ArrayList _lines = new ArrayList();
        private Thread _thread;

        public string Handle(string line, byte[] payload)
        {
            lock (_sync)
            {
                _lines.Add(line);
                var frame = new byte[Prefix.Length + payload.Length];
                Array.Copy(Prefix, frame, Prefix.Length);
                Array.Copy(payload, 0, frame, Prefix.Length, payload.Length);
                frame[frame.Length - 1] ^= 0xFF;
                string joined = "";
                foreach (object o in _lines)
                    joined = joined + o + ",";
                return joined + " len=" + frame.Length;
            }
        }

        public void Start()
        {
            _thread = new Thread(Loop);
            _thread.Start();
        }

        private void Loop()
        {
            Thread.Sleep(10);
        }
    }
}
EOF

sample b-generic-type <<'EOF'
namespace Sample
{
    public class Box<T>
    {
    }
}
EOF

# nanoFramework mscorlib 1.17.11 declares generic types (Action<T>, Func<..>, EventHandler<T>)
# but no generic method, so the generic-method case has to declare its own.
sample c-generic-method <<'EOF'
namespace Sample
{
    public static class Util
    {
        public static T FirstOf<T>(T[] items) { return items[0]; }

        public static int Use() { return FirstOf(new[] { 1, 2 }); }
    }
}
EOF

# nanoFramework keeps StringBuilder outside mscorlib, so even System.Text is missing. The field
# makes csc name StringBuilder itself: it reports declaration errors, not body ones, once the
# using directive has failed.
sample d-stringbuilder <<'EOF'
using System.Text;

namespace Sample
{
    public sealed class Reply
    {
        private readonly StringBuilder _buffer = new StringBuilder();

        public string Build() { return _buffer.Append("AT").ToString(); }
    }
}
EOF

sample e-mscorlib-generic-type <<'EOF'
using System;

namespace Sample
{
    public static class Callbacks
    {
        public static void Run() { Action<int> done = n => { }; done(1); }
    }
}
EOF

sample f-volatile <<'EOF'
namespace Sample
{
    public class Flags
    {
        public volatile bool Busy;
    }
}
EOF

expect a-clean pass "nano-gate: OK"
expect b-generic-type fail "generic type declared: Sample.Box\`1<T>"
expect c-generic-method fail "generic method declared: Sample.Util.FirstOf<T>" \
  "generic method instantiated: Sample.Util.FirstOf<Int32> (in Sample.Util.Use)"
expect d-stringbuilder fail "nano-gate: the engine does not compile against nanoFramework mscorlib 1.17.11" \
  "error CS0246: The type or namespace name 'StringBuilder'"
expect e-mscorlib-generic-type fail "generic type instantiated: System.Action\`1<Int32> (in Sample.Callbacks.Run"
expect f-volatile fail "IsVolatile"

# Alone on its line in this form so CI's result reader counts it.
echo "nano-gate-selftest: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
