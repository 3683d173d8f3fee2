using System.Collections.Immutable;
using SqlConn.Ide.Features.Hover;
using SqlConn.Ide.Tests.Support;

namespace SqlConn.Ide.Tests.Hover;

/// <summary>
/// Hover as data (tests/testdata/ide/hover/*.test): a fixture with one <c>$0</c>, then the hovered
/// range and the Markdown shown (blank lines as ¶). Plus the privilege seam and the secret canary.
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
    public void Statement_hover_shows_the_privileges_the_provider_gives()
    {
        var document = Analyses.Document("CREATE SECRET s AS 'x';\nDROP SECRET s;\n");
        PrivilegeHints hints = (analysis, index) => index == 1
            ? [new PrivilegeRequirement("ownership", "secret s", Held: true), new PrivilegeRequirement("USAGE", "schema materialize.public", Held: false)]
            : ImmutableArray<PrivilegeRequirement>.Empty;

        var hover = HoverService.Hover(document, document.Text.ToString().IndexOf("DROP", StringComparison.Ordinal) + 1, hints);

        Assert.NotNull(hover);
        Assert.EndsWith("Privileges:\n- ownership on secret s: held\n- USAGE on schema materialize.public: missing", hover.Markdown, StringComparison.Ordinal);
    }

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
