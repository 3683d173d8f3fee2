using SqlConn.Syntax.Splitting;
using Xunit;

namespace SqlConn.Syntax.Tests;

public sealed class StatementSplitterTests
{
    [Theory]
    [InlineData("a; b", new[] { 1 })]
    [InlineData("SELECT ';'; x", new[] { 10 })]
    [InlineData("SELECT 'it''s;'; x", new[] { 15 })]
    [InlineData("SELECT E'\\';'; x", new[] { 13 })]
    [InlineData("SELECT $$;$$; $a$;$b$;$a$; x", new[] { 12, 25 })]
    [InlineData("SELECT $1e1$$;$$; x", new[] { 13, 16 })]
    [InlineData("-- ;\n/* ; /* ; */ ; */ x; y", new[] { 24 })]
    // A quote, dollar string or comment that never closes ends at the first semicolon or line end,
    // and its statement ends there.
    [InlineData("SELECT 'never closed;\nx; y", new[] { 20, 23 })]
    [InlineData("SELECT \"never closed\nx; y", new[] { 22 })]
    [InlineData("SELECT $a$ never closed; x; y", new[] { 23, 26 })]
    [InlineData("SELECT 1 /* never closed; x; y", new[] { 24, 27 })]
    // A doubled quote that never closes: like the lexer (longest match), the string ends at the last
    // quote that could close it when that is further than the end of its first line.
    [InlineData("E'a\nb'';", new[] { 7 })]
    [InlineData("E'''x\\/*\n '';e", new[] { 12 })]
    public void Splits_at_semicolons_outside_quotes_and_comments(string text, int[] semicolons) =>
        Assert.Equal(semicolons, StatementSplitter.Split(text).Select(c => c.SemicolonPosition).OfType<int>());
}
