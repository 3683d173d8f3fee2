using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public enum StringLiteralKind
{
    /// <summary><c>'...'</c></summary>
    Standard,

    /// <summary><c>E'...'</c> with backslash escapes.</summary>
    Escape,

    /// <summary><c>$$...$$</c> or <c>$tag$...$tag$</c>.</summary>
    Dollar,
}

/// <summary>
/// A string literal with its decoded <see cref="Value"/>. The kind (and the dollar tag) is kept so
/// that the printer writes it back the way it was written.
/// </summary>
public sealed record StringLiteral(string Value, StringLiteralKind Kind, TextSpan Span, string DollarTag = "") : SyntaxNode(Span)
{
    public static StringLiteral Missing(int position) => new(string.Empty, StringLiteralKind.Standard, new TextSpan(position, 0));
}
