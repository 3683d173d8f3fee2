namespace SqlConn.LanguageServer.Protocol;

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>What to show on hover, and the range of the hovered thing.</summary>
public sealed record Hover(MarkupContent Contents, Range Range);
