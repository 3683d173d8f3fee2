using System.Collections.Immutable;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// Where the language server gets the settings it analyses and reports with. The server asks again
/// whenever the editor's settings, the workspace folders or a <c>sqlconn.json</c> change; a problem
/// (an unreadable configuration) is reported through <paramref name="problem"/>, never thrown.
/// </summary>
public interface IAnalysisSettingsSource
{
    WorkspaceSettings Resolve(EditorSettings editor, ImmutableArray<string> folders, Action<string> problem);
}
