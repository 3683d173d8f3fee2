namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>What a document symbol is.</summary>
public enum DocumentSymbolKind
{
    /// <summary>An object of the catalog; <see cref="DocumentSymbol.ObjectKind"/> says which kind.</summary>
    Object,

    /// <summary>An option of a connection, cluster, source or sink.</summary>
    Option,
}
