using SqlConn.Syntax;

namespace SqlConn.Ide.Tokens;

/// <summary>The value an identifier token denotes, as SQL reads it.</summary>
public static class IdentifierText
{
    /// <summary><c>Foo</c> → <c>foo</c>; <c>"My ""Name"""</c> → <c>My "Name"</c>.</summary>
    public static string Value(SyntaxTokenKind kind, string text) =>
        kind == SyntaxTokenKind.QuotedIdentifier && text.Length >= 2
            ? text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : text.ToLowerInvariant();
}
