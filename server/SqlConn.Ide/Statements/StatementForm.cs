using System.Collections.Immutable;
using SqlConn.Syntax;

namespace SqlConn.Ide.Statements;

/// <summary>
/// A statement form: its leading keywords, the dialect it belongs to (null: both), what completion
/// inserts after the keywords (a snippet) and what it does in one or two sentences.
/// </summary>
public sealed record StatementForm(string Keywords, SqlDialect? Dialect, string Tail, string Summary)
{
    public ImmutableArray<string> Words { get; } = [.. Keywords.Split(' ')];

    public bool BelongsTo(SqlDialect dialect) => Dialect is null || Dialect == dialect;
}
