using SqlConn.Ide.Features.InlayHints;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.InlayHints;

/// <summary>
/// Inlay hints as data (tests/testdata/ide/inlay-hints): each case's text with the hints written in
/// where they show, as ⟨label⟩, then their tooltips. Two <c>$0</c> limit the range; without them, the
/// whole document.
/// </summary>
public sealed class InlayHintTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("ide/inlay-hints")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Hints_as_expected(string file) => Fixture.Verify(file, fixture =>
    {
        var document = fixture.Document;
        var range = fixture.Markers.IsEmpty ? new Microsoft.CodeAnalysis.Text.TextSpan(0, document.Text.Length) : fixture.Range;
        var hints = InlayHintService.Compute(document, range);
        var text = document.Text.ToString();
        foreach (var hint in hints.Reverse())
        {
            text = text.Insert(hint.Position, $"⟨{hint.Label}⟩");
        }

        return string.Join('\n', [text.TrimEnd('\n'), .. hints.Select(h => $"# {h.Label.Trim(',', ' ')}: {h.Tooltip.Replace("\n", "\n#   ", StringComparison.Ordinal)}")]);
    });
}
