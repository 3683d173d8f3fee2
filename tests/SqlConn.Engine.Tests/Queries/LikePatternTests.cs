using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Queries.Expressions;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// <see cref="LikePattern"/> against a plain recursive matcher over code points, on generated texts and
/// patterns: neither the rejection of texts without the pattern's longest literal run nor the skipping to
/// the literals of the segment after a <c>%</c> must ever change an answer or the dangling escape error.
/// </summary>
public sealed class LikePatternTests
{
    /// <summary>
    /// A letter in both cases, the wildcards, the escape, U+FFFD, a character above U+FFFF and lone surrogates
    /// (an unpaired one of a text matches U+FFFD; D800 before DC00 makes a pair). The surrogate-free pieces come
    /// first: the matcher skips ahead only in texts made of them.
    /// </summary>
    private static readonly string[] Pieces = ["a", "A", "b", "%", "_", "\\", "\uFFFD", "😀", "\uD800", "\uDC00"];

    private const int SurrogateFreePieces = 7;

    /// <summary>Up to <paramref name="maxLength"/> of the first <paramref name="pieces"/> pieces.</summary>
    private static Gen<string[]> PieceRuns(int pieces, int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(length => Gen.ListOf(Gen.Elements(Pieces.Take(pieces)), length)).Select(run => run.ToArray());

    /// <summary>
    /// A text made like the pattern: each of its pieces kept or, one time in three, replaced by up to three pieces,
    /// so that matches, and dangling escapes reached with text left, are frequent.
    /// </summary>
    private static Gen<string> TextsLike(string[] pattern, int pieces) =>
        Gen.CollectToArray(pattern, piece => Gen.Frequency((2, Gen.Constant(new[] { piece })), (1, PieceRuns(pieces, 3))))
            .Select(parts => string.Concat(parts.SelectMany(part => part)));

    /// <summary>Patterns over all the pieces; texts made like them or at random, over all the pieces or (half of them) the surrogate-free ones.</summary>
    private static Gen<(string Text, string Pattern)> Cases =>
        from pattern in PieceRuns(Pieces.Length, 8)
        from pieces in Gen.Elements(SurrogateFreePieces, Pieces.Length)
        from text in Gen.OneOf(TextsLike(pattern, pieces), PieceRuns(pieces, 10).Select(string.Concat))
        select (text, string.Concat(pattern));

    [Property(MaxTest = 3000)]
    public Property LIKE_and_ILIKE_agree_with_the_reference_matcher_and_its_dangling_escape_error() =>
        Prop.ForAll(Arb.From(Cases), Arb.From(Gen.Elements<int?>('\\', null)), Arb.From(Gen.Elements(false, true)), (@case, escape, caseInsensitive) =>
        {
            var (expected, actual) = (ReferenceOutcome(@case.Text, @case.Pattern, escape, caseInsensitive), Outcome(@case.Text, @case.Pattern, escape, caseInsensitive));
            return (expected == actual).Label($"'{@case.Text}' {(caseInsensitive ? "ILIKE" : "LIKE")} '{@case.Pattern}' ESCAPE '{(escape is { } e ? char.ConvertFromUtf32(e) : "")}': {actual?.ToString() ?? "error"}, expected {expected?.ToString() ?? "error"}");
        });

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
        Assert.False(pattern.Matches("abc", default));
        Assert.Throws<StatementFailedException>(() => pattern.Matches("abcd", default));
    }

    [Theory]
    [InlineData("%_b\\", "xxab")]
    [InlineData("%_b\\", "xxabb")]
    [InlineData("%ab\\", "ab")]
    [InlineData("%a%\\", "xa")]
    public void A_dangling_escape_after_a_percent_is_reached_at_the_first_place_the_segment_matches(string pattern, string text)
    {
        var expected = ReferenceOutcome(text, pattern, '\\', caseInsensitive: false);

        Assert.Equal(expected, Outcome(text, pattern, '\\', caseInsensitive: false));
    }

    /// <summary>The answer of <see cref="LikePattern.Matches"/>, null for the dangling escape error.</summary>
    private static bool? Outcome(string text, string pattern, int? escape, bool caseInsensitive)
    {
        try
        {
            return LikePattern.Compile(pattern, escape, caseInsensitive).Matches(text, default);
        }
        catch (StatementFailedException e) when (e.Message == "LIKE pattern must not end with escape character")
        {
            return null;
        }
    }

    /// <summary>
    /// The answer of LIKE (ILIKE: on both lowered), null for the error of a dangling escape, which is raised when
    /// the tokens before it match the text up to some code point before its end, and is otherwise just false.
    /// </summary>
    private static bool? ReferenceOutcome(string text, string pattern, int? escape, bool caseInsensitive)
    {
        if (caseInsensitive)
        {
            (text, pattern) = (text.ToLowerInvariant(), pattern.ToLowerInvariant());
        }

        var (codePoints, tokens) = (CodePoints(text), Tokens(pattern, escape));
        if (tokens is not [.. var beforeEscape, -3])
        {
            return Reference(codePoints, tokens);
        }

        return Enumerable.Range(0, codePoints.Length).Any(length => Reference(codePoints.AsSpan(0, length), beforeEscape)) ? null : false;
    }

    private static int[] CodePoints(string text) => [.. text.EnumerateRunes().Select(r => r.Value)];

    /// <summary>The pattern as code points, with -1 for <c>_</c>, -2 for <c>%</c> and -3 for a trailing escape (none when <paramref name="escape"/> is null).</summary>
    private static int[] Tokens(string pattern, int? escape)
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
            else if (c == escape)
            {
                escaped = true;
            }
            else
            {
                tokens.Add(c switch { '_' => -1, '%' => -2, _ => c });
            }
        }

        return escaped ? [.. tokens, -3] : [.. tokens];
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
