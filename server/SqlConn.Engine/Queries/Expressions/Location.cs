using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>
/// Where a bound expression was written, for error messages. It takes no part in equality, so that
/// <c>lower(name)</c> in the select list equals <c>lower(name)</c> in GROUP BY.
/// </summary>
internal readonly record struct Location(TextSpan Span)
{
    public bool Equals(Location other) => true;

    public override int GetHashCode() => 0;
}
