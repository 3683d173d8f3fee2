using System.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tests.Support;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>docs/diagnostics.md is generated from the descriptors; this test fails when the committed file is stale.</summary>
public sealed class DiagnosticsDocTests
{
    [Fact]
    public void The_committed_diagnostics_page_matches_the_descriptors()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md");
        var expected = Render(SyntaxDiagnostics.All);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (actual != expected && RepositoryPaths.UpdateTestData)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(actual == expected, $"{path} is stale (UPDATE_TESTDATA=1 regenerates it):\n{LineDiff.Between(actual, expected)}");
    }

    [Fact]
    public void Codes_are_unique_and_stable_in_shape() =>
        Assert.All(SyntaxDiagnostics.All.GroupBy(d => d.Code), group =>
        {
            Assert.Single(group);
            Assert.Matches("^SC1[0-9]{3}$", group.Key);
        });

    private static string Render(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var list = descriptors.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var page = new StringBuilder()
            .Append("# Diagnostic codes\n\n")
            .Append("Every diagnostic SqlConn reports has a stable code. This page is generated from the descriptors in\n")
            .Append("`server/SqlConn.Syntax/Diagnostics/SyntaxDiagnostics.cs` by `tests/SqlConn.Syntax.Tests/DiagnosticsDocTests.cs`;\n")
            .Append("run the tests with `UPDATE_TESTDATA=1` to refresh it.\n\n")
            .Append("| Code | Severity | Category | Meaning |\n|---|---|---|---|\n");
        foreach (var d in list)
        {
            page.Append($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {d.DefaultSeverity.DisplayName()} | {d.Category} | {d.Title} |\n");
        }

        foreach (var d in list)
        {
            page.Append($"\n## {d.Code}\n\n**{d.Title}** ({d.DefaultSeverity.DisplayName()}, {d.Category}). {d.Explanation}\n\n")
                .Append($"Triggered by:\n\n```sql\n{d.BadExample}\n```\n\nCorrected:\n\n```sql\n{d.GoodExample}\n```\n");
        }

        return page.ToString();
    }
}
