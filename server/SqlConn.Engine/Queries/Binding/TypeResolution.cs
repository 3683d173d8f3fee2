using SqlConn.Engine.Queries.Expressions;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>The cast target a written type name means, with its PostgreSQL aliases.</summary>
internal static class TypeResolution
{
    /// <summary>
    /// The target, or the unsupported feature it needs (<c>type numeric</c>); throws for a type that
    /// does not exist.
    /// </summary>
    public static (CastTarget? Target, string? Unsupported) Resolve(TypeName type)
    {
        var parts = type.Name.Parts;
        var name = type.Name.Last.Value;
        if (parts.Length > 1 && parts[^2].Value is not ("pg_catalog" or "mz_catalog"))
        {
            return (null, $"type {type.Name}");
        }

        var scalar = name switch
        {
            "text" or "varchar" or "string" or "name" => CastTarget.Text,
            "int" or "integer" or "int4" => CastTarget.Integer,
            "bigint" or "int8" => CastTarget.BigInt,
            "smallint" or "int2" => CastTarget.SmallInt,
            "bool" or "boolean" => CastTarget.Boolean,
            "oid" => CastTarget.Oid,
            "jsonb" => CastTarget.Jsonb,
            _ => null,
        };
        if (scalar is null)
        {
            return KnownNames.IsType(name) ? (null, $"type {name}") : throw QueryErrors.UnknownTypeError(type.Name.ToString(), type.Span);
        }

        return type switch
        {
            { Modifiers.IsEmpty: false } => (null, "type modifiers"),
            { ArrayDimensions: 0 } => (scalar, null),
            { ArrayDimensions: 1 } when scalar == CastTarget.Text => (CastTarget.TextArray, null),
            _ => (null, $"type {scalar.Name}[]"),
        };
    }
}
