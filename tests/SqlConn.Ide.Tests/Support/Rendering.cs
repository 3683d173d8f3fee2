using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Tests.Support;

/// <summary>Renderings shared by the feature tests.</summary>
internal static class Rendering
{
    /// <summary>The file name of a document URI: <c>a.sql</c>.</summary>
    public static string File(string uri) => uri[(uri.LastIndexOf('/') + 1)..];

    /// <summary><c>a.sql 2:5-2:9 "HOST"</c>.</summary>
    public static string Location(WorkspaceAnalysis workspace, string uri, TextSpan span) =>
        $"{File(uri)} {Spans.Render(Text(workspace, uri), span)}";

    public static SourceText Text(WorkspaceAnalysis workspace, string uri) =>
        (workspace.Document(uri) ?? throw new InvalidOperationException($"no document {uri}")).Text;

    /// <summary>Markdown with its blank lines shown as ¶ (an expected output ends at a blank line).</summary>
    public static string Markdown(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(l => l.Length == 0 ? "¶" : l));

    /// <summary>The lines, or <paramref name="none"/> when there are none.</summary>
    public static string Lines(IEnumerable<string> lines, string none = "(none)")
    {
        var text = string.Join('\n', lines);
        return text.Length == 0 ? none : text;
    }
}
