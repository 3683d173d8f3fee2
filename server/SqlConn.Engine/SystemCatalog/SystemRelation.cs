using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>A system relation: where it lives, its columns, and how to compute its rows from the state.</summary>
internal sealed record SystemRelation(
    string Schema,
    string Name,
    ImmutableArray<RelationColumn> Columns,
    Func<EngineState, IEnumerable<ImmutableArray<SqlValue>>> Rows)
{
    public Relation Build(EngineState state) => new(Schema, Name, Columns, [.. Rows(state)]);

    public static ImmutableArray<RelationColumn> ColumnsOf(params (string Name, SqlType Type)[] columns) =>
        [.. columns.Select(c => new RelationColumn(c.Name, c.Type))];
}
