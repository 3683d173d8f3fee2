using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>
/// The rows of a scan whose <see cref="PrefixIndex.Column"/> starts with <see cref="Prefix"/>, read through
/// the relation's prefix index: the candidates of a <c>LIKE 'prefix%'</c>, which the filter above still checks.
/// </summary>
internal sealed record PrefixScanPlan(ScanPlan Scan, PrefixIndex Index, string Prefix) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        Index.Read(Prefix, Scan.ColumnsRead(execution), null);

    /// <summary>The candidates <paramref name="keep"/> accepts: a computed relation builds no other row.</summary>
    public IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowFilter keep) =>
        Index.Read(Prefix, Scan.ColumnsRead(execution), keep);

    /// <summary>
    /// <paramref name="scan"/> narrowed to the rows that can satisfy the first of <paramref name="conjuncts"/> of
    /// the form <c>column LIKE 'prefix...'</c> on the relation's prefix column; the scan itself when there is none.
    /// A text that lacks the pattern's literal prefix matches neither the pattern nor reaches its end (a dangling
    /// escape), so the filter over the narrowed scan keeps the same rows.
    /// </summary>
    public static Plan Over(ScanPlan scan, IEnumerable<BoundExpression> conjuncts)
    {
        if (scan.Relation.PrefixIndex is not { } index)
        {
            return scan;
        }

        foreach (var conjunct in conjuncts)
        {
            if (LiteralPrefix(conjunct, index.Column) is { Length: > 0 } prefix)
            {
                return new PrefixScanPlan(scan, index, prefix);
            }
        }

        return scan;
    }

    /// <summary>
    /// The characters every text matching <c>column LIKE 'pattern'</c> starts with (<see cref="LikePattern.LiteralPrefix"/>,
    /// for a constant pattern and escape, not negated); null for other conjuncts.
    /// </summary>
    private static string? LiteralPrefix(BoundExpression conjunct, int column) =>
        conjunct is BoundLike { Operand: BoundColumn { Depth: 0 } operand, Negated: false } like && operand.Index == column
            ? like.ConstantPattern()?.LiteralPrefix
            : null;
}
