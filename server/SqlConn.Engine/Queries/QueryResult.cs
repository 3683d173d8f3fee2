using System.Collections.Immutable;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries;

/// <summary>The columns and rows a SELECT returns, in order. Every row has one value per column.</summary>
public sealed record QueryResult(ImmutableArray<RelationColumn> Columns, ImmutableArray<ImmutableArray<SqlValue>> Rows);
