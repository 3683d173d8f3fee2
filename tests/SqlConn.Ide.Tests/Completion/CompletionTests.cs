using SqlConn.Ide.Features.Completion;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Completion;

/// <summary>
/// Completion as data: every tests/testdata/ide/completion/*.test case is a fixture with one <c>$0</c>
/// and the items offered there, one per line (label, kind, detail, inserted text and what it replaces).
/// documentation.test renders instead the documentation of the item named on its first line (<c>=&gt; LABEL</c>),
/// resolved as the server resolves an item the user selects.
/// </summary>
public sealed class CompletionTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("ide/completion").Where(f => !f.EndsWith("/documentation.test", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Completes_as_expected(string file) => Fixture.Verify(file, fixture =>
    {
        var text = fixture.Document.Text;
        return Rendering.Lines(CompletionService.Complete(fixture.Document, fixture.Position).Select(i =>
            $"{i.Label} | {i.ObjectKind?.ToString() ?? i.Kind.ToString()} | {i.Detail} | {i.InsertText.Replace("\n", "⏎", StringComparison.Ordinal)} | replaces \"{text.ToString(i.ReplacementSpan)}\""));
    });

    [Fact]
    public void Documentation() => Fixture.Verify("ide/completion/documentation.test", "=> ", (label, fixture) =>
    {
        var item = CompletionService.Complete(fixture.Document, fixture.Position).FirstOrDefault(i => i.Label == label);
        return item is null ? $"(no item {label})" : Rendering.Markdown(CompletionService.Resolve(fixture.Document, fixture.Position, item).Documentation ?? "(none)");
    });
}
