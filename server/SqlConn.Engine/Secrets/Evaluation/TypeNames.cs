using System.Collections.Immutable;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Secrets.Evaluation;

/// <summary>The type names a cast in a secret value may use, optionally qualified with <c>pg_catalog</c>.</summary>
internal static class TypeNames
{
    private static readonly ImmutableDictionary<string, ExpressionType> Types = new Dictionary<string, ExpressionType>
    {
        ["bytea"] = ExpressionType.Bytea,
        ["text"] = ExpressionType.Text,
        ["string"] = ExpressionType.Text,
        ["int"] = ExpressionType.Integer,
        ["int4"] = ExpressionType.Integer,
        ["integer"] = ExpressionType.Integer,
        ["int8"] = ExpressionType.BigInt,
        ["bigint"] = ExpressionType.BigInt,
        ["numeric"] = ExpressionType.Numeric,
        ["decimal"] = ExpressionType.Numeric,
        ["bool"] = ExpressionType.Boolean,
        ["boolean"] = ExpressionType.Boolean,
    }.ToImmutableDictionary();

    /// <summary>The types SqlConn evaluates, for messages: <c>bigint, boolean, ... and text</c>.</summary>
    public static string Supported { get; } = EnglishList.Of(Types.Values.Select(t => t.Name));

    /// <summary>The type a name denotes (an array type for <c>text[]</c>), or null when SqlConn does not know it.</summary>
    public static ExpressionType? Resolve(TypeName name)
    {
        var parts = name.Name.Parts;
        if (parts.Length is not (1 or 2) || (parts.Length == 2 && parts[0].Value != "pg_catalog")
            || !Types.TryGetValue(parts[^1].Value, out var type))
        {
            return null;
        }

        for (var i = 0; i < name.ArrayDimensions; i++)
        {
            type = ExpressionType.ArrayOf(type);
        }

        return type;
    }
}
