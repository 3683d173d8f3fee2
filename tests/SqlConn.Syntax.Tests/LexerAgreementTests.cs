using Antlr4.Runtime;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Lexing;
using SqlConn.Syntax.Tests.Support;
using SqlConn.Workloads;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>
/// The hand-written lexer the parser reads from (<see cref="SqlTokenSource"/>) produces exactly the
/// tokens of the ANTLR lexer generated from grammar/SqlConnLexer.g4, the grammar of record: the same
/// types, channels, offsets and texts, on the benchmark scripts, every example and test data file,
/// and random text made of the fragments where lexing rules meet.
/// </summary>
public sealed class LexerAgreementTests
{
    private static readonly string[] Fragments =
    [
        ";", "'", "''", "\"", "\"\"", "E'", "e'", "x'", "X'", "\\", "\\'", "\\\\", "$$", "$a$", "$A$", "$a", "$1", "$", "$_9$",
        "--", "-", "/*", "*/", "/", "*", "\n", "\r", "\t", "\f", "\v", " ", "x", "e", "E", "abc", "ab$c", "_", "1", "12", "1.5e3",
        "1e", "e+", "e-5", ".", "..", "(", ")", "[", "]", ",", ":", "::", "=", "=>", "<", ">", "<>", "!=", "<=", ">=", "|", "||",
        "+", "%", "~", "!", "@", "#", "^", "&", "`", "?", "{", "}", "ä", "\u0080", "\uFFFE", "\uFFFF", "\u212A", "\u0131", "\0",
        "\ud83d\ude00", "select", "SELECT", "create", "connection", "createnetworkpolicy", "keys", "kEyS", "if",

        // Letters whose case mapping reaches ASCII (dotless i, long s): never part of a keyword.
        "\u0131f", "\u017Felect",
    ];

    public static TheoryData<string> Files() => [.. TestFiles.ExamplesAndTestData()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Lexers_agree_on_the_file(string path) =>
        AssertAgree(File.ReadAllText(Path.Combine(RepositoryPaths.Root, path)));

    [Fact]
    public void Lexers_agree_on_the_benchmark_scripts()
    {
        AssertAgree(BenchmarkScript.Materialize());
        AssertAgree(BenchmarkScript.CockroachDb());
    }

    [Property(MaxTest = 3000)]
    public Property Lexers_agree_on_random_text() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts.Take(60)))),
            text => Tokens(new SqlTokenSource(text)).SequenceEqual(AntlrTokens(text)));

    private static void AssertAgree(string text)
    {
        var expected = AntlrTokens(text);
        var actual = Tokens(new SqlTokenSource(text));
        var mismatch = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(mismatch < 0 && expected.Count == actual.Count,
            mismatch < 0 ? $"{actual.Count} tokens, expected {expected.Count}" : $"token {mismatch}: {actual[mismatch]}, expected {expected[mismatch]}");
    }

    private static List<(int Type, int Channel, int Start, int Stop, string Text)> AntlrTokens(string text)
    {
        var lexer = new SqlConnLexer(new AntlrInputStream(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        return Tokens(lexer);
    }

    private static List<(int Type, int Channel, int Start, int Stop, string Text)> Tokens(ITokenSource source)
    {
        var tokens = new List<(int, int, int, int, string)>();
        IToken token;
        do
        {
            token = source.NextToken();
            tokens.Add((token.Type, token.Channel, token.StartIndex, token.StopIndex, token.Text));
        }
        while (token.Type != TokenConstants.EOF);

        return tokens;
    }
}
