using SqlConn.Ide.Features.SemanticTokens;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.SemanticTokens;

/// <summary>
/// Semantic tokens as data (tests/testdata/ide/semantic-tokens): one token per line, position, text and
/// type (with +declaration). Two <c>$0</c> ask for a range.
/// </summary>
public sealed class SemanticTokenTests
{
    [Fact]
    public void Tokens_as_expected() => TestCaseFile.Load("ide/semantic-tokens/tokens.test").Verify(input =>
    {
        var fixture = Fixture.Parse(input);
        var text = fixture.Document.Text;
        var tokens = SemanticHighlighter.Compute(fixture.Document, fixture.Markers.IsEmpty ? null : fixture.Range);
        return Rendering.Lines(tokens.Select(t =>
            $"{Spans.Position(text, t.Span.Start)} \"{text.ToString(t.Span)}\" {t.Type}{(t.Modifiers.HasFlag(SemanticTokenModifiers.Declaration) ? "+declaration" : string.Empty)}"));
    });

    [Fact]
    public void The_legend_names_every_type_and_modifier()
    {
        Assert.Equal(Enum.GetValues<SemanticTokenType>().Length, SemanticTokensLegend.TokenTypes.Length);
        Assert.Equal(SemanticTokensLegend.TokenTypes.Length, SemanticTokensLegend.TokenTypes.Distinct().Count());
        Assert.Equal(Enum.GetValues<SemanticTokenModifiers>().Count(m => m != SemanticTokenModifiers.None), SemanticTokensLegend.TokenModifiers.Length);
    }
}
