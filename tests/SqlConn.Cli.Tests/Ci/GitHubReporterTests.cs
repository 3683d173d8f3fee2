using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Cli.Reporting;
using SqlConn.Syntax;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Cli.Tests.Ci;

/// <summary>What the fixture project does not show: escaping of workflow command values, and ranges over several lines.</summary>
public sealed class GitHubReporterTests
{
    [Fact]
    public void Values_are_escaped_as_the_runner_expects()
    {
        var text = SourceText.From("CREATE SECRET s AS 'x';\n");
        var diagnostic = new Diagnostic(SyntaxDiagnostics.SyntaxError, new TextSpan(0, 6), "100% wrong: here, there", Detail: "line one\r\nline two");

        var output = Write(new FileReport("dir,with:odd%chars/a.sql", text, [diagnostic], [], SqlParser.ParseScript(text)));

        Assert.Equal(
            "::error file=dir%2Cwith%3Aodd%25chars/a.sql,line=1,col=1,endLine=1,endColumn=7,title=SC1001::100%25 wrong: here, there%0Adetail: line one%0D%0Aline two\n",
            output);
    }

    [Fact]
    public void A_range_over_several_lines_has_no_columns()
    {
        var text = SourceText.From("CREATE SECRET s\nAS 'x';\n");
        var diagnostic = new Diagnostic(SyntaxDiagnostics.EmptyStatement, new TextSpan(7, 12), "message");

        var output = Write(new FileReport("a.sql", text, [diagnostic], [], SqlParser.ParseScript(text)));

        Assert.Equal("::notice file=a.sql,line=1,endLine=2,title=SC1007::message\n", output);
    }

    private static string Write(FileReport file)
    {
        var output = new StringWriter { NewLine = "\n" };
        GitHubReporter.Write(new LintReport(ImmutableArray.Create(file), 0), output);
        return string.Join('\n', output.ToString().Split('\n').SkipLast(2)) + "\n";
    }
}
