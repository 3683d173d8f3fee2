namespace SqlConn.LanguageServer.Protocol;

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

/// <summary>A foldable range of whole lines; <see cref="Kind"/> is <c>comment</c> or <c>region</c>.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string Kind);

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Region = "region";
}
