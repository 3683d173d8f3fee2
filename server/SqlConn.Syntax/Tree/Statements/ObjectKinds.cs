namespace SqlConn.Syntax.Tree;

/// <summary>The connection types of <c>CREATE CONNECTION ... TO type</c>.</summary>
public enum ConnectionKind
{
    Aws,
    AwsPrivatelink,
    Kafka,
    ConfluentSchemaRegistry,
    Postgres,
    SshTunnel,
    SqlServer,
    MySql,
    IcebergCatalog,
}

/// <summary>Object types named by DROP, GRANT ... ON and COMMENT ON.</summary>
public enum ObjectKind
{
    Connection,
    Secret,
    Source,
    Sink,
    Role,
    User,
    Cluster,
    ClusterReplica,
    Database,
    Schema,
    Table,
    View,
    MaterializedView,
    Index,
    Type,
    NetworkPolicy,
    ContinualTask,
    Column,
    Function,
}

/// <summary>The plural object types of <c>GRANT ... ON ALL x</c> and ALTER DEFAULT PRIVILEGES.</summary>
public enum PluralObjectKind
{
    Tables,
    Types,
    Secrets,
    Connections,
    Schemas,
    Databases,
    Clusters,
}

/// <summary>The keywords the syntax uses for each kind, for printing and messages.</summary>
public static class KindKeywords
{
    public static string Of(ConnectionKind kind) => kind switch
    {
        ConnectionKind.Aws => "AWS",
        ConnectionKind.AwsPrivatelink => "AWS PRIVATELINK",
        ConnectionKind.Kafka => "KAFKA",
        ConnectionKind.ConfluentSchemaRegistry => "CONFLUENT SCHEMA REGISTRY",
        ConnectionKind.Postgres => "POSTGRES",
        ConnectionKind.SshTunnel => "SSH TUNNEL",
        ConnectionKind.SqlServer => "SQL SERVER",
        ConnectionKind.MySql => "MYSQL",
        ConnectionKind.IcebergCatalog => "ICEBERG CATALOG",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(ObjectKind kind) => kind switch
    {
        ObjectKind.ClusterReplica => "CLUSTER REPLICA",
        ObjectKind.MaterializedView => "MATERIALIZED VIEW",
        ObjectKind.NetworkPolicy => "NETWORK POLICY",
        ObjectKind.ContinualTask => "CONTINUAL TASK",
        _ => kind.ToString().ToUpperInvariant(),
    };

    public static string Of(PluralObjectKind kind) => kind.ToString().ToUpperInvariant();
}
