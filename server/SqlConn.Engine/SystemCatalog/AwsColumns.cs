using System.Collections.Immutable;
using System.Text.Json;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Execution;
using SqlConn.Engine.Values;
using static SqlConn.Engine.SystemCatalog.ItemColumn;
using static SqlConn.Engine.Values.SqlType;

namespace SqlConn.Engine.SystemCatalog;

/// <summary>
/// The columns of <c>mz_internal.mz_aws_connections</c> (spec §6.6, §4.7): principal, external id and
/// example trust policy are filled only for role-assumption connections.
/// </summary>
internal static class AwsColumns
{
    public static ImmutableArray<ItemColumn> All { get; } =
    [
        Column<ConnectionItem>("id", Text, (c, _) => c.Id),
        Column<ConnectionItem>("endpoint", Text, (c, _) => OptionText(c, "ENDPOINT") is { Length: > 0 } endpoint ? endpoint : null),
        Column<ConnectionItem>("region", Text, (c, _) => OptionText(c, "REGION")),
        Column<ConnectionItem>("access_key_id", Text, (c, _) => OptionText(c, "ACCESS KEY ID")),
        Column<ConnectionItem>("access_key_id_secret_id", Text, (c, _) => SecretId(c, "ACCESS KEY ID")),
        Column<ConnectionItem>("secret_access_key_secret_id", Text, (c, _) => SecretId(c, "SECRET ACCESS KEY")),
        Column<ConnectionItem>("session_token", Text, (c, _) => OptionText(c, "SESSION TOKEN")),
        Column<ConnectionItem>("session_token_secret_id", Text, (c, _) => SecretId(c, "SESSION TOKEN")),
        Column<ConnectionItem>("assume_role_arn", Text, (c, _) => Role(c)),
        Column<ConnectionItem>("assume_role_session_name", Text, (c, _) => OptionText(c, "ASSUME ROLE SESSION NAME")),
        Column<ConnectionItem>("principal", Text, (c, _) => Role(c) is null ? null : EnvironmentSettings.AwsConnectionRoleArn),
        Column<ConnectionItem>("external_id", Text, (c, s) => ExternalId(c, s.Catalog)),
        Column<ConnectionItem>("example_trust_policy", Jsonb, (c, s) => ExternalId(c, s.Catalog) is { } externalId ? new SqlJson(TrustPolicy(externalId)) : null),
    ];

    private static string? OptionText(ConnectionItem connection, string option) => (connection.Option(option)?.Value as StoredText)?.Value;

    private static string? SecretId(ConnectionItem connection, string option) => (connection.Option(option)?.Value as StoredSecret)?.SecretId;

    private static string? Role(ConnectionItem connection) => OptionText(connection, "ASSUME ROLE ARN");

    private static string? ExternalId(ConnectionItem connection, Catalog.Catalog catalog) =>
        Role(connection) is null ? null : catalog.Environment.AwsExternalId(connection.Id);

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
