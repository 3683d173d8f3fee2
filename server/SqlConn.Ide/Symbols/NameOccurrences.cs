using SqlConn.Engine.Connections;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Symbols;

/// <summary>
/// Every name of a secret, connection, source, sink, role or cluster a statement writes, in text order
/// within each clause. Works on partial trees too (statements with syntax errors): missing names are
/// left out.
/// </summary>
public static class NameOccurrences
{
    public static IEnumerable<NameOccurrence> Of(Statement statement) => All(statement).Where(o => !o.Name.IsMissing);

    private static IEnumerable<NameOccurrence> All(Statement statement) => statement switch
    {
        CreateConnectionStatement s => [Declare(s.Name, SymbolKind.Connection, s.Type.Kind), .. Options(s.Options)],
        AlterConnectionStatement s => [Use(s.Name, SymbolKind.Connection), .. Alteration(s.Operation, s.Name, SymbolKind.Connection)],
        ValidateConnectionStatement s => [Use(s.Name, SymbolKind.Connection)],
        ShowCreateConnectionStatement s => [Use(s.Name, SymbolKind.Connection)],
        CreateSecretStatement s => [Declare(s.Name, SymbolKind.Secret)],
        AlterSecretStatement s => [Use(s.Name, SymbolKind.Secret), .. Alteration(s.Operation, s.Name, SymbolKind.Secret)],
        DropObjectsStatement s => KindOf(s.Kind) is { } kind ? s.Names.Select(n => Use(n, kind)) : [],
        CommentOnStatement s => KindOf(s.Kind) is { } kind ? [Use(s.Name, kind)] : [],
        CreateRoleStatement s => [Declare(ObjectName.Of(s.Name), SymbolKind.Role)],
        SetRoleStatement s => [Role(s.Role)],
        GrantPrivilegesStatement s => [.. Target(s.Target), .. Grantees(s.Grantees)],
        RevokePrivilegesStatement s => [.. Target(s.Target), .. Grantees(s.Grantees)],
        GrantSystemPrivilegesStatement s => Grantees(s.Grantees),
        RevokeSystemPrivilegesStatement s => Grantees(s.Grantees),
        GrantRoleStatement s => [.. s.Roles.Select(Role), .. s.Members.Select(Role)],
        RevokeRoleStatement s => [.. s.Roles.Select(Role), .. s.Members.Select(Role)],
        AlterDefaultPrivilegesStatement s => [.. s.TargetRoles.Select(Role), .. Grantees(s.Grantees)],
        CreateClusterStatement s => [Declare(ObjectName.Of(s.Name), SymbolKind.Cluster)],
        AlterClusterStatement s => [Cluster(s.Name), .. ClusterAlteration(s)],
        CreateClusterReplicaStatement s => [Cluster(s.Name.Cluster)],
        DropClusterReplicaStatement s => s.Replicas.Select(r => Cluster(r.Cluster)),
        CreateSourceStatement s => [Declare(s.Name, SymbolKind.Source), .. InCluster(s.InCluster), .. SourceConnection(s), .. Tail(s.Tail)],
        CreateSinkStatement s =>
        [
            Declare(s.Name, SymbolKind.Sink), .. InCluster(s.InCluster), Use(s.From, SymbolKind.Source),
            Use(s.Connection, SymbolKind.Connection, s.Connector == SinkConnector.IcebergCatalog ? ConnectionKind.IcebergCatalog : ConnectionKind.Kafka),
            .. Tail(s.Tail),
        ],
        CreateExternalConnectionStatement s => Label(s.Name, OccurrenceRole.Declaration),
        AlterExternalConnectionStatement s => Label(s.Name, OccurrenceRole.Reference),
        DropExternalConnectionStatement s => Label(s.Name, OccurrenceRole.Reference),
        ShowExternalConnectionsStatement { Name: { } name } => Label(name, OccurrenceRole.Reference),
        ShowCreateExternalConnectionsStatement { Name: { } name } => Label(name, OccurrenceRole.Reference),
        ShowGrantsOnExternalConnectionStatement s => [.. s.Names.Select(n => Use(ObjectName.Of(n), SymbolKind.ExternalConnection)), .. s.ForRoles.Select(Role)],
        _ => [],
    };

    /// <summary>The names inside connection options: secrets, tunnels, AWS and PrivateLink connections.</summary>
    public static IEnumerable<NameOccurrence> Options(IEnumerable<Option> options) =>
        options.SelectMany(o => Value(o.Value, OptionDefinitions.Find(o.Name.Name)?.ReferencedType));

    private static IEnumerable<NameOccurrence> Value(OptionValue? value, ConnectionKind? referenced) => value switch
    {
        SecretValue s => [Use(s.Secret, SymbolKind.Secret)],
        ObjectReferenceValue r => [Use(r.Name, SymbolKind.Connection, referenced)],
        PrivatelinkValue p => [Use(p.Connection, SymbolKind.Connection, ConnectionKind.AwsPrivatelink)],
        BrokerValue b => Tunnel(b.Broker.Tunnel),
        BrokerListValue l => l.Brokers.SelectMany(b => Tunnel(b.Tunnel)),
        SequenceValue s => s.Items.SelectMany(i => Value(i, referenced)),
        _ => [],
    };

