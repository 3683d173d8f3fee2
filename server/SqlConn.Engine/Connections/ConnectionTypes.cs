using System.Collections.Immutable;
using SqlConn.Engine.Connections.Types;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>The table of every Materialize connection type.</summary>
public static class ConnectionTypes
{
    public static ImmutableArray<ConnectionTypeSpec> All { get; } =
    [
        AwsConnection.Spec,
        AwsPrivatelinkConnection.Spec,
        KafkaConnection.Spec,
        SchemaRegistryConnection.Spec,
        PostgresConnection.Spec,
        SshTunnelConnection.Spec,
        SqlServerConnection.Spec,
        MySqlConnection.Spec,
        IcebergCatalogConnection.Spec,
    ];

    private static readonly ImmutableDictionary<ConnectionKind, ConnectionTypeSpec> ByKind = All.ToImmutableDictionary(s => s.Kind);

    public static ConnectionTypeSpec Of(ConnectionKind kind) => ByKind[kind];
}
