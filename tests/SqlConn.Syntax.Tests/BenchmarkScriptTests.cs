using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tree;
using SqlConn.Workloads;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>The benchmark workload is valid SQL, deterministic, and uses every statement kind.</summary>
public sealed class BenchmarkScriptTests
{
    [Fact]
    public void The_materialize_script_has_20000_statements_of_2_MB_without_errors()
    {
        var sql = BenchmarkScript.Materialize();
        var script = SqlParser.ParseScript(sql);

        Assert.InRange(script.Statements.Length, 20_000, 20_010);
        Assert.InRange(sql.Length, 1_800_000, 2_600_000);
        Assert.DoesNotContain(script.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(sql, BenchmarkScript.Materialize());
    }

    [Fact]
    public void The_scripts_use_every_statement_kind()
    {
        var kinds = SqlParser.ParseScript(BenchmarkScript.Materialize(units: 64)).Statements
            .Concat(SqlParser.ParseScript(BenchmarkScript.CockroachDb(units: 2)).Statements)
            .Select(s => s.Node.GetType())
            .ToHashSet();
        var unused = typeof(Statement).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Statement)) && !t.IsAbstract && t != typeof(InvalidStatement) && !kinds.Contains(t))
            .Select(t => t.Name)
            .Order();
        Assert.Empty(unused);
    }

    [Fact]
    public void The_cockroachdb_script_parses_without_errors() =>
        Assert.DoesNotContain(SqlParser.ParseScript(BenchmarkScript.CockroachDb()).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
}
