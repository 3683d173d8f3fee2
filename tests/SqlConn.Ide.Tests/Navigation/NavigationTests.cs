using SqlConn.Ide.Features.Navigation;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Navigation;

/// <summary>
/// Go to definition, find references and document highlight, as data (tests/testdata/ide/navigation):
/// each case is a workspace fixture with one <c>$0</c>, and the locations found.
/// </summary>
public sealed class NavigationTests
{
    [Fact]
    public void Definition() => Fixture.Verify("ide/navigation/definition.test", fixture =>
    {
        var targets = GoToDefinition.Find(fixture.Workspace, fixture.MarkedUri, fixture.Position);
        return Rendering.Lines(targets.Select(t =>
            $"{Rendering.Location(fixture.Workspace, t.Uri, t.NameSpan)} in {Spans.Render(Rendering.Text(fixture.Workspace, t.Uri), t.StatementSpan)}"
            + $" from {Spans.Render(fixture.Document.Text, t.OriginSpan)}"));
    });

    [Fact]
    public void References() => Fixture.Verify("ide/navigation/references.test", fixture =>
    {
        var found = FindReferences.Find(fixture.Workspace, fixture.MarkedUri, fixture.Position, includeDeclaration: true);
        var withoutDeclaration = FindReferences.Find(fixture.Workspace, fixture.MarkedUri, fixture.Position, includeDeclaration: false);
        Assert.Equal(found.Where(r => r.Role != Symbols.OccurrenceRole.Declaration), withoutDeclaration);
        return Rendering.Lines(found.Select(r => $"{Rendering.Location(fixture.Workspace, r.Uri, r.Span)} {r.Role}"));
    });

    [Fact]
    public void Highlights() => Fixture.Verify("ide/navigation/highlights.test", fixture =>
    {
        var highlights = DocumentHighlights.Find(fixture.Document, fixture.Position);
        return Rendering.Lines(highlights.Select(h => $"{Spans.Render(fixture.Document.Text, h.Span)} {h.Kind}"));
    });
}
