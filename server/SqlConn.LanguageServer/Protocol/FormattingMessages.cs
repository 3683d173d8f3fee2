namespace SqlConn.LanguageServer.Protocol;

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions Options);

public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions Options);

/// <summary>The indentation the editor uses: <see cref="TabSize"/> spaces when <see cref="InsertSpaces"/>, else a tab.</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);
