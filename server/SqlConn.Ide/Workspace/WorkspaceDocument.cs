using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The text of one workspace document: an editor's open buffer (<see cref="IsOpen"/>, with the
/// editor's version) or a <c>*.sql</c> file as read from disk (version 0). <see cref="Uri"/> is the
/// URI as the client or the file system spelled it; <see cref="DocumentUri.Key"/> identifies it.
/// </summary>
public sealed record WorkspaceDocument(string Uri, int Version, SourceText Text, bool IsOpen);
