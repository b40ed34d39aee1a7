# gdb script for run.sh --calls: counts the managed calls of one bench phase by method, on nanoCLR.
# The interpreter enters every managed call through CLR_RT_StackFrame::PushInline (which inlines
# small methods) and, when it does not inline, CLR_RT_StackFrame::Push; both take the method's
# CLR_RT_MethodDef_Instance, whose first word is its index. The breakpoints are enabled only
# inside the phase (between its two Debugger.IsAttached markers), and the names are resolved at
# its end with the runtime's own CLR_RT_TypeSystem::BuildMethodName.
# Inputs (gdb convenience variables): $phase (1 = the first input), $rounds, $outfile.
import collections
import gdb

phase = int(gdb.parse_and_eval("$phase"))
first_marker = 2 * phase + 1
markers = [0]
inline = collections.Counter()
full = collections.Counter()


class Entry(gdb.Breakpoint):
    def __init__(self, spec, register, counter):
        super().__init__(spec, internal=True)
        self.enabled = False
        self.register = register
        self.counter = counter

    def stop(self):
        instance = int(gdb.parse_and_eval("$" + self.register))
        self.counter[int(gdb.parse_and_eval("*(unsigned int*)%d" % instance))] += 1
        return False


class Marker(gdb.Breakpoint):
    def stop(self):
        markers[0] += 1
        counting = markers[0] == first_marker
        for entry in entries:
            entry.enabled = counting
        return markers[0] == first_marker + 1


gdb.execute("set breakpoint pending on")
gdb.execute("set pagination off")
# Push is static (thread, instance, extra blocks): the instance is the second argument (rsi);
# PushInline is a member (this, ip, assembly, evalPos, instance, this pointer): the fifth (r8).
entries = [
    Entry("'CLR_RT_StackFrame::PushInline(unsigned char const*&, CLR_RT_Assembly*&, CLR_RT_HeapBlock*&, CLR_RT_MethodDef_Instance&, CLR_RT_HeapBlock*)'", "r8", inline),
    Entry("'CLR_RT_StackFrame::Push(CLR_RT_Thread*, CLR_RT_MethodDef_Instance const&, int)'", "rsi", full),
]
Marker("'Library_corlib_native_System_Diagnostics_Debugger::get_IsAttached___STATIC__BOOLEAN(CLR_RT_StackFrame&)'", internal=True)
gdb.execute("run")

buffer = int(gdb.parse_and_eval("(unsigned long)malloc(512)"))
cell = int(gdb.parse_and_eval("(unsigned long)malloc(32)"))
build = "'CLR_RT_TypeSystem::BuildMethodName(CLR_RT_MethodDef_Index const&, char*&, unsigned long&)'"
rounds = float(gdb.parse_and_eval("$rounds"))
rows = []
for index in set(inline) | set(full):
    gdb.execute("set *(unsigned int*)%d = %d" % (cell, index), to_string=True)
    gdb.execute("set *(unsigned long*)%d = %d" % (cell + 8, buffer), to_string=True)
    gdb.execute("set *(unsigned long*)%d = 500" % (cell + 16), to_string=True)
    gdb.execute("call (int)((int(*)(void*,void*,void*,void*))%s)(&g_CLR_RT_TypeSystem, (void*)%d, (void*)%d, (void*)%d)"
                % (build, cell, cell + 8, cell + 16), to_string=True)
    name = gdb.parse_and_eval("(char*)%d" % buffer).string()
    rows.append((inline[index] / rounds, full[index] / rounds, name))
with open(gdb.parse_and_eval("$outfile").string(), "w") as out:
    for row in sorted(rows, key=lambda r: (-r[0], -r[1], r[2])):
        # The phase markers themselves run once per phase, not per round.
        if row[0] >= 0.5:
            out.write("%8.1f %10.1f  %s\n" % row)
gdb.execute("kill")
