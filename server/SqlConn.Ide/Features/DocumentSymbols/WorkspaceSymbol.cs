using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>An object created somewhere in the workspace: its name, kind and where its name is written.</summary>
public sealed record WorkspaceSymbol(string Name, DocumentSymbolKind Kind, SymbolKind? ObjectKind, string Detail, string Uri, TextSpan Span);
