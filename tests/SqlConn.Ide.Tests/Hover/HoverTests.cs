using SqlConn.Ide.Features.Hover;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Hover;

/// <summary>
/// Hover as data (tests/testdata/ide/hover/*.test): a fixture with one <c>$0</c>, then the hovered
/// range and the Markdown shown (blank lines as ¶). Plus the secret canary.
/// </summary>
public sealed class HoverTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("ide/hover")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Hovers_as_expected(string file) => Fixture.Verify(file, fixture =>
    {
        return HoverService.Hover(fixture.Document, fixture.Position) is { } hover
            ? $"{Spans.Render(fixture.Document.Text, hover.Span)}\n{Rendering.Markdown(hover.Markdown)}"
            : "(none)";
    });

    [Fact]
    public void No_hover_shows_a_secret_value()
    {
        const string value = "s3cr3t-canary-value";
        var text = $"CREATE SECRET s AS '{value}';\nALTER SECRET s AS '{value}2';\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'u', DATABASE 'd', PASSWORD SECRET s);\nDROP SECRET s CASCADE;\n";
        var document = Analyses.Document(text);
        var fingerprint = ((Engine.Catalog.SecretItem)document.Statements[0].After.Catalog.Items.Values.Single()).Value?.Sha256Hex;
        Assert.NotNull(fingerprint);
        for (var position = 0; position <= text.Length; position++)
        {
            var markdown = HoverService.Hover(document, position)?.Markdown ?? string.Empty;
            Assert.DoesNotContain(value, markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(fingerprint, markdown, StringComparison.Ordinal);
        }
    }
}
