using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Parsing;
using SqlConn.Syntax.Splitting;

namespace SqlConn.Syntax;

/// <summary>
/// Entry point of the syntax layer. Parsing never fails: any input yields a script and diagnostics.
/// </summary>
public static class SqlParser
{
    /// <summary>
    /// Parses a script. The dialect comes from a <c>-- sqlconn: dialect=...</c> comment on the first
    /// line when there is one, else from <paramref name="defaultDialect"/>. <paramref name="reuse"/>
    /// may supply the syntax of chunks parsed before (it is called with the chunk text and dialect and
    /// returns null when it has none); the language server uses it to reparse only edited statements.
    /// Statements are parsed in parallel when there are many, so <paramref name="reuse"/> must be
    /// thread-safe; the result does not depend on it.
    /// </summary>
    public static ParsedScript ParseScript(
        SourceText text,
        SqlDialect defaultDialect = SqlDialect.Materialize,
        Func<string, SqlDialect, StatementSyntax?>? reuse = null)
    {
        var content = text.ToString();
        var dialect = ScriptDirective.DialectOnFirstLine(content) ?? defaultDialect;
        var chunks = ChunkParser.Parse(content, 0, StatementSplitter.Split(content), dialect, reuse);
        return ScriptAssembly.Assemble(text, dialect, ImmutableCollectionsMarshal.AsImmutableArray(chunks), text.Lines[0].End);
    }

    /// <summary>
    /// Parses <paramref name="text"/>, an edit of <paramref name="previous"/>'s text (made with
    /// <see cref="SourceText.WithChanges(TextChange[])"/>), in time proportional to the edit rather
    /// than to the script: the chunks before the edit and those after it, once the splitter is back
    /// in step, keep their syntax and move. The result equals <see cref="ParseScript(SourceText, SqlDialect, Func{string, SqlDialect, StatementSyntax?})"/>
    /// of <paramref name="text"/>, which it falls back to when the texts' changes are unknown or touch
    /// the first line (where the dialect directive is). <paramref name="reuse"/> is as for ParseScript,
    /// for that full parse; the re-split chunks reuse the syntax of the old chunks they replace.
    /// </summary>
    public static ParsedScript Reparse(
        ParsedScript previous,
        SourceText text,
        SqlDialect defaultDialect = SqlDialect.Materialize,
        Func<string, SqlDialect, StatementSyntax?>? reuse = null) =>
        IncrementalReparse.Reparse(previous, text, defaultDialect, reuse) ?? ParseScript(text, defaultDialect, reuse);

    public static ParsedScript ParseScript(string text, SqlDialect defaultDialect = SqlDialect.Materialize) =>
        ParseScript(SourceText.From(text), defaultDialect);

    /// <summary>
    /// The tokens of <paramref name="text"/>, comments included, with spans relative to its start: for
    /// text outside any statement (comments after the last semicolon) and for printed output.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Tokenize(string text) => StatementParser.Tokenize(text);

    /// <summary>Parses one statement chunk (text between separators, without the semicolon).</summary>
    public static StatementSyntax ParseStatement(string chunk, SqlDialect dialect = SqlDialect.Materialize) =>
        new StatementParser().Parse(chunk, dialect);
}
