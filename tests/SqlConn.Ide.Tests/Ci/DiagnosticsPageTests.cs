using System.Text;
using SqlConn.Ide.Diagnostics;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Tests.Ci;

/// <summary>
/// docs/diagnostics.md is generated from every descriptor (<see cref="DiagnosticCatalog"/>), each section
/// being what <c>sqlconn explain CODE</c> prints; this test fails when the committed page is stale and
/// rewrites it with UPDATE_TESTDATA=1.
/// </summary>
public sealed class DiagnosticsPageTests
{
    [Fact]
    public void The_committed_diagnostics_page_matches_the_descriptors() =>
        GeneratedFile.Check(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"), Render());

    [Fact]
    public void Codes_are_unique_and_in_their_layers_block()
    {
        Assert.All(DiagnosticCatalog.All.GroupBy(d => d.Code), group => Assert.Single(group));
        Assert.All(DiagnosticCatalog.All, d => Assert.Matches("^SC[1-5][0-9]{3}$", d.Code));
        Assert.All(SyntaxDiagnostics.All, d => Assert.StartsWith("SC1", d.Code, StringComparison.Ordinal));
        Assert.All(SqlConn.Ide.Lint.LintDiagnostics.All, d => Assert.StartsWith("SC5", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_is_explained_with_examples()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Explanation), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.BadExample), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.GoodExample), d.Code);
        });
    }

    private static string Render()
    {
        var page = new StringBuilder()
            .Append("# Diagnostic codes\n\n")
            .Append("Every diagnostic SqlConn reports has a stable code: SC1xxx syntax, SC2xxx catalog, options and secrets,\n")
            .Append("SC23xx queries, SC25xx CockroachDB, SC3xxx privileges, SC4xxx preview warnings, SC5xxx lint (suppression\n")
            .Append("comments). `sqlconn explain CODE` prints a code's section; sqlconn.json's `\"rules\"` change a code's severity\n")
            .Append("(see [ci.md](ci.md)). This page is generated from the descriptors by\n")
            .Append("`tests/SqlConn.Ide.Tests/Ci/DiagnosticsPageTests.cs`; run the tests with `UPDATE_TESTDATA=1` to refresh it.\n\n")
            .Append("| Code | Severity | Category | Meaning |\n|---|---|---|---|\n");
        foreach (var d in DiagnosticCatalog.All)
        {
            page.Append($"| [{d.Code}](#{d.Code.ToLowerInvariant()}) | {d.DefaultSeverity.DisplayName()} | {d.Category} | {d.Title.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        foreach (var d in DiagnosticCatalog.All)
        {
            page.Append('\n').Append(DiagnosticExplanation.Markdown(d));
        }

        return page.ToString();
    }
}
