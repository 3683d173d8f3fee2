using System.Collections.Immutable;
using System.Text.Json;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// A row of <c>mz_internal.mz_aws_connections</c> (spec §6.6, §4.7): principal, external id and example
/// trust policy are filled only for role-assumption connections.
/// </summary>
internal static class AwsRows
{
    public static ImmutableArray<SqlValue> Row(ConnectionItem connection, Catalog.Catalog catalog)
    {
        StoredValue? Value(string option) => connection.Option(option)?.Value;
        string? Text(string option) => (Value(option) as StoredText)?.Value;
        string? SecretId(string option) => (Value(option) as StoredSecret)?.SecretId;

        var role = Text("ASSUME ROLE ARN");
        var externalId = role is null ? null : catalog.Environment.AwsExternalId(connection.Id);
        return SystemRelations.Row(
            connection.Id,
            Text("ENDPOINT") is { Length: > 0 } endpoint ? endpoint : null,
            Text("REGION"),
            Text("ACCESS KEY ID"),
            SecretId("ACCESS KEY ID"),
            SecretId("SECRET ACCESS KEY"),
            Text("SESSION TOKEN"),
            SecretId("SESSION TOKEN"),
            role,
            Text("ASSUME ROLE SESSION NAME"),
            role is null ? null : EnvironmentSettings.AwsConnectionRoleArn,
            externalId,
            externalId is null ? null : new SqlJson(TrustPolicy(externalId)));
    }

    /// <summary>The example trust policy that pins the connection's external id.</summary>
    public static string TrustPolicy(string externalId) => JsonSerializer.Serialize(new
    {
        Version = "2012-10-17",
        Statement = new[]
        {
            new
            {
                Effect = "Allow",
                Principal = new { AWS = EnvironmentSettings.AwsConnectionRoleArn },
                Action = "sts:AssumeRole",
                Condition = new { StringEquals = new Dictionary<string, string> { ["sts:ExternalId"] = externalId } },
            },
        },
    });
}
