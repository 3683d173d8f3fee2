using SqlConn.Syntax;

namespace SqlConn.Ide.Workspace;

/// <summary>
/// The syntax of the statements of a document's previous parse, by chunk text, for
/// <see cref="SqlParser.ParseScript(Microsoft.CodeAnalysis.Text.SourceText, SqlDialect, Func{string, SqlDialect, StatementSyntax?})"/>'s
/// <c>reuse</c> callback, given to <see cref="SqlParser.Reparse"/>: a re-split chunk whose text an old
/// chunk had keeps that very <see cref="StatementSyntax"/> object (the chunks the edit did not touch
/// keep theirs anyway), which is how <see cref="DocumentAnalyzer"/> recognises it. Read-only once built, so the parser may call it
/// from several threads.
/// </summary>
internal sealed class SyntaxReuse(ParsedScript previous)
{
    private readonly Dictionary<string, StatementSyntax> byText = previous.Statements
        .DistinctBy(s => s.Syntax.Text, StringComparer.Ordinal)
        .ToDictionary(s => s.Syntax.Text, s => s.Syntax, StringComparer.Ordinal);

    public StatementSyntax? Find(string chunk, SqlDialect dialect) =>
        dialect == previous.Dialect && byText.TryGetValue(chunk, out var syntax) ? syntax : null;
}
