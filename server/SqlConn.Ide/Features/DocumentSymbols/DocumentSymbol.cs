using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Symbols;

namespace SqlConn.Ide.Features.DocumentSymbols;

/// <summary>
/// An object a script creates (its whole statement is <see cref="Span"/>, its name
/// <see cref="SelectionSpan"/>), with its options as <see cref="Children"/>. <see cref="ObjectKind"/> is set
/// for objects of the catalog. <see cref="Detail"/> never holds a secret: a plaintext value written for a
/// secret-only option is masked.
/// </summary>
public sealed record DocumentSymbol(
    string Name,
    DocumentSymbolKind Kind,
    string Detail,
    TextSpan Span,
    TextSpan SelectionSpan,
    ImmutableArray<DocumentSymbol> Children,
    SymbolKind? ObjectKind = null);
