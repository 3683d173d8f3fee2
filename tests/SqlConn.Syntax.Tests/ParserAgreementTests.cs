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

    /// <summary>Where the grammar is ambiguous or precedence decides: the direct parser declines or builds ANTLR's tree.</summary>
    [Theory]
    [InlineData("SELECT NOT a = b AND c OR d IS NOT NULL")]
    [InlineData("SELECT a = NOT b AND c, -x::int * 2 + y || z, a NOT LIKE b ESCAPE c BETWEEN d AND e")]
    [InlineData("SELECT a IS DISTINCT FROM b = c, x IN (1, 2) IN (TRUE), t.* FROM t AS x JOIN u USING (id)")]
    [InlineData("SELECT CASE when WHEN 1 THEN 2 END, exists(1), ARRAY[1][1], (a)::text[], x::numeric(10, 2)[1]")]
    [InlineData("SELECT a FROM ((SELECT 1) UNION (SELECT 2)) AS s WHERE a IN ((SELECT 1))")]
    [InlineData("SELECT count(DISTINCT a ORDER BY b DESC NULLS FIRST) AS as, b as FROM t LIMIT ALL OFFSET 1")]
    [InlineData("DROP SINK cascade")]
    [InlineData("DROP SOURCE a, cascade RESTRICT")]
    [InlineData("DROP CLUSTER replica CASCADE")]
    [InlineData("DROP CLUSTER REPLICA IF EXISTS c.r, d.s")]
    [InlineData("GRANT USAGE ON system TO r")]
    [InlineData("GRANT system TO r")]
    [InlineData("GRANT SYSTEM CREATEROLE TO r WITH GRANT OPTION")]
    [InlineData("GRANT USAGE ON TABLE TO r")]
    [InlineData("GRANT USAGE ON ALL SCHEMAS IN DATABASE d TO GROUP r")]
    [InlineData("REVOKE GRANT OPTION FOR USAGE ON CONNECTION c FROM r")]
    [InlineData("CREATE ROLE if NOT EXISTS")]
    [InlineData("CREATE ROLE IF NOT EXISTS r WITH PASSWORD NULL LOGIN PASSWORD 'x' INHERIT")]
    [InlineData("CREATE CONNECTION c TO KAFKA (BROKER 'b' USING AWS PRIVATELINK pl (AVAILABILITY ZONE 'z', PORT 9093), SSL CERTIFICATE AUTHORITY)")]
    [InlineData("CREATE CONNECTION c TO POSTGRES (HOST h, PORT -1, PASSWORD SECRET [u1 AS a.b.c], USER secret, SSL KEY = SECRET k)")]
    [InlineData("CREATE CONNECTION c TO AWS PRIVATELINK (SERVICE NAME 'x', AVAILABILITY ZONES ['a'], PROGRESS TOPIC replication)")]
    [InlineData("CREATE CONNECTION c FOR SQL SERVER HOST 'h' PORT 1 WITH (VALIDATE)")]
    [InlineData("CREATE CONNECTION c TO ICEBERG CATALOG (CATALOG TYPE = MAP['a' => 1, 'b' => (x, [y])], PUBLIC KEY 3 'k')")]
    [InlineData("ALTER CONNECTION c SET (AWS CONNECTION = a), DROP (SSH TUNNEL), RESET (USERNAME), ROTATE KEYS WITH (VALIDATE = true)")]
    [InlineData("CREATE CLUSTER c REPLICAS (r1 (SIZE '1', INTROSPECTION INTERVAL = '1s')), MANAGED = false WITH (RETAIN HISTORY FOR '1h')")]
    [InlineData("CREATE CLUSTER REPLICA c.r SIZE '1', AVAILABILITY ZONE 'z')")]
    [InlineData("ALTER CLUSTER IF EXISTS c RESET (SIZE, WORKLOAD CLASS)")]
    [InlineData("CREATE SOURCE s FROM LOAD GENERATOR COUNTER (TICK INTERVAL '1s') FORMAT AVRO USING CONFLUENT SCHEMA REGISTRY CONNECTION a.b")]
    [InlineData("CREATE SINK IF NOT EXISTS k IN CLUSTER c FROM t INTO ICEBERG CATALOG CONNECTION i (TABLE 'x') USING AWS CONNECTION a")]
    [InlineData("SET SESSION ROLE TO")]
    [InlineData("SET ROLE = 'Admin'")]
    [InlineData("COMMENT ON CLUSTER REPLICA IS 'x'")]
    [InlineData("COMMENT ON MATERIALIZED VIEW v IS NULL")]
    [InlineData("SHOW REDACTED CREATE EXTERNAL CONNECTION $1")]
    [InlineData("ALTER EXTERNAL CONNECTION IF EXISTS IF NOT EXISTS x AS 'y'")]
    [InlineData("CHECK EXTERNAL CONNECTION 'u' WITH OPTIONS (CONCURRENTLY = 1 + 2, TIME = t)")]
    [InlineData("ALTER DEFAULT PRIVILEGES FOR ALL ROLES IN DATABASE d REVOKE ALL PRIVILEGES ON TYPES FROM PUBLIC")]
    public void Direct_parser_agrees_with_antlr_where_the_grammar_is_subtle(string statement)
    {
        var paths = new ParserPaths();
        foreach (var dialect in ParserPaths.Dialects)
        {
            var disagreement = paths.Disagreement(statement, dialect, out _);
            Assert.True(disagreement is null, $"{dialect}: {disagreement}");
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
