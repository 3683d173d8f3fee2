using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries.Plans;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// An output column of a bound query. <see cref="Untyped"/>: it is a bare quoted literal or NULL, whose
/// type a UNION partner may still decide. <see cref="Unsupported"/>: its type is unknown because it is
/// computed by that feature.
/// </summary>
internal sealed record OutputColumn(string Name, SqlType Type, TextSpan Span, bool Untyped = false, string? Unsupported = null);

/// <summary>A query ready to run: its plan and the columns of the rows the plan yields.</summary>
internal sealed record BoundQuery(Plan Plan, ImmutableArray<OutputColumn> Columns);
