using SqlConn.Syntax.Tests.Support;
using SqlConn.Syntax.Tree;
using SqlConn.Workloads;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// The direct parser (SqlConn.Syntax/Parsing/Direct), the fast path, agrees with the ANTLR path,
/// the grammar of record: on every statement the tests know (test data of every area, examples,
/// seeds, the benchmark scripts), in both dialects, a statement it accepts is exactly the tree
/// builder's (spans included) and one ANTLR reports nothing on. It also keeps up: it accepts every
/// statement of the benchmark script that ANTLR parses cleanly, and every statement kind.
/// </summary>
public sealed class ParserAgreementTests
{
    /// <summary>Statement kinds the direct parser never builds: they always come with a diagnostic.</summary>
    private static readonly Type[] LeftToAntlr = [typeof(InvalidStatement), typeof(UnanalyzedStatement)];

    public static TheoryData<string> Files() => [.. TestFiles.ExamplesAndTestData()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Direct_parser_agrees_with_antlr_on_the_file(string path) =>
        AssertAgree(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));

    [Fact]
    public void Direct_parser_agrees_with_antlr_on_the_test_inputs()
    {
        foreach (var (_, sql) in TestFiles.AllSql())
        {
            AssertAgree(sql);
        }
    }

    [Fact]
    public void Direct_parser_agrees_with_antlr_on_the_benchmark_scripts()
    {
        AssertAgree(BenchmarkScript.Materialize());
        AssertAgree(BenchmarkScript.CockroachDb());
    }

    [Fact]
    public void Direct_parser_accepts_every_clean_statement_of_the_benchmark_scripts()
    {
        var paths = new ParserPaths();
        foreach (var (script, dialect) in new[] { (BenchmarkScript.Materialize(), SqlDialect.Materialize), (BenchmarkScript.CockroachDb(), SqlDialect.CockroachDb) })
        {
            var declined = ParserPaths.Statements(script)
                .Where(s => paths.Antlr(s, dialect).Diagnostics.IsEmpty && paths.Direct(s) is null)
                .Distinct()
                .Take(5)
                .ToList();
            Assert.True(declined.Count == 0, "declined: " + string.Join(" | ", declined));
        }
    }

    [Fact]
    public void Direct_parser_accepts_every_statement_kind()
    {
        var paths = new ParserPaths();
        var corpus = TestFiles.AllSql().Select(s => s.Sql)
            .Concat(TestFiles.ExamplesAndTestData().Select(path => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))))
            .Append(BenchmarkScript.Materialize(units: 40))
            .Append(BenchmarkScript.CockroachDb(units: 2));
        var accepted = corpus.SelectMany(ParserPaths.Statements).Distinct()
            .Select(s => paths.Direct(s)?.GetType())
            .OfType<Type>()
            .ToHashSet();
        var kinds = typeof(Statement).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Statement)) && !t.IsAbstract);
        var missing = kinds.Except(accepted).Except(LeftToAntlr).Select(t => t.Name).Order().ToList();
        Assert.True(missing.Count == 0, "never accepted: " + string.Join(", ", missing));
        Assert.Empty(accepted.Intersect(LeftToAntlr));
    }

    private static void AssertAgree(string script)
    {
        var paths = new ParserPaths();
        foreach (var statement in ParserPaths.Statements(script).Distinct())
        {
            foreach (var dialect in ParserPaths.Dialects)
            {
                var disagreement = paths.Disagreement(statement, dialect, out _);
                Assert.True(disagreement is null, $"{dialect}: {disagreement}\n{statement}");
            }
        }
    }
}
