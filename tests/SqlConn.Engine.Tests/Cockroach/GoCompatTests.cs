using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>The Go behaviours CockroachDB's messages and re-encoded URIs depend on (cases from Go's own tests).</summary>
public class GoCompatTests
{
    [Theory]
    [InlineData("http://www.google.com", "http://www.google.com")]
    [InlineData("http://www.google.com/?", "http://www.google.com/?")]
    [InlineData("http://user:pass@host/a%20b?q=1#frag", "http://user:pass@host/a%20b?q=1#frag")]
    [InlineData("http://host/a b", "http://host/a%20b")]
    [InlineData("http://host/%2f", "http://host/%2f")]
    [InlineData("mailto:user@example.com", "mailto:user@example.com")]
    [InlineData("file:///etc/passwd", "file:///etc/passwd")]
    [InlineData("s3:/bucket", "s3:/bucket")]
    [InlineData("HTTP://Host/Path", "http://Host/Path")]
    [InlineData("http://", "http:")]
    [InlineData("//host/path", "//host/path")]
    [InlineData("a/b:c", "a/b:c")]
    [InlineData("http://[fe80::1]:8080/x", "http://[fe80::1]:8080/x")]
    [InlineData("http://h/x#a b", "http://h/x#a%20b")]
    public void Parse_then_String_round_trips_like_Go(string input, string output)
    {
        Assert.True(GoUrlParser.TryParse(input, out var url, out var error), error?.Reason);
        Assert.Equal(output, url.ToString());
    }

    [Theory]
    [InlineData("s3://bucket/pre/fix?x=1", "s3", "bucket", "/pre/fix", "x=1")]
    [InlineData("nodelocal://self/a", "nodelocal", "self", "/a", "")]
    [InlineData("gcp-kms:///projects/p/keys/k?A=b", "gcp-kms", "", "/projects/p/keys/k", "A=b")]
    [InlineData("kafka://b:9092", "kafka", "b:9092", "", "")]
    [InlineData("userfile:///a%2Fb", "userfile", "", "/a/b", "")]
    public void Parse_splits_like_Go(string input, string scheme, string host, string path, string query)
    {
        Assert.True(GoUrlParser.TryParse(input, out var url, out _));
        Assert.Equal((scheme, host, path, query), (url.Scheme, url.Host, url.Path, url.RawQuery));
    }

    [Fact]
    public void ParseRequestUri_keeps_the_hash_in_the_path()
    {
        Assert.True(GoUrlParser.TryParseRequestUri("gcp-kms:///#x?A=1", out var url, out _));
        Assert.Equal("/#x", url.Path);
        Assert.False(GoUrlParser.TryParseRequestUri("relative/path", out _, out var error));
        Assert.Equal("invalid URI for request", error.Reason);
    }

    [Theory]
    [InlineData("a=1&b=2&a=3", "a=1&a=3&b=2")]
    [InlineData("b=x+y&a=%41", "a=A&b=x+y")]
    [InlineData("&&k&=v", "=v&k=")]
    [InlineData("bad=%zz&semi=a;b&ok=1", "ok=1")]
    [InlineData("sp ace=a/b?c", "sp+ace=a%2Fb%3Fc")]
    public void Query_parses_and_encodes_like_url_Values(string rawQuery, string encoded)
    {
        Assert.Equal(encoded, QueryValues.Parse(rawQuery).Encode());
    }

    [Theory]
    [InlineData("Zm9vCg==", "foo\n")]
    [InlineData("Zm9v\r\nYmFy", "foobar")]
    [InlineData("", "")]
    [InlineData("YQ==", "a")]
    [InlineData("YWI=", "ab")]
    public void Base64_decodes_std_encoding(string encoded, string decoded)
    {
        Assert.True(GoBase64.TryDecode(encoded, out var bytes, out _));
        Assert.Equal(decoded, System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("123", 0)]
    [InlineData("Zm9vCg=11", 6)]
    [InlineData("!", 0)]
    [InlineData("Zm9vYg", 4)]
    [InlineData("Zm9vYg=", 7)]
    [InlineData("Zm9v=", 4)]
    [InlineData("YQ==YQ==", 4)]
    [InlineData("Zm9v-A==", 4)]
    [InlineData("Zm 9v", 2)]
    public void Base64_reports_the_byte_Go_reports(string encoded, int offset)
    {
        Assert.False(GoBase64.TryDecode(encoded, out _, out var error));
        Assert.Equal($"illegal base64 data at input byte {offset}", error);
    }

    [Theory]
    [InlineData("", ".")]
    [InlineData("/", "/")]
    [InlineData("abc/", "abc")]
    [InlineData("a//b", "a/b")]
    [InlineData("/foo/..", "/")]
    [InlineData("/../x", "/x")]
    [InlineData("../../a", "../../a")]
    [InlineData("a/../..", "..")]
    [InlineData("./a/./b/.", "a/b")]
    [InlineData("/test/../../file1.csv", "/file1.csv")]
    public void Path_clean_matches_Go(string path, string clean)
    {
        Assert.Equal(clean, GoPath.Clean(path));
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("\u0001", "\"\\x01\"")]
    [InlineData("é ☺", "\"é ☺\"")]
    [InlineData("\u00a0", "\"\\u00a0\"")]
    public void Quote_matches_strconv_Quote(string input, string quoted)
    {
        Assert.Equal(quoted, GoStrconv.Quote(input));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("T", true)]
    [InlineData("True", true)]
    [InlineData("FALSE", true)]
    [InlineData("yes", false)]
    [InlineData("tRUE", false)]
    [InlineData("", false)]
    public void ParseBool_accepts_Go_spellings_only(string text, bool accepted)
    {
        Assert.Equal(accepted, GoStrconv.TryParseBool(text, out _));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("-7", true)]
    [InlineData("+0", true)]
    [InlineData("", false)]
    [InlineData("+", false)]
    [InlineData(" 1", false)]
    [InlineData("1_000", false)]
    [InlineData("99999999999999999999", false)]
    public void Atoi_accepts_what_strconv_Atoi_accepts(string text, bool accepted)
    {
        Assert.Equal(accepted, GoStrconv.IsAtoi(text));
    }
}
