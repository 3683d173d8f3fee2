using System.Collections.Immutable;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// Where the language server gets the settings it analyses with. The server asks again whenever the
/// editor's settings or the workspace folders change. The <c>sqlconn.json</c> loader plugs in here:
/// its source reads the file of the workspace folders and lets the editor's settings override it.
/// </summary>
public interface IAnalysisSettingsSource
{
    AnalysisSettings Resolve(EditorSettings editor, ImmutableArray<string> folders);
}
