using SqlConn.Ide.Analysis;
using SqlConn.Syntax.Tree;

namespace SqlConn.Benchmarks;

/// <summary>
/// One-character edits of the 20,000-statement script, in its middle unless said otherwise, from
/// the edit the analysis absorbs at once to the one it cannot.
/// </summary>
public enum EditKind
{
    /// <summary>A letter in the string literal of a SELECT: the query runs again, nothing after it.</summary>
    QueryLiteral,

    /// <summary>A space before a CREATE CONNECTION: it runs again with the same effect, and the analysis converges there.</summary>
    SpaceBeforeCreate,

    /// <summary>A letter typed after the last statement.</summary>
    AtTheEnd,

    /// <summary>A letter in a connection's HOST: the catalog differs from there on, so every later statement runs again.</summary>
    ConnectionHost,
}

/// <summary>Where each <see cref="EditKind"/> happens in an analysed script, and what it inserts.</summary>
public static class EditKinds
{
    public static (int Offset, string Text) Locate(EditKind kind, DocumentAnalysis analysis)
    {
        var middle = analysis.Script.Statements.Length / 2;
        var query = analysis.Script.Statements.First(s => s.Index > middle && s.Node is QueryStatement && analysis.Text.ToString(s.Span).Contains('\''));
        var create = analysis.Script.Statements.First(s => s.Index > middle && s.Node is CreateConnectionStatement);
        return kind switch
        {
            EditKind.QueryLiteral => (analysis.Text.ToString().LastIndexOf('\'', query.Span.End - 1), "x"),
            EditKind.SpaceBeforeCreate => (create.ChunkSpan.Start, " "),
            EditKind.AtTheEnd => (analysis.Text.Length, "S"),
            _ => (analysis.Text.ToString().IndexOf("HOST '", create.Span.Start, StringComparison.Ordinal) + "HOST '".Length, "x"),
        };
    }
}
