using SqlConn.Ide.Features.DocumentSymbols;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.DocumentSymbols;

/// <summary>Document symbols (an indented outline) and workspace symbols (a first line <c>? query</c>), as data.</summary>
public sealed class DocumentSymbolsTests
{
    [Fact]
    public void Outline() => Fixture.Verify("ide/document-symbols/outline.test", fixture =>
    {
        var document = fixture.Document;
        return Rendering.Lines(DocumentOutline.Of(document).SelectMany(s =>
            s.Children.Select(c => $"    {c.Name} = {c.Detail}  {Spans.Render(document.Text, c.SelectionSpan)}")
                .Prepend($"{s.ObjectKind?.ToString() ?? s.Kind.ToString()} {s.Name} ({s.Detail})  {Spans.Render(document.Text, s.SelectionSpan)} in {Spans.Position(document.Text, s.Span.Start)}-{Spans.Position(document.Text, s.Span.End)}")));
    });

    [Fact]
    public void Workspace_search() => Fixture.Verify("ide/document-symbols/workspace.test", "? ", (query, fixture) =>
    {
        var found = WorkspaceSymbols.Search(fixture.Workspace, query);
        return Rendering.Lines(found.Select(s => $"{s.ObjectKind?.ToString() ?? s.Kind.ToString()} {s.Name} ({s.Detail}) {Rendering.Location(fixture.Workspace, s.Uri, s.Span)}"));
    });
}
