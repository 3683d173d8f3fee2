using SqlConn.Ide.Features.DocumentSymbols;
using Objects = SqlConn.Ide.Symbols;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// The LSP symbol kind of a document symbol: secrets are keys, connections (and CockroachDB external
/// connections) interfaces, sources and sinks events, roles classes, clusters namespaces, options properties.
/// </summary>
internal static class LspSymbols
{
    public static int Kind(DocumentSymbolKind kind, Objects.SymbolKind? objectKind) =>
        kind == DocumentSymbolKind.Option ? LspSymbolKind.Property : objectKind switch
        {
            Objects.SymbolKind.Secret => LspSymbolKind.Key,
            Objects.SymbolKind.Source or Objects.SymbolKind.Sink => LspSymbolKind.Event,
            Objects.SymbolKind.Role => LspSymbolKind.Class,
            Objects.SymbolKind.Cluster => LspSymbolKind.Namespace,
            _ => LspSymbolKind.Interface,
        };
}
