using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// What the editor configured (LSP initialization options, then <c>workspace/didChangeConfiguration</c>,
/// section <c>sqlconn</c>); a null value leaves the setting to the next source.
/// </summary>
public sealed record EditorSettings(SqlDialect? Dialect, string? Role, ulong? Seed)
{
    public static EditorSettings None { get; } = new(null, null, null);

    public AnalysisSettings ApplyTo(AnalysisSettings settings) =>
        new(Dialect ?? settings.Dialect, Role ?? settings.Role, Seed ?? settings.Seed);
}
