using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Tests.Support;

/// <summary>
/// The expected output of a syntax test: the canonical print of each statement (one per line, with
/// its semicolon), then a blank line and each diagnostic in caret rendering.
/// </summary>
internal static class SyntaxBaseline
{
    public static string Render(string input)
    {
        var text = SourceText.From(input);
        var script = SqlParser.ParseScript(text);
        var output = new StringBuilder();
        foreach (var statement in script.Statements)
        {
            output.Append(statement.Node is InvalidStatement ? "-- invalid statement" : SqlPrinter.Print(statement.Node)).Append(";\n");
        }

        var diagnostics = script.Diagnostics.ToList();
        if (diagnostics.Count > 0)
        {
            output.Append('\n');
        }

        foreach (var diagnostic in diagnostics)
        {
            output.Append(DiagnosticRenderer.Render(text, diagnostic));
        }

        return output.ToString();
    }
}
