using System.Collections.Immutable;
using SqlConn.Ide.Workspace;
using SqlConn.Syntax;

namespace SqlConn.Ide.Analysis;

/// <summary>The settings the workspace is analysed with (command line, initialization options, or sqlconn.json).</summary>
public sealed record AnalysisSettings(SqlDialect Dialect, string? Role, ulong Seed)
{
    public static AnalysisSettings Default { get; } = new(SqlDialect.Materialize, null, 0);
}

/// <summary>
/// Every document of the workspace, analysed in workspace order: objects created by one document are
/// visible to the documents after it. Features that look across documents (definition, references,
/// rename, workspace symbols) read it.
/// </summary>
public sealed record WorkspaceAnalysis(ImmutableArray<DocumentAnalysis> Documents, AnalysisSettings Settings)
{
    /// <summary>The baseline the first document started from.</summary>
    public ProjectBaseline Baseline { get; init; } = ProjectBaseline.None;

    public DocumentAnalysis? Document(string uri) => Documents.FirstOrDefault(d => d.Uri == uri);
}
