using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;

namespace SqlConn.Ide.Tests.Support;

/// <summary>
/// A test input with cursor markers, rust-analyzer style: <c>$0</c> marks a position, two of them a
/// range. An input may hold several documents, each after a line <c>//- name.sql</c>; the documents are
/// analysed in that order (a fixture without such a line is one document, <c>test.sql</c>). The markers
/// belong to the document they are written in.
/// </summary>
internal sealed record Fixture(WorkspaceAnalysis Workspace, string MarkedUri, ImmutableArray<int> Markers)
{
    public const string Marker = "$0";

    private const string FileHeader = "//- ";

    public DocumentAnalysis Document => Workspace.Document(MarkedUri) ?? throw new InvalidOperationException($"no document {MarkedUri}");

    /// <summary>The single position marked.</summary>
    public int Position => Markers.Length == 1 ? Markers[0] : throw new InvalidOperationException($"expected one {Marker}, found {Markers.Length}");

    /// <summary>The range between the two markers, or the empty range at the single one.</summary>
    public TextSpan Range => Markers.Length switch
    {
        1 => new TextSpan(Markers[0], 0),
        2 => TextSpan.FromBounds(Markers[0], Markers[1]),
        _ => throw new InvalidOperationException($"expected one or two {Marker}, found {Markers.Length}"),
    };

    public static Fixture Parse(string input)
    {
        var documents = new List<(string Uri, string Text)>();
        string? markedUri = null;
        ImmutableArray<int> markers = [];
        foreach (var (name, content) in Split(input))
        {
            var uri = "file:///" + name;
            var (text, positions) = Unmark(content);
            if (!positions.IsEmpty)
            {
                markedUri = uri;
                markers = positions;
            }

            documents.Add((uri, text));
        }

        return new Fixture(Analyses.Workspace(documents), markedUri ?? documents[0].Uri, markers);
    }

    /// <summary>Runs every case of a test file of tests/testdata: parses its fixture and renders the result (see <see cref="TestCaseFile"/>).</summary>
    public static void Verify(string file, Func<Fixture, string> render) => TestCaseFile.Load(file).Verify(input => render(Parse(input)));

    /// <summary>
    /// Runs every case of a test file whose cases start with a line <c>{prefix}argument</c> (a new name, a
    /// query, a label): renders the result for the argument and the fixture that follows.
    /// </summary>
    public static void Verify(string file, string prefix, Func<string, Fixture, string> render) => TestCaseFile.Load(file).Verify(input =>
    {
        var newline = input.IndexOf('\n', StringComparison.Ordinal);
        Assert.True(newline > 0 && input.StartsWith(prefix, StringComparison.Ordinal), $"a case must start with a line '{prefix}...'");
        return render(input[prefix.Length..newline], Parse(input[(newline + 1)..]));
    });

    /// <summary>The text without its markers, and the positions they marked.</summary>
    public static (string Text, ImmutableArray<int> Markers) Unmark(string content)
    {
        var markers = ImmutableArray.CreateBuilder<int>();
        var text = new System.Text.StringBuilder();
        var position = 0;
        while (content.IndexOf(Marker, position, StringComparison.Ordinal) is var found and >= 0)
        {
            text.Append(content, position, found - position);
            markers.Add(text.Length);
            position = found + Marker.Length;
        }

        text.Append(content, position, content.Length - position);
        return (text.ToString(), markers.ToImmutable());
    }

    private static IEnumerable<(string Name, string Content)> Split(string input)
    {
        if (!input.StartsWith(FileHeader, StringComparison.Ordinal))
        {
            yield return ("test.sql", input);
            yield break;
        }

        var lines = input.Split('\n');
        var name = string.Empty;
        var content = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith(FileHeader, StringComparison.Ordinal))
            {
                if (content.Count > 0 || name.Length > 0)
                {
                    yield return (name, string.Join('\n', content));
                }

                name = line[FileHeader.Length..].Trim();
                content.Clear();
            }
            else
            {
                content.Add(line);
            }
        }

        yield return (name, string.Join('\n', content));
    }
}
