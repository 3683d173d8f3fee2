using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>
/// No secret value of a URI appears in a validation message, a redacted URI, an implicit-access message
/// or the text of a parsed connection, whatever else is wrong with the URI.
/// </summary>
public class SecretCanaryTests
{
    public static TheoryData<string, string> UrisWithSecrets { get; } = new()
    {
        { "s3://bucket/path?AUTH=specified&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY={0}", "canaryAwsSecret0xF00D" },
        { "aws-kms:///alias/k?REGION=us-east-1&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY={0}", "canaryKmsSecret0xF00D" },
        { "gs://bucket?AUTH=specified&CREDENTIALS={0}", "Y2FuYXJ5R2NzS2V5MHhGMDBE" },
        { "gcp-kms:///cmk?AUTH=specified&CREDENTIALS={0}", "Y2FuYXJ5R2NwS21zS2V5MHhG" },
        { "gs://bucket?AUTH=specified&BEARER_TOKEN={0}", "canaryBearerToken0xF00D" },
        { "gcpubsub://project?region=us-east1&CREDENTIALS={0}", "Y2FuYXJ5UHVic3ViS2V5MHhG" },
        { "azure-blob://container?AZURE_ACCOUNT_NAME=acct&AZURE_ACCOUNT_KEY={0}", "canaryAzureKey0xF00D" },
        { "azure-blob://container?AZURE_ACCOUNT_NAME=acct&AZURE_CLIENT_ID=i&AZURE_TENANT_ID=t&AZURE_CLIENT_SECRET={0}", "canaryAzureClientSecret0xF00D" },
        { "azure-kms:///key/1?AZURE_VAULT_NAME=v&AZURE_CLIENT_ID=i&AZURE_TENANT_ID=t&AZURE_CLIENT_SECRET={0}", "canaryVaultSecret0xF00D" },
        { "kafka://broker:9092?tls_enabled=true&sasl_enabled=true&sasl_user=u&sasl_password={0}", "canarySaslPassword0xF00D" },
        { "kafka://broker:9092?tls_enabled=true&ca_cert={0}", "Y2FuYXJ5Q2FDZXJ0MHhGMDBE" },
        { "kafka://broker:9092?tls_enabled=true&client_cert=LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t&client_key={0}", "Y2FuYXJ5Q2xpZW50S2V5MHhG" },
        { "kafka://broker:9092?sasl_enabled=true&sasl_mechanism=OAUTHBEARER&sasl_client_id=c&sasl_token_url=u&sasl_client_secret={0}", "Y2FuYXJ5T0F1dGhTZWNyZXQw" },
        { "confluent-cloud://pkc:9092?api_key=k&api_secret={0}", "canaryApiSecret0xF00D" },
        { "azure-event-hub://ns.servicebus.windows.net:9093?shared_access_key_name=p&shared_access_key={0}", "canarySharedAccessKey0xF00D" },
        { "webhook-https://hooks.example.com/feed?client_cert=Y2VydA==&client_key={0}", "Y2FuYXJ5V2ViaG9va0tleTB4" },
        { "postgresql://repl@source:26257/db?sslinline={0}", "canarySslInline0xF00D" },
        { "postgresql://repl@source:26257/db?sslinline=true&sslkey={0}", "canarySslKey0xF00D" },
        { "postgresql://repl:{0}@source:26257/db", "canaryUserInfoPassword0xF00D" },
        { "nodelocal://1/backups?AWS_SECRET_ACCESS_KEY={0}", "canaryStraySecret0xF00D" },
        { "postgresql://repl:{0}@source:26257/db", "canaryPass/word?with#marks:0xF00D" },
        { "s3://bucket?AUTH=specified&AWS_ACCESS_KEY_ID=k&AWS_SECRET_ACCESS_KEY={0}", "canarySecret#WithHash0xF00D" },
        { "nodelocal://1/x?AUTH=specified&BEARER_TOKEN={0}", "canaryToken#WithHash0xF00D" },
        { "gcp-kms:///cmk?AUTH=specified&BEARER_TOKEN={0}", "canaryKmsToken#WithHash0xF00D" },
    };

    [Theory]
    [MemberData(nameof(UrisWithSecrets))]
    public void No_output_contains_the_secret(string template, string secret)
    {
        foreach (var uri in Variants(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, secret)))
        {
            foreach (var output in Outputs(uri))
            {
                Assert.All(Pieces(secret), piece => Assert.DoesNotContain(piece, output, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_variants_reach_every_kind_of_failure()
    {
        var kinds = UrisWithSecrets
            .SelectMany(row => Variants(string.Format(System.Globalization.CultureInfo.InvariantCulture, (string)row[0], row[1])))
            .Select(ExternalConnectionUriValidator.Validate)
            .OfType<InvalidUri>()
            .Select(invalid => invalid.Failure.Kind)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<UriFailureKind>().ToHashSet(), kinds);
    }

    /// <summary>
    /// The secret and its parts between URL delimiters, which a malformed URI may scatter. ('&amp;' is left
    /// out of the secrets: an unescaped '&amp;' ends a value, and what follows is a parameter name to Go.)
    /// </summary>
    internal static IEnumerable<string> Pieces(string secret) =>
        secret.Split('/', '?', '#', ':').Where(piece => piece.Length >= 6).Prepend(secret);

    /// <summary>The URI, and versions that fail at every stage: unknown parameter, bad values, unparsable host or user info, unknown scheme, host error.</summary>
    internal static IEnumerable<string> Variants(string uri)
    {
        var separator = uri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var schemeEnd = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var rest = uri[schemeEnd..];
        yield return uri;
        yield return uri + separator + "INVALIDPARAM=1";
        yield return uri + separator + "AUTH=bogus";
        yield return uri + separator + "tls_enabled=maybe&sasl_enabled=maybe&AWS_USE_PATH_STYLE=maybe";
        yield return uri + separator + "AZURE_ENVIRONMENT=mars";
        yield return uri[..schemeEnd] + "bad host " + rest;
        yield return uri + separator + "x=%zz%";
        yield return uri[..schemeEnd] + "a b:x@" + rest;
        yield return "ftp" + uri[uri.IndexOf(':', StringComparison.Ordinal)..];
        if (rest.IndexOf('?', StringComparison.Ordinal) is var query and >= 0 && !rest.Contains('@', StringComparison.Ordinal))
        {
            // The same query under a host nodelocal rejects, whose error quotes the URI.
            yield return "nodelocal://" + rest[query..];
        }
    }

    private static IEnumerable<string> Outputs(string uri)
    {
        switch (ExternalConnectionUriValidator.Validate(uri))
        {
            case InvalidUri invalid:
                yield return invalid.Failure.Cause;
                yield return invalid.Failure.StatementMessage(alter: true);
                yield return invalid.ToString();
                break;
            case ValidUri valid:
                yield return valid.Connection.ToString();
                yield return valid.ToString();
                yield return ConnectionUriRedactor.Redact(valid.Connection.Text, valid.Connection.ConnectionType.ToSql());
                break;
        }

        foreach (var type in new[] { "STORAGE", "KMS", "FOREIGNDATA", "UNKNOWN" })
        {
            yield return ConnectionUriRedactor.Redact(uri, type);
        }

        yield return ImplicitAccess.Classify(uri).ToString();
    }
}
