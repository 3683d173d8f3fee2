using System.Text;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Queries;
using SqlConn.Engine.Values;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// Runs <c>tests/testdata/queries/*.test</c>: each case is a SELECT over <see cref="CatalogFixture"/>;
/// the expected output is the psql-style table, or the error (code, message, DETAIL, HINT and the
/// text its span covers), or the not-evaluated notice.
/// </summary>
public sealed class QueryTestData
{
    public static TheoryData<string> Files => [.. TestCaseFile.In("queries")];

    [Theory]
    [MemberData(nameof(Files))]
    public void Queries(string file) => TestCaseFile.Load(file).Verify(Run);

    [Fact]
    public void EveryDiagnosticIsExercised()
    {
        var lines = TestCaseFile.In("queries").SelectMany(f => TestCaseFile.Load(f).Lines).ToArray();
        var missing = QueryDiagnostics.All.Where(d => !lines.Any(l => l.StartsWith($"ERROR {d.Code}:", StringComparison.Ordinal) || l.StartsWith($"NOTICE {d.Code}:", StringComparison.Ordinal)));
        Assert.Empty(missing.Select(d => $"{d.Code} {d.Title}"));
    }

    internal static string Run(string sql)
    {
        var syntax = SqlParser.ParseStatement(sql);
        if (syntax.HasErrors || syntax.Node is not QueryStatement statement)
        {
            return "not a valid query: " + string.Join("; ", syntax.Diagnostics.Select(d => d.Message));
        }

        try
        {
            var result = QueryEvaluator.Evaluate(statement.Query, new CatalogFixture());
            return TableFormatter.Format(result.Columns, result.Rows);
        }
        catch (StatementFailedException failure)
        {
            var error = failure.Error;
            var output = new StringBuilder($"ERROR {error.Descriptor.Code}: {error.Message}\n");
            output.Append(error.Detail is null ? string.Empty : $"DETAIL: {error.Detail}\n");
            output.Append(error.Hint is null ? string.Empty : $"HINT: {error.Hint}\n");
            return output.Append(At(sql, error.Span)).ToString();
        }
        catch (QueryNotEvaluatedException notEvaluated)
        {
            var notice = notEvaluated.ToDiagnostic();
            return $"NOTICE {notice.Code}: {notice.Message}\n{At(sql, notice.Span)}";
        }
    }

    private static string At(string sql, TextSpan span) => $"AT: {sql.Substring(span.Start, span.Length)}";
}
