using System.Collections.Immutable;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>A small system relation (roles, clusters, privileges...) computed whole from the state when a query first reads it.</summary>
internal sealed record StateRelation(string Schema, string Name, ImmutableArray<RelationColumn> Columns, Func<EngineState, IEnumerable<ImmutableArray<SqlValue>>> Rows)
    : SystemRelation(Schema, Name, Columns)
{
    public override Relation Build(EngineState state) => new(Schema, Name, Columns, new LazyRows(() => [.. Rows(state)]));
}
