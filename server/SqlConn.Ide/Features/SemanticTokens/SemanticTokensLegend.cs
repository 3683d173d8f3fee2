using System.Collections.Immutable;

namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>
/// The legend the server announces: the LSP token type name of each <see cref="SemanticTokenType"/> (by
/// its value as index) and of each modifier bit. Standard names, so that every theme colours them: an
/// option is a property, a secret a variable, a connection a class, a source and a sink structs and
/// events, a role a type, a cluster a namespace.
/// </summary>
public static class SemanticTokensLegend
{
    public static ImmutableArray<string> TokenTypes { get; } =
        ["keyword", "property", "variable", "class", "struct", "event", "type", "namespace", "string", "number", "comment", "operator"];

    public static ImmutableArray<string> TokenModifiers { get; } = ["declaration"];
}
