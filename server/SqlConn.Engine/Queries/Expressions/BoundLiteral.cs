using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

/// <summary>A constant of a known type (a number, TRUE, a session value, a coerced string).</summary>
internal sealed record BoundLiteral(SqlValue Value, SqlType LiteralType) : BoundLeaf
{
    public override SqlType Type => LiteralType;

    public override SqlValue Evaluate(RowContext row) => Value;
}

/// <summary>
/// A quoted string or NULL whose type is still open: PostgreSQL gives it the type of the other
/// operand (<c>oid = '5'</c> compares oids), and text when nothing decides.
/// </summary>
internal sealed record BoundUntypedLiteral(string? Text, Location Location) : BoundLeaf
{
    public override SqlType Type => SqlType.Text;

    public override SqlValue Evaluate(RowContext row) => SqlValue.Of(Text);
}
