using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Configuration;
using SqlConn.Ide.Diagnostics;
using SqlConn.Ide.Lint;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Ide.Tests.Ci;

/// <summary>
/// <see cref="DocumentLint.Apply"/> as data: each case of tests/testdata/ci/policy/*.test is a script
/// (with, as its first line, the sqlconn.json it is linted under when that line is JSON), and its
/// final diagnostics and suppressed ones. UPDATE_TESTDATA=1 rewrites the expected outputs.
/// </summary>
public sealed class DocumentLintTests
{
    public static TheoryData<string> Files => [.. TestCaseFile.In(Path.Combine("ci", "policy"))];

    [Theory]
    [MemberData(nameof(Files))]
    public void Policy_and_suppressions_apply_as_expected(string file) => TestCaseFile.Load(file).Verify(Lint);

    [Fact]
    public void Every_lint_code_appears_in_the_test_files()
    {
        var text = string.Concat(TestCaseFile.In(Path.Combine("ci", "policy")).SelectMany(f => TestCaseFile.Load(f).Lines));
        Assert.All(LintDiagnostics.All, d => Assert.Contains($" {d.Code}: ", text, StringComparison.Ordinal));
    }

    private static string Lint(string input)
    {
        var policy = LintPolicy.Default;
        if (input.StartsWith('{'))
        {
            var end = input.IndexOf('\n', StringComparison.Ordinal);
            policy = SqlConnConfigLoader.Parse(input[..end], "sqlconn.json").Policy;
            input = input[(end + 1)..];
        }

        var text = SourceText.From(input + "\n");
        var script = SqlParser.ParseScript(text);
        var start = Sessions.Start(DefaultCatalog.Create(0), null, script.Dialect);
        var analysis = new DocumentAnalysis("test.sql", 0, text, script, start, ScriptRunner.Run(start, script).Statements);

        var linted = DocumentLint.Apply(analysis, DocumentDiagnostics.Compute(analysis), policy);

        var output = new StringBuilder();
        foreach (var diagnostic in linted.Diagnostics)
        {
            output.Append(DiagnosticRenderer.Render(text, diagnostic));
        }

        foreach (var (diagnostic, suppression) in linted.Suppressed)
        {
            var position = text.Lines.GetLinePosition(diagnostic.Span.Start);
            output.Append($"suppressed {position.Line + 1}:{position.Character + 1} {diagnostic.Severity.DisplayName()} {diagnostic.Code} ({suppression.Reason ?? "no reason"})\n");
        }

        return output.ToString();
    }
}
