using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Plans;

/// <summary>The order of two values under one ORDER BY key (ASC/DESC, NULLS FIRST/LAST).</summary>
internal static class SortOrder
{
    public static int Compare(SqlValue x, SqlValue y, bool descending, bool nullsFirst)
    {
        if (x.IsNull || y.IsNull)
        {
            return x.IsNull == y.IsNull ? 0 : x.IsNull == nullsFirst ? -1 : 1;
        }

        var order = SqlValueComparer.Instance.Compare(x, y);
        return descending ? -order : order;
    }
}
