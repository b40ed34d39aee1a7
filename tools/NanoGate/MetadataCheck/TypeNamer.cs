using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace EspAtNano.NanoGate;

/// <summary>
/// Turns metadata handles and signature blobs into readable names, and remembers every generic
/// instantiation met while decoding: a GENERICINST can sit inline in any field, method, property
/// or local signature without ever getting a TypeSpec row, so the tables alone would miss it.
/// </summary>
internal sealed class TypeNamer : ISignatureTypeProvider<string, object?>
{
    private readonly MetadataReader _md;

    public TypeNamer(MetadataReader md) => _md = md;

    public List<string> Instantiations { get; } = new();

    public string TypeName(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => DefinitionName((TypeDefinitionHandle)handle),
        HandleKind.TypeReference => ReferenceName((TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => GetTypeFromSpecification(_md, null, (TypeSpecificationHandle)handle, 0),
        _ => handle.Kind.ToString(),
    };

    public string DefinitionName(TypeDefinitionHandle handle)
    {
        var type = _md.GetTypeDefinition(handle);
        var name = _md.GetString(type.Name);
        var outer = type.GetDeclaringType();
        if (!outer.IsNil)
            return DefinitionName(outer) + "+" + name;
        var ns = _md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public string ReferenceName(TypeReferenceHandle handle)
    {
        var type = _md.GetTypeReference(handle);
        var name = _md.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return ReferenceName((TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        var ns = _md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public string MethodName(MethodDefinitionHandle handle)
    {
        var method = _md.GetMethodDefinition(handle);
        return DefinitionName(method.GetDeclaringType()) + "." + _md.GetString(method.Name);
    }

    public string MemberName(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                return MethodName((MethodDefinitionHandle)handle);
            case HandleKind.MemberReference:
                var member = _md.GetMemberReference((MemberReferenceHandle)handle);
                var parent = member.Parent.Kind == HandleKind.MethodDefinition
                    ? MethodName((MethodDefinitionHandle)member.Parent)
                    : TypeName(member.Parent);
                return parent + "." + _md.GetString(member.Name);
            default:
                return handle.Kind.ToString();
        }
    }

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
    {
        var name = genericType + "<" + string.Join(",", typeArguments) + ">";
        Instantiations.Add(name);
        return name;
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => DefinitionName(handle);
    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => ReferenceName(handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";
    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";
    public string GetByReferenceType(string elementType) => elementType + "&";
    public string GetPointerType(string elementType) => elementType + "*";
    public string GetPinnedType(string elementType) => elementType;
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        "delegate*<" + string.Join(",", signature.ParameterTypes.Append(signature.ReturnType)) + ">";
}
