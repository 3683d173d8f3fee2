using SqlConn.Ide.Analysis;
using SqlConn.Ide.Symbols;
using IdeCompletionItem = SqlConn.Ide.Features.Completion.CompletionItem;
using IdeCompletionItemKind = SqlConn.Ide.Features.Completion.CompletionItemKind;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// Completion items as LSP items: the insertion as a text edit of the words already typed, a snippet
/// only for a client that supports snippets (else its plain text, <see cref="SnippetText"/>), and in
/// <c>data</c> where it was offered and which item it is, for <c>completionItem/resolve</c>. Objects get
/// the kinds their semantic tokens get (<see cref="SqlConn.Ide.Features.SemanticTokens.SemanticTokensLegend"/>).
/// </summary>
internal static class LspCompletions
{
    public static CompletionItem ToLsp(DocumentAnalysis document, Position position, IdeCompletionItem item, bool snippets)
    {
        var snippet = item.IsSnippet && snippets;
        var kind = Kind(item);
        return new CompletionItem(
            item.Label,
            kind,
            item.Detail,
            item.Documentation is { } documentation ? MarkupContent.Markdown(documentation) : null,
            item.SortText,
            snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            new TextEdit(LspPositions.ToLsp(document.Text, item.ReplacementSpan), item.IsSnippet && !snippets ? SnippetText.Plain(item.InsertText) : item.InsertText),
            new CompletionItemData(document.Uri, position, item.Label, kind));
    }

    /// <summary>Whether <paramref name="item"/> is the one <paramref name="data"/> describes.</summary>
    public static bool Is(IdeCompletionItem item, CompletionItemData data) => item.Label == data.Label && Kind(item) == data.Kind;

    private static int Kind(IdeCompletionItem item) => item.Kind switch
    {
        IdeCompletionItemKind.Keyword => CompletionItemKind.Keyword,
        IdeCompletionItemKind.ConnectionType => CompletionItemKind.Enum,
        IdeCompletionItemKind.Option => CompletionItemKind.Property,
        IdeCompletionItemKind.Value => CompletionItemKind.EnumMember,
        IdeCompletionItemKind.UriScheme => CompletionItemKind.Constant,
        IdeCompletionItemKind.UriParameter => CompletionItemKind.Field,
        _ => item.ObjectKind switch
        {
            SymbolKind.Secret => CompletionItemKind.Variable,
            SymbolKind.Connection => CompletionItemKind.Class,
            SymbolKind.Source => CompletionItemKind.Struct,
            SymbolKind.Sink => CompletionItemKind.Event,
            SymbolKind.Role => CompletionItemKind.TypeParameter,
            SymbolKind.Cluster => CompletionItemKind.Module,
            _ => CompletionItemKind.Interface,
        },
    };
}
