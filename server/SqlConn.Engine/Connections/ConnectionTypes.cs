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

    /// <summary>
    /// The spec of each kind at the kind's position: read for every option of every connection, so an array rather
    /// than a dictionary (which hashes, and whose code over an enum key is compiled at run time, not ahead of it).
    /// </summary>
    private static readonly ConnectionTypeSpec[] ByKind = [.. Enum.GetValues<ConnectionKind>().Select(kind => All.Single(s => s.Kind == kind))];

    public static ConnectionTypeSpec Of(ConnectionKind kind) => ByKind[(int)kind];
}
