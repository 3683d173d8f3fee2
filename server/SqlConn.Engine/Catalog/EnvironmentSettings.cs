namespace SqlConn.Engine.Catalog;

/// <summary>
/// Facts about the simulated Materialize deployment that appear in generated values: the
/// environment id (in Kafka progress topic names), the AWS external id prefix and the principals
/// (in AWS and PrivateLink connections). Drawn from the catalog's entropy, so they are stable for a
/// seed. The principal account is the one the product docs give for Materialize Cloud.
/// </summary>
public sealed record EnvironmentSettings(string EnvironmentId, string AwsExternalIdPrefix)
{
    public const string AwsAccountId = "664411391173";

    public const string AwsConnectionRoleArn = $"arn:aws:iam::{AwsAccountId}:role/MaterializeConnection";

    public string AwsExternalId(string connectionId) => $"mz_{AwsExternalIdPrefix}_{connectionId}";

    public string PrivatelinkPrincipal(string connectionId) => $"arn:aws:iam::{AwsAccountId}:role/mz_{AwsExternalIdPrefix}_{connectionId}";

    public string DefaultProgressTopic(string connectionId) => $"_materialize-progress-{EnvironmentId}-{connectionId}";
}
