using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, ImmutableArray<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>A change of a range, or of the whole text when <see cref="Range"/> is null.</summary>
public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
