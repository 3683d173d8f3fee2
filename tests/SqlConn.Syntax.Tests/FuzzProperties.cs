using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Tests.Support;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// Random and mutated input never makes the parser throw or report an internal error, and every
/// diagnostic stays inside the text. Mutations start from the statements of the test data and
/// delete, insert, duplicate and swap characters and tokens, including the characters that open
/// quotes, comments and nesting.
/// </summary>
public sealed class FuzzProperties
{
    private static readonly string[] Corpus =
        [.. TestFiles.AllSql().SelectMany(s => s.Sql.Split(';')).Where(s => s.Trim().Length > 0).Distinct()];

    private static readonly string[] Nasty =
    [
        "\0", "'", "''", "\"", "E'", "\\", "$$", "$a$", "$1", "--", "/*", "*/", ";", "\n", "(", ")", "[", "]", ",", "=",
        "::", "SECRET", "CONNECTION", "TO", "(", "USING", "SSH TUNNEL", "IF NOT EXISTS", "\uFFFD", "\u00E9", "\uD83D\uDE00",
        new string('(', 300), new string(')', 300), new string('x', 5000), "NOT NOT NOT", "- - -",
    ];

    private static Gen<string> Mutated =>
        from seed in Gen.Elements(Corpus)
        from mutations in Gen.ListOf(Mutation).Select(m => m.Take(8).ToList())
        select mutations.Aggregate(seed, (text, mutate) => mutate(text));

    private static Gen<Func<string, string>> Mutation =>
        from kind in Gen.Choose(0, 4)
        from a in Gen.Choose(0, 1 << 16)
        from b in Gen.Choose(0, 1 << 16)
        from piece in Gen.Elements(Nasty)
        select (Func<string, string>)(text => Mutate(text, kind, a, b, piece));

    private static string Mutate(string text, int kind, int a, int b, string piece)
    {
        var i = text.Length == 0 ? 0 : a % text.Length;
        var j = text.Length == 0 ? 0 : b % text.Length;
        var (from, to) = (Math.Min(i, j), Math.Max(i, j));
        return kind switch
        {
            0 => text.Remove(from, Math.Min(to - from, 12)),
            1 => text.Insert(i, piece),
            2 => text.Insert(i, text[from..to]),
            3 when from < to => text[..from] + text[to] + text[(from + 1)..to] + text[from] + text[(to + 1)..],
            _ => text.Insert(i, " " + piece + " "),
        };
    }

    private static Gen<string> RandomText =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Nasty), Gen.Elements(Corpus), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .Select(parts => string.Concat(parts.Take(60)));

    [Property(MaxTest = 500)]
    public Property Mutated_statements_never_break_the_parser() => Prop.ForAll(Arb.From(Mutated), ParsesCleanly);

    [Property(MaxTest = 300)]
    public Property Random_text_never_breaks_the_parser() => Prop.ForAll(Arb.From(RandomText), ParsesCleanly);

    /// <summary>Asserts (so that a failure names the diagnostic) that the parse is clean; true otherwise.</summary>
    private static bool ParsesCleanly(string sql)
    {
        var script = SqlParser.ParseScript(sql);
        Assert.All(script.Diagnostics, d =>
        {
            Assert.False(d.Code == SyntaxDiagnostics.InternalError.Code, d.Message);
            Assert.InRange(d.Span.End, 0, sql.Length);
        });
        Assert.All(script.Statements, s => Assert.InRange(s.ChunkSpan.End, 0, sql.Length));
        return true;
    }
}
