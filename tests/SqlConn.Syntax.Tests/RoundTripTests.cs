using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tests.Support;
using SqlConn.Syntax.Tree;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// parse(print(tree)) equals tree (spans aside) for every statement without errors in the syntax
/// test inputs and the seed examples, and the printed SQL parses without any error.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Sources => [.. TestFiles.AllSql().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Printing_then_parsing_gives_the_same_tree(string name)
    {
        var sql = TestFiles.AllSql().Single(s => s.Name == name).Sql;
        var failures = RoundTrip.Failures(sql).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Every_statement_kind_takes_part_in_the_round_trip()
    {
        var kinds = TestFiles.AllSql()
            .SelectMany(s => SqlParser.ParseScript(s.Sql).Statements)
            .Where(s => !s.HasErrors)
            .Select(s => s.Node.GetType())
            .ToHashSet();
        var missing = typeof(Statement).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Statement)) && !t.IsAbstract && t != typeof(InvalidStatement) && !kinds.Contains(t))
            .Select(t => t.Name)
            .Order()
            .ToList();
        Assert.True(missing.Count == 0, "statement kinds no test prints: " + string.Join(", ", missing));
    }
}

internal static class RoundTrip
{
    /// <summary>A description of each statement of <paramref name="sql"/> that does not survive print and reparse.</summary>
    public static IEnumerable<string> Failures(string sql)
    {
        var script = SqlParser.ParseScript(sql);
        foreach (var statement in script.Statements.Where(s => !s.HasErrors && s.Node is not InvalidStatement))
        {
            var printed = SqlPrinter.Print(statement.Node);
            var reparsed = SqlParser.ParseStatement(printed, script.Dialect);
            var errors = reparsed.Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.Message).ToList();
            var difference = StructuralComparer.FindDifference(statement.Node, reparsed.Node, "statement");
            if (errors.Count > 0 || difference is not null)
            {
                yield return $"original: {statement.Syntax.Text.Trim()}\nprinted:  {printed}\n"
                    + (errors.Count > 0 ? "errors:   " + string.Join("; ", errors) : "differs:  " + difference);
            }
        }
    }
}
