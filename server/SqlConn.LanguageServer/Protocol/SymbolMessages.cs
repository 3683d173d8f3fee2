using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>An object a script creates, with its options as <see cref="Children"/>. <see cref="Kind"/>: see <see cref="LspSymbolKind"/>.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, ImmutableArray<DocumentSymbol> Children);

public sealed record WorkspaceSymbolParams(string Query);

/// <summary>An object created somewhere in the workspace; <see cref="ContainerName"/> holds its detail (type, scheme).</summary>
public sealed record WorkspaceSymbol(string Name, int Kind, Location Location, string? ContainerName);

/// <summary>The LSP symbol kinds the server uses (LSP's <c>SymbolKind</c>; the name is the Ide's kind of catalog object).</summary>
public static class LspSymbolKind
{
    public const int Namespace = 3;
    public const int Class = 5;
    public const int Property = 7;
    public const int Interface = 11;
    public const int Key = 20;
    public const int Event = 24;
}
