using SqlConn.Engine.Cockroach;
using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>The scheme table holds together: names, references between parameters, and the descriptors.</summary>
public class SchemeTableTests
{
    public static TheoryData<string> SchemeNames { get; } = [.. UriSchemes.Names];

    [Fact]
    public void Every_scheme_name_is_lower_case_and_unique()
    {
        Assert.Equal(UriSchemes.Names.Length, UriSchemes.Names.Distinct().Count());
        Assert.All(UriSchemes.Names, name => Assert.Equal(name.ToLowerInvariant(), name));
        Assert.DoesNotContain("external", UriSchemes.Names);
    }

    [Fact]
    public void The_spec_schemes_are_all_there()
    {
        string[] spec =
        [
            "nodelocal", "userfile", "s3", "gs", "azure", "azure-blob", "azure-storage", "aws-kms", "gcp-kms", "azure-kms",
            "postgres", "postgresql", "kafka", "confluent-cloud", "azure-event-hub", "webhook-http", "webhook-https",
            "gcpubsub", "http", "https", "file-http", "file-https",
        ];

        Assert.Equal(spec.Order(StringComparer.Ordinal), UriSchemes.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SchemeNames))]
    public void Every_row_is_documented_and_its_parameters_are_consistent(string name)
    {
        var scheme = UriSchemes.Find(name);

        Assert.NotNull(scheme);
        Assert.All([scheme.Title, scheme.Description, scheme.Form, scheme.Location, scheme.ErrorContext], text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.NotEqual(ExternalConnectionOperations.None, scheme.Operations);
        Assert.StartsWith(scheme.Names[0] + ":", scheme.Form, StringComparison.Ordinal);
        Assert.Equal(scheme.Parameters.Length, scheme.Parameters.Select(p => p.Name).Distinct().Count());
        foreach (var parameter in scheme.Parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(parameter.Description), parameter.Name);
            Assert.True(parameter.Kind == ParameterValueKind.Enum ? !parameter.AllowedValues.IsEmpty : parameter.AllowedValues.Length <= 1, parameter.Name);
            Assert.All(parameter.AllowedValues.SelectMany(v => v.Requires), required => Assert.NotNull(scheme.FindParameter(required)));
            Assert.True(parameter.Default is null || parameter.Kind != ParameterValueKind.Enum || parameter.FindValue(parameter.Default) is not null, parameter.Name);
            Assert.Equal(parameter.Requirement.Kind == RequirementKind.Conditional, parameter.Requirement.Condition is not null);
        }
    }

    [Theory]
    [InlineData("S3", "s3")]
    [InlineData("Azure-Storage", "azure-blob")]
    [InlineData("postgres", "postgresql")]
    public void Find_is_case_insensitive_and_returns_the_row_of_every_alias(string name, string preferred)
    {
        Assert.Equal(preferred, UriSchemes.Find(name)?.Names[0]);
    }

    [Theory]
    [InlineData("s3://bucket?AUTH=", "s3")]
    [InlineData("Kafka:", "kafka")]
    [InlineData("s3", null)]
    [InlineData("://x", null)]
    [InlineData("ftp://x", null)]
    public void FindForUri_reads_the_scheme_of_a_partial_uri(string text, string? scheme)
    {
        Assert.Equal(scheme, UriSchemes.FindForUri(text)?.Names[0]);
    }

    [Theory]
    [InlineData("s3", "AWS_ACCESS_KEY_ID", "required when AUTH=specified (the default)")]
    [InlineData("aws-kms", "REGION", "required")]
    [InlineData("kafka", "sasl_user", "required when sasl_enabled=true and sasl_mechanism=PLAIN or SCRAM-SHA-256 or SCRAM-SHA-512")]
    [InlineData("kafka", "sasl_token_url", "required when sasl_enabled=true and sasl_mechanism=OAUTHBEARER")]
    [InlineData("azure-blob", "AZURE_CLIENT_ID", "required when AUTH=specified (the default) and AZURE_ACCOUNT_KEY is not given")]
    [InlineData("azure-kms", "AZURE_CLIENT_ID", "required when AUTH=specified (the default)")]
    [InlineData("gs", "GOOGLE_BILLING_PROJECT", "optional")]
    public void Requirements_read_as_hover_text(string scheme, string parameter, string requirement)
    {
        Assert.Equal(requirement, UriSchemes.Find(scheme)?.FindParameter(parameter)?.Requirement.ToString());
    }

    [Theory]
    [InlineData("confluent-cloud", "sasl_mechanism", "PLAIN")]
    [InlineData("confluent-cloud", "tls_enabled", "true")]
    [InlineData("azure-event-hub", "sasl_handshake", "true")]
    [InlineData("kafka", "sasl_mechanism", "PLAIN")]
    [InlineData("azure-blob", "AZURE_ENVIRONMENT", "AzurePublicCloud")]
    [InlineData("s3", "AUTH", "specified")]
    public void Defaults_are_part_of_the_rows(string scheme, string parameter, string value)
    {
        Assert.Equal(value, UriSchemes.Find(scheme)?.FindParameter(parameter)?.Default);
    }

    [Theory]
    [InlineData("s3", "backups, restores, imports, exports, changefeeds")]
    [InlineData("gcp-kms", "encrypted backups")]
    [InlineData("kafka", "changefeeds")]
    [InlineData("postgres", "physical cluster replication")]
    public void Operations_use_the_docs_wording(string scheme, string operations)
    {
        Assert.Equal(operations, UriSchemes.Find(scheme)?.Operations.Describe());
    }

    [Fact]
    public void Descriptors_have_unique_sc25_codes_and_full_documentation()
    {
        Assert.Equal(CockroachDiagnostics.All.Length, CockroachDiagnostics.All.Select(d => d.Code).Distinct().Count());
        Assert.All(CockroachDiagnostics.All, d =>
        {
            Assert.Matches("^SC25[0-9]{2}$", d.Code);
            Assert.Equal("semantic", d.Category);
            Assert.All([d.Title, d.Explanation, d.BadExample, d.GoodExample], text => Assert.False(string.IsNullOrWhiteSpace(text)));
        });
        Assert.Equal(
            Enum.GetValues<UriFailureKind>().Length,
            Enum.GetValues<UriFailureKind>().Select(CockroachDiagnostics.For).Distinct().Count());
    }

    [Theory]
    [InlineData(ExternalCheck.WriteSentinelObject, "CockroachDB would now write, list and read back the object crdb_external_storage_location; not performed in simulation")]
    [InlineData(ExternalCheck.KmsRoundTrip, "CockroachDB would now encrypt and decrypt a marker value with the key; not performed in simulation")]
    [InlineData(ExternalCheck.ConnectToSourceCluster, "CockroachDB would now connect to the source cluster; not performed in simulation")]
    [InlineData(ExternalCheck.None, null)]
    public void Skipped_checks_have_a_notice(ExternalCheck check, string? notice)
    {
        Assert.Equal(notice, check.NotPerformedNotice());
    }
}
