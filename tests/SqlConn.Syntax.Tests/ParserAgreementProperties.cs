using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Syntax.Tests.Support;
using SqlConn.Workloads;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// On statements mutated from the corpus at the token level (tokens dropped, duplicated, swapped or
/// replaced by keywords, punctuation and literals that open other alternatives), the direct parser
/// never throws, and whenever it accepts one, the ANTLR path reports nothing and builds the same
/// tree, spans included; the parser as wired always gives the ANTLR path's syntax.
/// </summary>
public sealed class ParserAgreementProperties
{
    private static readonly string[] Corpus =
    [
        .. TestFiles.AllSql().Select(s => s.Sql)
            .Append(BenchmarkScript.Materialize(units: 20))
            .Append(BenchmarkScript.CockroachDb(units: 1))
            .SelectMany(ParserPaths.Statements)
            .Distinct(),
    ];

    private static readonly string[] Pieces =
    [
        ",", "(", ")", "[", "]", ".", "=", "::", "-", "+", "*", "||", "=>", "AS", "TO", "FOR", "IF", "NOT", "EXISTS", "IN", "IS",
        "NULL", "TRUE", "AND", "OR", "LIKE", "ESCAPE", "BETWEEN", "SELECT", "FROM", "WHERE", "JOIN", "ON", "USING", "WITH",
        "SECRET", "CONNECTION", "CLUSTER", "REPLICA", "SSH", "TUNNEL", "AWS", "PRIVATELINK", "PORT", "PUBLIC", "KEY", "3", "1",
        "70000", "USERNAME", "CASCADE", "RESTRICT", "REDACTED", "SYSTEM", "ALL", "GRANT", "OPTION", "GROUP", "ROLE", "SESSION",
        "CONFLUENT", "SCHEMA", "REGISTRY", "MAP", "ARRAY", "CASE", "WHEN", "THEN", "END", "EXTERNAL", "$1", "'x'", "E'\\xff'",
        "E'\\n'", "$$y$$", "X'0A'", "\"\"", "\"Q\"", "x", "[u1 AS a.b.c]", "[u1 AS c]",
    ];

    private readonly ParserPaths paths = new();

    private static Gen<string> Mutated =>
        from seed in Gen.Elements(Corpus)
        from mutations in Gen.ListOf(Mutation).Select(m => m.Take(4).ToList())
        select string.Join(' ', mutations.Aggregate(Tokens(seed), (tokens, mutate) => mutate(tokens)));

    private static Gen<Func<List<string>, List<string>>> Mutation =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, 1 << 16)
        from b in Gen.Choose(0, 1 << 16)
        from piece in Gen.Elements(Pieces)
        select (Func<List<string>, List<string>>)(tokens => Mutate(tokens, kind, a, b, piece));

    [Property(MaxTest = 3000)]
    public Property Direct_parser_agrees_with_antlr_on_mutated_statements() =>
        Prop.ForAll(Arb.From(Mutated), statement =>
        {
            foreach (var dialect in ParserPaths.Dialects)
            {
                var disagreement = paths.Disagreement(statement, dialect, out _);
                Assert.True(disagreement is null, $"{dialect}: {disagreement}");
            }
        });

    private static List<string> Tokens(string statement) =>
        [.. SqlParser.Tokenize(statement).Select(t => statement.Substring(t.Span.Start, t.Span.Length))];

    private static List<string> Mutate(List<string> tokens, int kind, int a, int b, string piece)
    {
        var result = new List<string>(tokens);
        if (result.Count == 0)
        {
            return [piece];
        }

        var (i, j) = (a % result.Count, b % result.Count);
        switch (kind)
        {
            case 0:
                result.RemoveAt(i);
                break;
            case 1:
                result.Insert(i, result[j]);
                break;
            case 2:
                (result[i], result[j]) = (result[j], result[i]);
                break;
            case 3:
                result[i] = piece;
                break;
            default:
                result.Insert(i, piece);
                break;
        }

        return result;
    }
}
