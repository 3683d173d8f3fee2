using System.Text;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Queries.Expressions;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// <see cref="LikePattern"/> against a plain recursive matcher over code points, on generated texts and
/// patterns: the rejection of texts without the pattern's longest literal run must never change an answer.
/// </summary>
public sealed class LikePatternTests
{
    [Theory]
    [InlineData("payments_kafka_12", "%_kafka_%", true)]
    [InlineData("payments_pg_12", "%_kafka_%", false)]
    [InlineData("kafka_1", "%_kafka_%", false)]
    [InlineData("x😀y", "%😀_", true)]
    [InlineData("KAFKA", "%kafka%", false)]
    public void Matches_as_SQL_LIKE(string text, string pattern, bool expected) =>
        Assert.Equal(expected, LikePattern.Compile(pattern, '\\', caseInsensitive: false).Matches(text, default));

    [Theory]
    [InlineData("kafka_%", '\\', false, "kafka")]
    [InlineData("kafka\\_c%", '\\', false, "kafka_c")]
    [InlineData("kafka#_c%", '#', false, "kafka_c")]
    [InlineData("ab\\", '\\', false, "ab")]
    [InlineData("%kafka", '\\', false, "")]
    [InlineData("caf\u00e9\u20ac\uFFFDx%", '\\', false, "caf\u00e9\u20ac")]
    [InlineData("a\uFFFDb", '\\', false, "a")]
    [InlineData("a\uD83D\uDE00b", '\\', false, "a")]
    [InlineData("Kafka%", '\\', true, "")]
    public void The_literal_prefix_stops_at_the_first_wildcard_escape_end_or_surrogate(string pattern, char escape, bool caseInsensitive, string expected) =>
        Assert.Equal(expected, LikePattern.Compile(pattern, escape, caseInsensitive).LiteralPrefix);

    [Fact]
    public void ESCAPE_empty_makes_the_backslash_a_literal_of_the_prefix() =>
        Assert.Equal("a\\b", LikePattern.Compile("a\\b%", null, caseInsensitive: false).LiteralPrefix);

    [Fact]
    public void An_unpaired_surrogate_matches_U_FFFD_without_containing_it()
    {
        Assert.True(LikePattern.Compile("a\uFFFDb", '\\', caseInsensitive: false).Matches("a\uD800b", default));
        Assert.True(LikePattern.Compile("%\uFFFD%", '\\', caseInsensitive: false).Matches("a\uD800b", default));
    }

    [Fact]
    public void ILIKE_looks_for_the_literal_run_in_the_lowered_text() =>
        Assert.True(LikePattern.Compile("%_KAFKA_%", '\\', caseInsensitive: true).Matches("Payments_Kafka_1", default));

    [Fact]
    public void A_dangling_escape_is_an_error_only_when_matching_reaches_it()
    {
        var pattern = LikePattern.Compile("abc\\", '\\', caseInsensitive: false);

        Assert.False(pattern.Matches("xyz", default));
        Assert.Throws<StatementFailedException>(() => pattern.Matches("abcd", default));
    }

    [Fact]
    public void Agrees_with_a_reference_matcher_on_generated_cases()
    {
        var random = new Random(7);
        string[] alphabet = ["a", "b", "_", "%", "\\", "😀", "\uFFFD", "\uD800"];
        string Generate(int length, bool pattern) =>
            string.Concat(Enumerable.Range(0, random.Next(length)).Select(_ => alphabet[random.Next(pattern ? alphabet.Length - 1 : alphabet.Length)]));

        for (var i = 0; i < 20_000; i++)
        {
            var (text, pattern) = (Generate(8, pattern: false), Generate(6, pattern: true));
            if (pattern.EndsWith('\\'))
            {
                continue;
            }

            var compiled = LikePattern.Compile(pattern, '\\', caseInsensitive: false);
            Assert.True(Reference(CodePoints(text), Tokens(pattern)) == compiled.Matches(text, default), $"'{text}' LIKE '{pattern}'");
        }
    }

    private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];

    /// <summary>The pattern as code points, with -1 for <c>_</c> and -2 for <c>%</c> (backslash escapes).</summary>
    private static int[] Tokens(string pattern)
    {
        var tokens = new List<int>();
        var escaped = false;
        foreach (var c in CodePoints(pattern))
        {
            if (escaped)
            {
                tokens.Add(c);
                escaped = false;
            }
            else if (c == '\\')
            {
                escaped = true;
            }
            else
            {
                tokens.Add(c switch { '_' => -1, '%' => -2, _ => c });
            }
        }

        return [.. tokens];
    }

    private static bool Reference(ReadOnlySpan<int> text, ReadOnlySpan<int> pattern)
    {
        switch (pattern)
        {
            case []:
                return text.IsEmpty;
            case [-2, ..]:
                for (var i = 0; i <= text.Length; i++)
                {
                    if (Reference(text[i..], pattern[1..]))
                    {
                        return true;
                    }
                }

                return false;
            case [var c, ..]:
                return !text.IsEmpty && (c == -1 || text[0] == c) && Reference(text[1..], pattern[1..]);
        }
    }
}
