namespace SqlConn.LanguageServer.Protocol;

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary><see cref="Kind"/>: see <see cref="InlayHintKind"/>. The label carries its own spacing, so no padding.</summary>
public sealed record InlayHint(Position Position, string Label, int Kind, string Tooltip);

public static class InlayHintKind
{
    public const int Type = 1;
    public const int Parameter = 2;
}
