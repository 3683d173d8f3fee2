using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// A system relation: where it lives, its columns, and how to build it from a state. The rows are
/// computed when a query reads them, never when the relation is built.
/// </summary>
internal abstract record SystemRelation(string Schema, string Name, ImmutableArray<RelationColumn> Columns)
{
    public abstract Relation Build(EngineState state);

    public static ImmutableArray<RelationColumn> ColumnsOf(params (string Name, SqlType Type)[] columns) =>
        [.. columns.Select(c => new RelationColumn(c.Name, c.Type))];
}