    private static IEnumerable<NameOccurrence> Tunnel(BrokerTunnel? tunnel) => tunnel switch
    {
        SshBrokerTunnel ssh => [Use(ssh.Connection, SymbolKind.Connection, ConnectionKind.SshTunnel)],
        PrivatelinkBrokerTunnel privatelink => [Use(privatelink.Connection, SymbolKind.Connection, ConnectionKind.AwsPrivatelink)],
        _ => [],
    };

    private static IEnumerable<NameOccurrence> Alteration(AlterOperation operation, ObjectName target, SymbolKind kind) => operation switch
    {
        RenameOperation r => [new NameOccurrence(ObjectName.Of(r.NewName), kind, OccurrenceRole.NewName, Renamed: target)],
        OwnerToOperation o => [Role(o.Role)],
        AlterConnectionActionsOperation actions => Options(actions.Actions.OfType<SetOptionAction>().Select(a => a.Option)),
        _ => [],
    };

    private static IEnumerable<NameOccurrence> ClusterAlteration(AlterClusterStatement s) => s.Operation switch
    {
        RenameOperation r => [new NameOccurrence(ObjectName.Of(r.NewName), SymbolKind.Cluster, OccurrenceRole.NewName, Renamed: ObjectName.Of(s.Name))],
        OwnerToOperation o => [Role(o.Role)],
        SwapClusterOperation swap => [Cluster(swap.Other)],
        _ => [],
    };

    private static IEnumerable<NameOccurrence> Target(GrantTarget target) => target switch
    {
        ObjectGrantTarget { Kind: { } objectKind } objects when KindOf(objectKind) is { } kind => objects.Names.Select(n => Use(n, kind)),
        ExternalConnectionGrantTarget connections => connections.Names.Select(n => Use(ObjectName.Of(n), SymbolKind.ExternalConnection)),
        _ => [],
    };

    /// <summary>An external connection's name: a string or a word (a placeholder names nothing yet).</summary>
    private static IEnumerable<NameOccurrence> Label(Label label, OccurrenceRole role) =>
        label.Kind == LabelKind.Placeholder
            ? []
            : [new NameOccurrence(ObjectName.Of(new Identifier(label.Value, label.Kind == LabelKind.String, label.Span)), SymbolKind.ExternalConnection, role,
                IsString: label.Kind == LabelKind.String)];

    private static IEnumerable<NameOccurrence> Grantees(IEnumerable<RoleSpec> grantees) => grantees.Select(g => Role(g.Role));

    private static IEnumerable<NameOccurrence> InCluster(Identifier? cluster) => cluster is null ? [] : [Cluster(cluster)];

    private static IEnumerable<NameOccurrence> SourceConnection(CreateSourceStatement s)
    {
        if (s.Connection is not { } connection)
        {
            return [];
        }

        ConnectionKind? type = s.Connector switch
        {
            SourceConnector.Kafka => ConnectionKind.Kafka,
            SourceConnector.Postgres => ConnectionKind.Postgres,
            SourceConnector.MySql => ConnectionKind.MySql,
            SourceConnector.SqlServer => ConnectionKind.SqlServer,
            _ => null,
        };
        return [Use(connection, SymbolKind.Connection, type)];
    }

    private static IEnumerable<NameOccurrence> Tail(DefinitionTail tail) =>
        tail.SchemaRegistryConnections.Select(n => Use(n, SymbolKind.Connection, ConnectionKind.ConfluentSchemaRegistry));

    /// <summary>The symbol kind of an object kind of DROP, GRANT ... ON and COMMENT ON, for the kinds the catalog holds.</summary>
    public static SymbolKind? KindOf(ObjectKind kind) => kind switch
    {
        ObjectKind.Connection => SymbolKind.Connection,
        ObjectKind.Secret => SymbolKind.Secret,
        ObjectKind.Source => SymbolKind.Source,
        ObjectKind.Sink => SymbolKind.Sink,
        ObjectKind.Role or ObjectKind.User => SymbolKind.Role,
        ObjectKind.Cluster => SymbolKind.Cluster,
        _ => null,
    };

    private static NameOccurrence Declare(ObjectName name, SymbolKind kind, ConnectionKind? type = null) => new(name, kind, OccurrenceRole.Declaration, type);

    private static NameOccurrence Use(ObjectName name, SymbolKind kind, ConnectionKind? type = null) => new(name, kind, OccurrenceRole.Reference, type);

    private static NameOccurrence Role(Identifier role) => Use(ObjectName.Of(role), SymbolKind.Role);

    private static NameOccurrence Cluster(Identifier cluster) => Use(ObjectName.Of(cluster), SymbolKind.Cluster);
}
