using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>An object created somewhere in the workspace: its name, kind and where its name is written.</summary>
public sealed record WorkspaceSymbol(string Name, DocumentSymbolKind Kind, string Detail, string Uri, TextSpan Span);
