using System.Collections.Immutable;
using SqlConn.Engine.Queries.Expressions;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The rows of a scan whose <see cref="Column"/> equals <see cref="Key"/>, read through the relation's index.</summary>
internal sealed record IndexScanPlan(ScanPlan Scan, RowIndex Index, int Column, SqlValue Key) : Plan
{
    public override IReadOnlyList<ImmutableArray<SqlValue>> Execute(QueryExecution execution, RowContext? outer) =>
        Index.Lookup(Column, Key, Scan.ColumnsRead(execution));
}
