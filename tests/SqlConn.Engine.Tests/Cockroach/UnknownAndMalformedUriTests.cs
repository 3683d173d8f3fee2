using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

public class UnknownAndMalformedUriTests
{
    [Theory]
    [InlineData("foo://bar", "no parseAndValidateFn found for external connection provider foo")]
    [InlineData("FTP://files.example.com/dir", "no parseAndValidateFn found for external connection provider ftp")]
    [InlineData("external://other_connection", "no parseAndValidateFn found for external connection provider external")]
    [InlineData("/just/a/path", "no parseAndValidateFn found for external connection provider ")]
    [InlineData("experimental-workload:///csv/bank/bank", "no parseAndValidateFn found for external connection provider experimental-workload")]
    public void Unknown_schemes_have_no_provider(string uri, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        Assert.Equal(cause, failure.Cause);
        Assert.Equal(UriFailureKind.UnknownProvider, failure.Kind);
        Assert.Equal("failed to construct External Connection details: " + cause, failure.StatementMessage(alter: false));
    }

    [Theory]
    [InlineData("s3://bucket name?AUTH=implicit", "parse \"s3://bucket name?AUTH=implicit\": invalid character \" \" in host name")]
    [InlineData("s3://bucket:port/x", "parse \"s3://bucket:port/x\": invalid port \":port\" after host")]
    [InlineData("s3://b/%zz", "parse \"s3://b/%zz\": invalid URL escape \"%zz\"")]
    [InlineData("s3://b/x%4", "parse \"s3://b/x%4\": invalid URL escape \"%4\"")]
    [InlineData("s3://b%41c/x", "parse \"s3://b%41c/x\": invalid URL escape \"%41\"")]
    [InlineData(":foo", "parse \":foo\": missing protocol scheme")]
    [InlineData("a:b/c:d", "no parseAndValidateFn")]
    [InlineData("bucket:1/x", "no parseAndValidateFn")]
    [InlineData("1nodelocal:x", "parse \"1nodelocal:x\": first path segment in URL cannot contain colon")]
    [InlineData("s3://[::1/x", "parse \"s3://[::1/x\": missing ']' in host")]
    [InlineData("s3://b/x\ty", "parse \"s3://b/x\\ty\": net/url: invalid control character in URL")]
    [InlineData("postgresql://us er@host/db", "parse \"postgresql://us er@host/db\": net/url: invalid userinfo")]
    [InlineData("s3://b/x#%zz", "parse \"s3://b/x#%zz\": invalid URL escape \"%zz\"")]
    [InlineData("postgresql://repl:pa%zzword@host/db", "parse \"postgresql://repl:redacted@host/db\": invalid URL escape in password")]
    [InlineData("postgresql://repl:pa/ss@host/db", "parse \"postgresql://repl:redacted@host/db\": invalid port \"redacted\" after host")]
    [InlineData("postgresql://repl:p#ss@host/db", "parse \"postgresql://repl:redacted\": invalid port \":p\" after host")]
    public void Go_url_parse_errors_fail_the_sanitize_step(string uri, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        if (cause == "no parseAndValidateFn")
        {
            Assert.Equal(UriFailureKind.UnknownProvider, failure.Kind);
            return;
        }

        Assert.Equal(cause, failure.Cause);
        Assert.Equal(UriFailureKind.MalformedUri, failure.Kind);
        Assert.Equal(UriFailureStage.Sanitize, failure.Stage);
        Assert.Equal("failed to log and sanitize External Connection: " + cause, failure.StatementMessage(alter: false));
        Assert.Equal("failed to log and santitize External Connection: " + cause, failure.StatementMessage(alter: true));
    }

    [Fact]
    public void The_docs_alter_example_with_a_space_in_the_bucket_does_not_parse()
    {
        var failure = UriValidation.Rejects("s3://bucket name?AWS_ACCESS_KEY_ID={new access key}&AWS_SECRET_ACCESS_KEY={new secret access key}");

        Assert.Equal(
            "parse \"s3://bucket name?AWS_ACCESS_KEY_ID={new access key}&AWS_SECRET_ACCESS_KEY=redacted\": invalid character \" \" in host name",
            failure.Cause);
    }
}
