using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;

namespace SqlConn.Ide.Workspace;

/// <summary>What the workspace is analysed and reported with: the analysis settings, the lint policy and the project's layout.</summary>
public sealed record WorkspaceSettings(AnalysisSettings Analysis, LintPolicy Policy)
{
    public static WorkspaceSettings Default { get; } = new(AnalysisSettings.Default, LintPolicy.Default);

    /// <summary>The order of the documents and the baseline they start from (<see cref="ProjectLayout.None"/> without a sqlconn.json).</summary>
    public ProjectLayout Project { get; init; } = ProjectLayout.None;
}
