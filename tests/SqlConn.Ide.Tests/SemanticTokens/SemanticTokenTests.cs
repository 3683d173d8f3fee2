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
    public void Tokens_as_expected() => Fixture.Verify("ide/semantic-tokens/tokens.test", fixture =>
    {
        var text = fixture.Document.Text;
        var tokens = SemanticHighlighter.Compute(fixture.Document, fixture.Markers.IsEmpty ? null : fixture.Range);
        return Rendering.Lines(tokens.Select(t =>
            $"{Spans.Position(text, t.Span.Start)} \"{text.ToString(t.Span)}\" {t.ObjectKind?.ToString() ?? t.Type.ToString()}{(t.Modifiers.HasFlag(SemanticTokenModifiers.Declaration) ? "+declaration" : string.Empty)}"
            + $" ({SemanticTokensLegend.TokenTypes[SemanticTokensLegend.TypeIndex(t)]})"));
    });

    [Fact]
    public void The_legend_gives_every_type_and_object_kind_its_own_name()
    {
        var indexes = Enum.GetValues<SemanticTokenType>().Where(t => t != SemanticTokenType.Object)
            .Select(t => new SemanticToken(default, t, SemanticTokenModifiers.None))
            .Concat(Enum.GetValues<Symbols.SymbolKind>().Select(k => new SemanticToken(default, SemanticTokenType.Object, SemanticTokenModifiers.None, k)))
            .Select(SemanticTokensLegend.TypeIndex)
            .ToList();
        Assert.Equal(Enumerable.Range(0, SemanticTokensLegend.TokenTypes.Length), indexes.Order());
        Assert.Equal(SemanticTokensLegend.TokenTypes.Length, SemanticTokensLegend.TokenTypes.Distinct().Count());
        Assert.Equal(Enum.GetValues<SemanticTokenModifiers>().Count(m => m != SemanticTokenModifiers.None), SemanticTokensLegend.TokenModifiers.Length);
    }
}
