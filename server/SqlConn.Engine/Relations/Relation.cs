using System.Collections.Immutable;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Relations;

public sealed record RelationColumn(string Name, SqlType Type);

/// <summary>
/// Which rows belong to a result (a WHERE condition): <see cref="Keep"/> reads only <see cref="Columns"/>,
/// so a computed relation fills the other columns of the rows it keeps only. <see cref="Keep"/> sees each
/// row only during the call and must not hold on to it: the values of a rejected row may be reused.
/// </summary>
public sealed record RowFilter(ColumnSet Columns, Func<ImmutableArray<SqlValue>, bool> Keep);

/// <summary>
/// A named table of rows: a system table built from the catalog, a SHOW result, or a query result.
/// Every row of <see cref="Rows"/> has exactly one value per column. <see cref="Index"/>, when set, finds
/// the rows with a given value in one of a few key columns without reading <see cref="Rows"/>.
/// </summary>
public sealed record Relation(string Schema, string Name, ImmutableArray<RelationColumn> Columns, IReadOnlyList<ImmutableArray<SqlValue>> Rows)
{
    public RowIndex? Index { get; init; }

    /// <summary>When set, finds the rows whose text in one column starts with a prefix without reading the others.</summary>
    public PrefixIndex? PrefixIndex { get; init; }

    /// <summary>
    /// For a relation computed from the catalog: its rows with only some columns computed, the others
    /// NULL, so that a query pays only for the columns it reads (a create_sql it does not select is never
    /// printed), and only those a filter keeps (when one is given), so that a WHERE over a large catalog
    /// builds only the rows it returns. Null when the rows are stored.
    /// </summary>
    public Func<ColumnSet, RowFilter?, IReadOnlyList<ImmutableArray<SqlValue>>>? Compute { get; init; }

    /// <summary>The rows in order, with at least <paramref name="columns"/> filled.</summary>
    public IReadOnlyList<ImmutableArray<SqlValue>> Read(ColumnSet columns) => Read(columns, keep: null);

    /// <summary>The rows in order that <paramref name="keep"/> accepts (all when null), with at least <paramref name="columns"/> filled.</summary>
    public IReadOnlyList<ImmutableArray<SqlValue>> Read(ColumnSet columns, RowFilter? keep) =>
        Compute is { } compute ? compute(columns, keep) : keep is null ? Rows : [.. Rows.Where(keep.Keep)];

    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The rows of a relation whose value in one of <see cref="Columns"/> equals a key, in the order the
/// relation lists them: what <c>WHERE id = 'u1'</c> or a join on ids reads instead of every row.
/// <see cref="Lookup"/> takes the column, the key and the columns to fill (as <see cref="Relation.Read"/>).
/// </summary>
public sealed record RowIndex(ImmutableArray<int> Columns, Func<int, SqlValue, ColumnSet, IReadOnlyList<ImmutableArray<SqlValue>>> Lookup)
{
    public bool Covers(int column) => Columns.Contains(column);
}

/// <summary>
/// The rows of a relation whose text in <see cref="Column"/> starts with a prefix (ordinal), in the order the
/// relation lists them: what <c>WHERE name LIKE 'team_%'</c> reads instead of every row. <see cref="Read"/>
/// takes the prefix, the columns to fill and a filter, as <see cref="Relation.Read(ColumnSet, RowFilter?)"/>.
/// </summary>
public sealed record PrefixIndex(int Column, Func<string, ColumnSet, RowFilter?, IReadOnlyList<ImmutableArray<SqlValue>>> Read);

/// <summary>What a query can see: the relations (the simulator's system catalog) and the session.</summary>
public interface IQueryEnvironment
{
    /// <summary>
    /// The relation a (possibly schema-qualified) name refers to, or null when there is none.
    /// <paramref name="parts"/> are the name's identifiers, already folded.
    /// </summary>
    Relation? Find(IReadOnlyList<string> parts);

    /// <summary>
    /// The value of a zero-argument session function (<c>current_role</c>, <c>current_database</c>,
    /// <c>mz_environment_id</c>...), or null when the environment has no such function.
    /// </summary>
    SqlValue? SessionFunction(string name);
}
