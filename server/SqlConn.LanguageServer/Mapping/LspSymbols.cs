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
        kind == DocumentSymbolKind.Option ? SymbolKind.Property : objectKind switch
        {
            Objects.SymbolKind.Secret => SymbolKind.Key,
            Objects.SymbolKind.Source or Objects.SymbolKind.Sink => SymbolKind.Event,
            Objects.SymbolKind.Role => SymbolKind.Class,
            Objects.SymbolKind.Cluster => SymbolKind.Namespace,
            _ => SymbolKind.Interface,
        };
}
