using SqlConn.Ide.Analysis;
using SqlConn.Ide.Lint;

namespace SqlConn.Ide.Workspace;

/// <summary>What the workspace is analysed and reported with: the analysis settings and the lint policy.</summary>
public sealed record WorkspaceSettings(AnalysisSettings Analysis, LintPolicy Policy)
{
    public static WorkspaceSettings Default { get; } = new(AnalysisSettings.Default, LintPolicy.Default);
}
