using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public enum ShowObjectsKind
{
    Connections,
    Secrets,
}

/// <summary><c>SHOW CONNECTIONS | SECRETS [FROM schema] [LIKE 'p' | WHERE expr]</c>.</summary>
public sealed record ShowObjectsStatement(ShowObjectsKind Kind, ObjectName? From, ShowFilter? Filter, TextSpan Span) : Statement(Span);

public abstract record ShowFilter(TextSpan Span) : SyntaxNode(Span);

public sealed record LikeShowFilter(StringLiteral Pattern, TextSpan Span) : ShowFilter(Span);

public sealed record WhereShowFilter(Expression Condition, TextSpan Span) : ShowFilter(Span);

public sealed record ShowCreateConnectionStatement(bool Redacted, ObjectName Name, TextSpan Span) : Statement(Span);
