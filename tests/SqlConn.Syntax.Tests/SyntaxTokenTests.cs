using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace SqlConn.Syntax.Tests;

/// <summary>A token holds its keyword as a token type; what it exposes is still the keyword's text.</summary>
public sealed class SyntaxTokenTests
{
    [Fact]
    public void A_lexed_keyword_token_equals_one_built_from_its_text()
    {
        var lexed = SqlParser.Tokenize("CREATE secret");

        Assert.Equal(
            new[] { new SyntaxToken(SyntaxTokenKind.Keyword, new TextSpan(0, 6), "CREATE"), new SyntaxToken(SyntaxTokenKind.Keyword, new TextSpan(7, 6), "SECRET") },
            lexed.ToArray());
        Assert.Equal("SECRET", lexed[1].Keyword);
        Assert.Equal("SyntaxToken { Kind = Keyword, Span = [7..13), Keyword = SECRET }", lexed[1].ToString());
    }

    [Fact]
    public void A_token_that_is_no_keyword_has_none()
    {
        var identifier = SqlParser.Tokenize("payments")[0];

        Assert.Null(identifier.Keyword);
        Assert.Equal(new SyntaxToken(SyntaxTokenKind.Identifier, new TextSpan(0, 8)), identifier);
    }

    [Fact]
    public void With_and_deconstruction_see_the_keyword()
    {
        var token = new SyntaxToken(SyntaxTokenKind.Keyword, new TextSpan(0, 6), "CREATE") with { Keyword = "ALTER" };
        var (kind, span, keyword) = token;

        Assert.Equal((SyntaxTokenKind.Keyword, new TextSpan(0, 6), "ALTER"), (kind, span, keyword));
        Assert.NotEqual(new SyntaxToken(SyntaxTokenKind.Keyword, new TextSpan(0, 6), "CREATE"), token);
    }

    [Fact]
    public void Every_keyword_of_the_lexer_round_trips()
    {
        Assert.All(SqlKeywords.All, keyword => Assert.Equal(keyword, new SyntaxToken(SyntaxTokenKind.Keyword, default, keyword).Keyword));
    }

    [Fact]
    public void A_token_takes_12_bytes_and_holds_no_reference()
    {
        Assert.Equal(12, Unsafe.SizeOf<SyntaxToken>());
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<SyntaxToken>());
    }

    [Fact]
    public void A_keyword_the_lexer_does_not_know_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SyntaxToken(SyntaxTokenKind.Keyword, default, "NOT_A_KEYWORD"));
    }
}
