using SqlConn.Engine.Values;

namespace SqlConn.Engine.Queries.Binding;

/// <summary>
/// A column of the FROM clause's rows. A <see cref="Hidden"/> column (a side of a USING join) is only
/// reachable qualified and is left out of <c>*</c>. A column computed by something the simulator does
/// not evaluate has an unknown type: <see cref="Unsupported"/> names that feature.
/// </summary>
internal sealed record ScopeColumn(string Name, SqlType Type, ScopeTable? Table, bool Hidden = false, string? Unsupported = null)
{
    /// <summary>The column's position in the rows of its <see cref="Table"/>.</summary>
    public int Ordinal { get; init; }

    /// <summary>The name in messages: <c>table.column</c> for a table's column.</summary>
    public string Display => Table is null ? Name : $"{Table.Name}.{Name}";
}
