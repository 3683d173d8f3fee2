using System.Collections.Immutable;
using System.Text;
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
    /// The characters every text matching <c>column LIKE 'pattern'</c> starts with (case-sensitive, not negated,
    /// constant pattern and escape), up to the first wildcard; null for other conjuncts. Only characters below the
    /// surrogates: LIKE matches by code point, and an unpaired surrogate of a text matches U+FFFD.
    /// </summary>
    private static string? LiteralPrefix(BoundExpression conjunct, int column)
    {
        if (conjunct is not BoundLike { Operand: BoundColumn { Depth: 0 } operand, Pattern: BoundLiteral { Value: SqlText pattern }, CaseInsensitive: false, Negated: false } like
            || operand.Index != column)
        {
            return null;
        }

        // The default escape is a backslash, ESCAPE '' has none; other escapes are left to the evaluation.
        char? escape;
        switch (like.Escape)
        {
            case null:
                escape = '\\';
                break;
            case BoundLiteral { Value: SqlText { Value: "" } }:
                escape = null;
                break;
            case BoundLiteral { Value: SqlText { Value: [var one] } } when one < '\uD800':
                escape = one;
                break;
            default:
                return null;
        }

        var prefix = new StringBuilder();
        for (var i = 0; i < pattern.Value.Length; i++)
        {
            var c = pattern.Value[i];
            if (c == escape)
            {
                if (++i == pattern.Value.Length)
                {
                    break;
                }

                c = pattern.Value[i];
            }
            else if (c is '%' or '_')
            {
                break;
            }

            if (c >= '\uD800')
            {
                break;
            }

            prefix.Append(c);
        }

        return prefix.ToString();
    }
}
