using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Workspace;

/// <summary>The editor's settings over the defaults, until <c>sqlconn.json</c> is supported.</summary>
public sealed class EditorSettingsSource : IAnalysisSettingsSource
{
    public AnalysisSettings Resolve(EditorSettings editor, ImmutableArray<string> folders) => editor.ApplyTo(AnalysisSettings.Default);
}
