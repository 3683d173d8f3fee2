using System.Collections.Immutable;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>
/// The legend the server announces, and the index of a token's type in it. Standard LSP names, so that
/// every theme colours them: an option is a property; the names of objects get one type per kind (a
/// secret a variable, a connection a class, a source a struct, a sink an event, a role a type, a cluster
/// a namespace, an external connection an interface).
/// </summary>
public static class SemanticTokensLegend
{
    private static readonly ImmutableArray<string> Lexical = ["keyword", "property", "string", "number", "comment", "operator"];

    private static readonly ImmutableDictionary<SymbolKind, string> Objects = new Dictionary<SymbolKind, string>
    {
        [SymbolKind.Secret] = "variable",
        [SymbolKind.Connection] = "class",
        [SymbolKind.Source] = "struct",
        [SymbolKind.Sink] = "event",
        [SymbolKind.Role] = "type",
        [SymbolKind.Cluster] = "namespace",
        [SymbolKind.ExternalConnection] = "interface",
    }.ToImmutableDictionary();

    public static ImmutableArray<string> TokenTypes { get; } = [.. Lexical, .. Enum.GetValues<SymbolKind>().Select(k => Objects[k])];

    /// <summary>The names of the modifier bits, lowest first.</summary>
    public static ImmutableArray<string> TokenModifiers { get; } = ["declaration"];

    /// <summary>The index in <see cref="TokenTypes"/> of a token's type.</summary>
    public static int TypeIndex(SemanticToken token) => token.Type switch
    {
        SemanticTokenType.Keyword => 0,
        SemanticTokenType.Option => 1,
        SemanticTokenType.String => 2,
        SemanticTokenType.Number => 3,
        SemanticTokenType.Comment => 4,
        SemanticTokenType.Operator => 5,
        _ => Lexical.Length + (int)(token.ObjectKind ?? SymbolKind.Secret),
    };
}
