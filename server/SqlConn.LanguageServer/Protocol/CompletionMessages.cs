using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record CompletionOptions(ImmutableArray<string> TriggerCharacters, bool ResolveProvider);

public sealed record CompletionList(bool IsIncomplete, ImmutableArray<CompletionItem> Items);

/// <summary>
/// A completion item; <c>completionItem/resolve</c> receives it back as sent, so only <see cref="Label"/>
/// is required. <see cref="Kind"/>: see <see cref="CompletionItemKind"/>; <see cref="InsertTextFormat"/>:
/// see <see cref="Protocol.InsertTextFormat"/>.
/// </summary>
public sealed record CompletionItem(
    string Label,
    int? Kind = null,
    string? Detail = null,
    MarkupContent? Documentation = null,
    string? SortText = null,
    int? InsertTextFormat = null,
    TextEdit? TextEdit = null,
    CompletionItemData? Data = null);

/// <summary>What <c>completionItem/resolve</c> needs to find the item again: where it was offered, and which one it is.</summary>
public sealed record CompletionItemData(string Uri, Position Position, string Label, int Kind);

/// <summary>The LSP completion item kinds the server uses.</summary>
public static class CompletionItemKind
{
    public const int Field = 5;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Interface = 8;
    public const int Module = 9;
    public const int Property = 10;
    public const int Enum = 13;
    public const int Keyword = 14;
    public const int EnumMember = 20;
    public const int Constant = 21;
    public const int Struct = 22;
    public const int Event = 23;
    public const int TypeParameter = 25;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}
