using SqlConn.Ide.Features.SelectionRanges;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.SelectionRanges;

/// <summary>Selection ranges as data (tests/testdata/ide/selection-ranges): from the innermost span to the outermost.</summary>
public sealed class SelectionRangeTests
{
    [Fact]
    public void Expands_as_expected() => Fixture.Verify("ide/selection-ranges/expand.test", fixture =>
    {
        var chain = ExpandSelection.Compute(fixture.Document, [fixture.Position]).Single();
        for (var i = 1; i < chain.Length; i++)
        {
            Assert.True(chain[i].Contains(chain[i - 1]) && chain[i] != chain[i - 1]);
        }

        return Rendering.Lines(chain.Select(s => Spans.Render(fixture.Document.Text, s)));
    });
}
