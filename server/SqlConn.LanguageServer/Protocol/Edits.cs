using System.Collections.Immutable;

namespace SqlConn.LanguageServer.Protocol;

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI; each document's edits do not overlap.</summary>
public sealed record WorkspaceEdit(ImmutableDictionary<string, ImmutableArray<TextEdit>> Changes);
