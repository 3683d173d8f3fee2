using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>Text changes of a document as LSP text edits, their ranges in the text they apply to.</summary>
internal static class LspEdits
{
    public static TextEdit ToLsp(SourceText text, TextChange change) => new(LspPositions.ToLsp(text, change.Span), change.NewText ?? string.Empty);

    public static ImmutableArray<TextEdit> ToLsp(SourceText text, IEnumerable<TextChange> changes) => [.. changes.Select(c => ToLsp(text, c))];
}
