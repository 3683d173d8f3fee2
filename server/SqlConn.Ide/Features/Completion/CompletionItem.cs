using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// A completion: <see cref="InsertText"/> replaces <see cref="ReplacementSpan"/> (the words already
/// typed for it). When <see cref="IsSnippet"/>, the text holds tab stops (<c>$1</c>, <c>${1:5432}</c>,
/// <c>${1|a,b|}</c>). <see cref="Documentation"/> is Markdown; <see cref="SortText"/> orders the items.
/// <see cref="Object"/> is set for the names of objects (<see cref="CompletionItemKind.Object"/>); their
/// <see cref="Documentation"/> is left to <see cref="CompletionService.Resolve"/>, since describing every
/// object of a large catalog would slow every completion down.
/// </summary>
public sealed record CompletionItem(
    string Label,
    CompletionItemKind Kind,
    string? Detail,
    string? Documentation,
    string InsertText,
    bool IsSnippet,
    TextSpan ReplacementSpan,
    string SortText,
    Symbol? Object = null)
{
    public SymbolKind? ObjectKind => Object?.Kind;
}
