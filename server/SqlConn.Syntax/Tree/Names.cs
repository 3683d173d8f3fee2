using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary>
/// An identifier. <see cref="Value"/> is folded to lower case unless the identifier was quoted.
/// A missing identifier (after a syntax error) has an empty value and an empty span.
/// </summary>
public sealed record Identifier(string Value, bool IsQuoted, TextSpan Span) : SyntaxNode(Span)
{
    public bool IsMissing => Value.Length == 0 && !IsQuoted;

    public static Identifier Missing(int position) => new(string.Empty, false, new TextSpan(position, 0));

    public override string ToString() => Value;
}

/// <summary>
/// A possibly qualified name: <c>[database.][schema.]item</c> (the parser accepts any number of
/// parts; the engine checks the count). <see cref="InternalId"/> is set for the catalog-serialised
/// form <c>[u1 AS materialize.public.c]</c>.
/// </summary>
public sealed record ObjectName(ImmutableArray<Identifier> Parts, TextSpan Span, string? InternalId = null) : SyntaxNode(Span)
{
    public Identifier Last => Parts.IsEmpty ? Identifier.Missing(Span.Start) : Parts[^1];

    public bool IsMissing => Parts.IsEmpty || Parts.All(p => p.IsMissing);

    public static ObjectName Missing(int position) => new([], new TextSpan(position, 0));

    public static ObjectName Of(Identifier identifier) => new([identifier], identifier.Span);

    /// <summary>The dotted name as written, e.g. <c>materialize.public.kafka</c>.</summary>
    public override string ToString() => string.Join('.', Parts.Select(p => p.Value));
}
