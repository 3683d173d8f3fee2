using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary><c>x [NOT] LIKE | ILIKE p [ESCAPE e]</c> on text; NULL when any operand is NULL.</summary>
internal sealed record BoundLike(
    BoundExpression Operand, BoundExpression Pattern, BoundExpression? Escape, bool CaseInsensitive, bool Negated, Location Location)
    : BoundExpression
{
    private const int DefaultEscape = '\\';

    public override SqlType Type => SqlType.Boolean;

    public override IEnumerable<BoundExpression> Children => Escape is null ? [Operand, Pattern] : [Operand, Pattern, Escape];

    public override SqlValue Evaluate(RowContext row)
    {
        if (Operand.Evaluate(row) is not SqlText text || Pattern.Evaluate(row) is not SqlText pattern)
        {
            return SqlValue.Null;
        }

        int? escape = DefaultEscape;
        if (Escape is not null)
        {
            if (Escape.Evaluate(row) is not SqlText escapeText)
            {
                return SqlValue.Null;
            }

            escape = LikePattern.Escape(escapeText.Value, Location.Span);
        }

        // A constant pattern is compiled once per evaluation of the query, not once per row.
        var compiled = Pattern is BoundLiteral && Escape is null or BoundLiteral
            ? row.Execution.Memo(this, (pattern.Value, escape, CaseInsensitive), static p => LikePattern.Compile(p.Value, p.escape, p.CaseInsensitive))
            : LikePattern.Compile(pattern.Value, escape, CaseInsensitive);
        return SqlBool.From(compiled.Matches(text.Value, Location.Span) != Negated);
    }

    /// <summary>
    /// The pattern when it and the escape are constants (the same whatever the row), compiled as each row
    /// would compile it; null otherwise, and when the escape is invalid (each row's evaluation reports it).
    /// </summary>
    public LikePattern? ConstantPattern()
    {
        int? escape = DefaultEscape;
        return Pattern is BoundLiteral { Value: SqlText pattern }
               && (Escape is null || (Escape is BoundLiteral { Value: SqlText text } && LikePattern.TryEscape(text.Value, out escape)))
            ? LikePattern.Compile(pattern.Value, escape, CaseInsensitive)
            : null;
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        this with { Operand = map(Operand), Pattern = map(Pattern), Escape = Escape is null ? null : map(Escape) };
}
