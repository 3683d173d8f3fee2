namespace SqlConn.LanguageServer.Protocol;

/// <summary>The parameters of requests about a position: definition, document highlight, prepare rename.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>
/// A definition target for clients with <c>linkSupport</c>: <see cref="OriginSelectionRange"/> is the
/// name the request started from, <see cref="TargetRange"/> the creating statement,
/// <see cref="TargetSelectionRange"/> the name it gives.
/// </summary>
public sealed record LocationLink(Range OriginSelectionRange, string TargetUri, Range TargetRange, Range TargetSelectionRange);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

public sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary><see cref="Kind"/>: see <see cref="DocumentHighlightKind"/>.</summary>
public sealed record DocumentHighlight(Range Range, int Kind);

public static class DocumentHighlightKind
{
    public const int Text = 1;
    public const int Read = 2;
    public const int Write = 3;
}

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

/// <summary>The answer to <c>textDocument/prepareRename</c>: the name's range and the name, as the placeholder.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);
