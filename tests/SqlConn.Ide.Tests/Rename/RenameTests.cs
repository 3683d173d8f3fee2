using SqlConn.Ide.Features.Rename;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Rename;

/// <summary>
/// Rename as data (tests/testdata/ide/rename/rename.test): a first line <c>=&gt; new name</c>, then a
/// workspace fixture with one <c>$0</c>; the output is the rename target, then each edited document as
/// it reads after the edits, or the refusal.
/// </summary>
public sealed class RenameTests
{
    [Fact]
    public void Renames_as_expected() => Fixture.Verify("ide/rename/rename.test", "=> ", (newName, fixture) =>
    {
        var target = RenameSymbol.Prepare(fixture.Workspace, fixture.MarkedUri, fixture.Position);
        var result = RenameSymbol.Execute(fixture.Workspace, fixture.MarkedUri, fixture.Position, newName);
        var lines = new List<string>
        {
            target is null ? "target: (none)" : $"target: {Spans.Render(fixture.Document.Text, target.Span)} \"{target.Name}\"" + (target.Refusal is { } r ? $" refused: {r}" : string.Empty),
        };
        if (result.Error is { } error)
        {
            Assert.Empty(result.Edits);
            lines.Add($"error: {error}");
        }

        foreach (var edit in result.Edits)
        {
            lines.Add($"{Rendering.File(edit.Uri)}:");
            lines.Add(Rendering.Text(fixture.Workspace, edit.Uri).WithChanges(edit.Changes).ToString().TrimEnd('\n'));
        }

        return string.Join('\n', lines);
    });
}
