using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace EspAtNano.NanoGate;

/// <summary>
/// Second half of the nano gate. Compiling against nanoFramework's mscorlib already proves that
/// every API used exists, but not that the stable nanoFramework runtime can run it: mscorlib
/// 1.17.11 declares Action&lt;T&gt;, Func&lt;..&gt; and EventHandler&lt;T&gt;, and csc accepts any generic
/// code we declare ourselves, while generics are only supported by nanoFramework's preview
/// runtime and toolchain. So this reads the compiled assembly's tables and names every generic
/// declaration or instantiation, foreign assembly and denied type.
/// </summary>
internal static class Program
{
    private static readonly string[] DeniedTypes =
    {
        "System.Text.StringBuilder",
        "System.Text.Encoding",
        "System.Collections.Hashtable",
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
        "System.Runtime.CompilerServices.IAsyncStateMachine",
    };

    private static readonly string[] DeniedNamespaces = { "System.Linq", "System.Threading.Tasks" };

    // Operand sizes come from the runtime's own opcode table rather than a hand-kept copy.
    private static readonly Dictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(op => (ushort)op.Value, op => op.OperandType);

    private static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: MetadataCheck <assembly.dll>");
            return 2;
        }

        using var stream = File.OpenRead(args[0]);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var check = new Check(md, pe);
        var offences = check.Run();

        foreach (var line in offences)
            Console.WriteLine("nano-gate: FAIL " + line);
        if (offences.Count > 0)
        {
            Console.WriteLine($"nano-gate: {offences.Count} offence(s) in {Path.GetFileName(args[0])}");
            return 1;
        }

        var types = md.TypeDefinitions.Count(h => md.GetString(md.GetTypeDefinition(h).Name) != "<Module>");
        Console.WriteLine($"nano-gate: OK — {types} types, {md.MethodDefinitions.Count} methods, no generics, mscorlib only");
        return 0;
    }

    private sealed class Check
    {
        private readonly MetadataReader _md;
        private readonly PEReader _pe;
        private readonly TypeNamer _namer;

        // Each offence found in the tables, with the places that use it.
        private readonly Dictionary<string, SortedSet<string>> _offences = new();

        // Offences keyed by the metadata row IL would name; a use is attributed along the
        // MethodSpec -> MemberRef -> parent chain, so List<int>.Add reports List<int>.
        private readonly Dictionary<EntityHandle, List<string>> _watched = new();

        public Check(MetadataReader md, PEReader pe)
        {
            _md = md;
            _pe = pe;
            _namer = new TypeNamer(md);
        }

        public List<string> Run()
        {
            DeclaredGenerics();
            GenericMethodInstantiations();
            GenericTypeInstantiations();
            AssemblyReferences();
            DeniedTypeReferences();
            ScanMembersAndBodies();

            return _offences.Select(o => o.Key + Places(o.Value)).ToList();
        }

        private static string Places(SortedSet<string> places)
        {
            const int shown = 6;
            if (places.Count == 0)
                return "";
            var more = places.Count > shown ? $", +{places.Count - shown} more" : "";
            return " (in " + string.Join(", ", places.Take(shown)) + more + ")";
        }

        private void Watch(EntityHandle handle, string offence)
        {
            if (!_watched.TryGetValue(handle, out var offences))
                _watched[handle] = offences = new List<string>();
            if (!offences.Contains(offence))
                offences.Add(offence);
        }

        private void RecordUse(EntityHandle handle, string where)
        {
            while (!handle.IsNil)
            {
                if (_watched.TryGetValue(handle, out var offences))
                    foreach (var offence in offences)
                        Add(offence, where);
                handle = handle.Kind switch
                {
                    HandleKind.MethodSpecification => _md.GetMethodSpecification((MethodSpecificationHandle)handle).Method,
                    HandleKind.MemberReference => _md.GetMemberReference((MemberReferenceHandle)handle).Parent,
                    _ => default,
                };
            }
        }

        private void Add(string offence, string? where = null)
        {
            if (!_offences.TryGetValue(offence, out var places))
                _offences[offence] = places = new SortedSet<string>(StringComparer.Ordinal);
            if (where != null)
                places.Add(where);
        }

        private void DeclaredGenerics()
        {
            var byOwner = new Dictionary<EntityHandle, List<string>>();
            for (var row = 1; row <= _md.GetTableRowCount(TableIndex.GenericParam); row++)
            {
                var param = _md.GetGenericParameter(MetadataTokens.GenericParameterHandle(row));
                if (!byOwner.TryGetValue(param.Parent, out var names))
                    byOwner[param.Parent] = names = new List<string>();
                names.Add(_md.GetString(param.Name));
            }

            foreach (var (owner, names) in byOwner)
            {
                var kind = owner.Kind == HandleKind.TypeDefinition ? "type" : "method";
                var name = owner.Kind == HandleKind.TypeDefinition
                    ? _namer.DefinitionName((TypeDefinitionHandle)owner)
                    : _namer.MethodName((MethodDefinitionHandle)owner);
                Add($"generic {kind} declared: {name}<{string.Join(",", names)}>");
            }
        }

        private void GenericMethodInstantiations()
        {
            for (var row = 1; row <= _md.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                var handle = MetadataTokens.MethodSpecificationHandle(row);
                var spec = _md.GetMethodSpecification(handle);
                var args = spec.DecodeSignature(_namer, null);
                var offence = $"generic method instantiated: {_namer.MemberName(spec.Method)}<{string.Join(",", args)}>";
                Add(offence);
                Watch(handle, offence);
            }
        }

        private void GenericTypeInstantiations()
        {
            for (var row = 1; row <= _md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                var handle = MetadataTokens.TypeSpecificationHandle(row);
                _namer.Instantiations.Clear();
                var name = _namer.TypeName(handle);
                if (_namer.Instantiations.Count == 0 || IsOpen(name))
                    continue;
                var offence = "generic type instantiated: " + name;
                Add(offence);
                Watch(handle, offence);
            }
        }

        // An instantiation over a type parameter (!0, !!0) only exists inside a generic
        // declaration or generic call, which is reported on its own, closed, line.
        private static bool IsOpen(string instantiation) => instantiation.Contains('!');

        private void AssemblyReferences()
        {
            foreach (var handle in _md.AssemblyReferences)
            {
                var name = _md.GetAssemblyReference(handle).GetAssemblyName();
                if (name.Name != "mscorlib")
                    Add($"assembly reference other than mscorlib: {name.Name} {name.Version}");
            }
        }

        private void DeniedTypeReferences()
        {
            foreach (var handle in _md.TypeReferences)
            {
                var name = _namer.ReferenceName(handle);
                var ns = _md.GetString(_md.GetTypeReference(handle).Namespace);
                if (!DeniedTypes.Contains(name) && !DeniedNamespaces.Any(d => ns == d || ns.StartsWith(d + ".", StringComparison.Ordinal)))
                    continue;
                var offence = "denied type referenced: " + name;
                Add(offence);
                Watch(handle, offence);
            }
        }

        private void ScanMembersAndBodies()
        {
            // A MemberRef whose own signature mentions an instantiation is only an offence once
            // some IL calls it, so it is watched rather than reported; watching must precede IL.
            foreach (var handle in _md.MemberReferences)
            {
                var member = _md.GetMemberReference(handle);
                if (member.GetKind() == MemberReferenceKind.Method)
                    FlagSignature(() => member.DecodeMethodSignature(_namer, null), null, handle);
                else
                    FlagSignature(() => member.DecodeFieldSignature(_namer, null), null, handle);
            }

            foreach (var typeHandle in _md.TypeDefinitions)
            {
                var type = _md.GetTypeDefinition(typeHandle);
                var typeName = _namer.DefinitionName(typeHandle);

                if (!type.BaseType.IsNil)
                    FlagSignature(() => _namer.TypeName(type.BaseType), "base type of " + typeName);
                foreach (var impl in type.GetInterfaceImplementations())
                    FlagSignature(() => _namer.TypeName(_md.GetInterfaceImplementation(impl).Interface), "interface of " + typeName);
                foreach (var field in type.GetFields())
                {
                    var def = _md.GetFieldDefinition(field);
                    FlagSignature(() => def.DecodeSignature(_namer, null), $"field {typeName}.{_md.GetString(def.Name)}");
                }
                foreach (var property in type.GetProperties())
                {
                    var def = _md.GetPropertyDefinition(property);
                    FlagSignature(() => def.DecodeSignature(_namer, null), $"property {typeName}.{_md.GetString(def.Name)}");
                }
                foreach (var methodHandle in type.GetMethods())
                    ScanMethod(methodHandle);
            }
        }

        private void ScanMethod(MethodDefinitionHandle handle)
        {
            var method = _md.GetMethodDefinition(handle);
            var name = _namer.MethodName(handle);
            FlagSignature(() => method.DecodeSignature(_namer, null), "signature of " + name);
            if (method.RelativeVirtualAddress == 0)
                return;

            var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                var locals = _md.GetStandaloneSignature(body.LocalSignature);
                FlagSignature(() => locals.DecodeLocalSignature(_namer, null), "locals of " + name);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                ushort code = il.ReadByte();
                if (code == 0xFE)
                    code = (ushort)(0xFE00 | il.ReadByte());
                switch (Operands[code])
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.ReadByte();
                        break;
                    case OperandType.InlineVar:
                        il.ReadUInt16();
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.ShortInlineR:
                        il.ReadInt32();
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.ReadInt64();
                        break;
                    case OperandType.InlineSwitch:
                        // Read the count first: "il.Offset += 4 * il.ReadInt32()" would take Offset before the count moved it.
                        int targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    default: // every remaining operand kind is a metadata token
                        var token = il.ReadInt32();
                        if ((token >> 24) != 0x70) // user strings are not table rows
                            RecordUse(MetadataTokens.EntityHandle(token), name);
                        break;
                }
            }
        }

        /// <summary>
        /// Decodes one signature and reports each closed generic instantiation in it, either at
        /// once at <paramref name="where"/>, or wherever IL later names <paramref name="watch"/>.
        /// </summary>
        private void FlagSignature(Action decode, string? where, EntityHandle watch = default)
        {
            _namer.Instantiations.Clear();
            decode();
            foreach (var instantiation in _namer.Instantiations.Where(i => !IsOpen(i)).Distinct().ToList())
            {
                var offence = "generic type instantiated: " + instantiation;
                if (watch.IsNil)
                    Add(offence, where);
                else
                    Watch(watch, offence);
            }
        }
    }
}
