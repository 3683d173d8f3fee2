using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Expressions;

internal enum SubqueryKind
{
    /// <summary><c>(SELECT x ...)</c>: the one value, NULL without rows.</summary>
    Scalar,

    /// <summary><c>EXISTS (SELECT ...)</c>.</summary>
    Exists,

    /// <summary><c>x [NOT] IN (SELECT y ...)</c>.</summary>
    In,

    /// <summary><c>ARRAY(SELECT x ...)</c>.</summary>
    Array,
}

/// <summary>
/// A subquery used as a value. An uncorrelated one (it reads no column of an enclosing query) runs
/// once per evaluation; a correlated one runs for each row. Two subqueries are equal only when they
/// are the same node.
/// </summary>
internal sealed record BoundSubquery(
    SubqueryKind Kind, Plan Plan, bool Correlated, BoundExpression? Operand, bool Negated, SqlType ResultType, Location Location)
    : BoundExpression
{
    public override SqlType Type => ResultType;

    public override IEnumerable<BoundExpression> Children => Operand is null ? [] : [Operand];

    public bool Equals(BoundSubquery? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public override SqlValue Evaluate(RowContext row)
    {
        if (Kind == SubqueryKind.In)
        {
            var value = Operand?.Evaluate(row) ?? SqlValue.Null;
            var set = Correlated ? InSet.Of(Rows(row)) : row.Execution.Memo(this, (Subquery: this, row), static s => InSet.Of(s.Subquery.Rows(s.row)));
            return set.Contains(value) switch
            {
                true => SqlBool.From(!Negated),
                false => SqlBool.From(Negated),
                null => SqlValue.Null,
            };
        }

        var rows = Correlated ? Rows(row) : row.Execution.Memo(this, (Subquery: this, row), static s => s.Subquery.Rows(s.row));
        return Kind switch
        {
            SubqueryKind.Exists => SqlBool.From(rows.Count > 0),
            SubqueryKind.Array => new SqlArray([.. rows.Select(r => r[0])]),
            _ when rows.Count > 1 => throw QueryErrors.SubqueryRows(Location.Span),
            _ => rows.Count == 0 ? SqlValue.Null : rows[0][0],
        };
    }

    public override BoundExpression MapChildren(Func<BoundExpression, BoundExpression> map) =>
        Operand is null ? this : this with { Operand = map(Operand) };

    private IReadOnlyList<ImmutableArray<SqlValue>> Rows(RowContext row) => Plan.Execute(row.Execution, row);

    /// <summary>
    /// The values of an IN subquery, hashed. Like <see cref="BoundInList"/>: true on a match, else NULL
    /// if the value or any row is NULL (unless there are no rows), else false.
    /// </summary>
    private sealed class InSet(HashSet<SqlValue> values, bool hasNull)
    {
        public static InSet Of(IReadOnlyList<ImmutableArray<SqlValue>> rows) =>
            new([.. rows.Select(r => r[0]).Where(v => !v.IsNull)], rows.Any(r => r[0].IsNull));

        public bool? Contains(SqlValue value) =>
            values.Count == 0 && !hasNull ? false
            : !value.IsNull && values.Contains(value) ? true
            : value.IsNull || hasNull ? null
            : false;
    }
}
