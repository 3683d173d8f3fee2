using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>Five integers per token, relative to the previous one: line, start character, length, type, modifier bits.</summary>
public sealed record SemanticTokens(ImmutableArray<int> Data);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record SemanticTokensLegend(ImmutableArray<string> TokenTypes, ImmutableArray<string> TokenModifiers);
