using SqlConn.Ide.Features.FoldingRanges;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.FoldingRanges;

/// <summary>Folding ranges as data (tests/testdata/ide/folding-ranges): first and last line of each, and its kind.</summary>
public sealed class FoldingTests
{
    [Fact]
    public void Folds_as_expected() => Fixture.Verify("ide/folding-ranges/folding.test", fixture =>
    {
        var document = fixture.Document;
        var text = document.Text;
        return Rendering.Lines(Folding.Compute(document).Select(r =>
            $"{text.Lines.GetLinePosition(r.Span.Start).Line + 1}-{text.Lines.GetLinePosition(r.Span.End).Line + 1} {r.Kind}"));
    });
}
