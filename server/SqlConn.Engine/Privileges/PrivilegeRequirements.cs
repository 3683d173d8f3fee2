using System.Collections.Immutable;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Privileges;

/// <summary>
/// What each statement requires from the role running it (spec §5.2), computed from the statement and
/// the state it runs in. The statement handlers enforce exactly these (<see cref="PrivilegeEnforcement"/>)
/// and <see cref="PrivilegeExplainer"/> explains them; there is no other list.
/// </summary>
public static class PrivilegeRequirements
{
    public static ImmutableArray<PrivilegeRequirement> For(EngineState state, Statement statement)
    {
        var builder = new RequirementBuilder(state);
        switch (statement)
        {
            case CreateConnectionStatement s:
                builder.CreateIn(s.Name, "connection");
                foreach (var option in s.Options)
                {
                    References.Add(builder, option);
                }

                break;
            case AlterConnectionStatement s when builder.Item(s.Name) is { } item:
                Alter(builder, item, s.Operation);
                break;
            case AlterSecretStatement s when builder.Item(s.Name) is { } item:
                Alter(builder, item, s.Operation);
                break;
            case ValidateConnectionStatement s:
                builder.Uses(s.Name, "VALIDATE CONNECTION uses it");
                break;
            case CreateSecretStatement s:
                builder.CreateIn(s.Name, "secret");
                break;
            case ShowCreateConnectionStatement s when builder.Item(s.Name) is { } item:
                builder.SchemaUsage(item, s.Name.Span);
                break;
            case CommentOnStatement s when builder.Item(s.Name) is { } item:
                builder.Owns(item, "COMMENT ON changes it", s.Name.Span);
                break;
            case DropObjectsStatement s:
                Objects.Drop(builder, s);
                break;
            case GrantPrivilegesStatement s:
                Objects.Grant(builder, s.Target, "GRANT");
                break;
            case RevokePrivilegesStatement s:
                Objects.Grant(builder, s.Target, "REVOKE");
                break;
            case GrantRoleStatement or RevokeRoleStatement or CreateRoleStatement:
                builder.System(Privilege.CreateRole, "to manage roles and role membership", statement.Span);
                break;
            case AlterDefaultPrivilegesStatement s when s.TargetRoles.IsEmpty:
                builder.Superuser("alter default privileges for all roles", s.Span);
                break;
            case AlterDefaultPrivilegesStatement s:
                foreach (var role in s.TargetRoles)
                {
                    builder.Member(role, "ALTER DEFAULT PRIVILEGES changes the defaults of this role's objects");
                }

                break;
            case SetRoleStatement s:
                builder.Member(s.Role, "SET ROLE assumes it");
                break;
            case CreateClusterStatement s:
                builder.System(Privilege.CreateCluster, "to create a cluster", s.Name.Span);
                break;
            case AlterClusterStatement s:
                Objects.OwnsCluster(builder, s.Name, "ALTER CLUSTER changes it");
                break;
            case CreateClusterReplicaStatement s:
                Objects.OwnsCluster(builder, s.Name.Cluster, "replicas belong to it");
                break;
            case DropClusterReplicaStatement s:
                foreach (var replica in s.Replicas)
                {
                    Objects.OwnsCluster(builder, replica.Cluster, "replicas belong to it");
                }

                break;
            case CreateDatabaseStatement s:
                builder.System(Privilege.CreateDb, "to create a database", s.Name.Span);
                break;
            case CreateSchemaStatement s:
                Objects.CreateSchema(builder, s, state.Session);
                break;
            case CreateSourceStatement s:
                Objects.CreateSourceOrSink(builder, s.Name, s.InCluster, [.. s.Connection is null ? [] : new[] { s.Connection }, .. s.Tail.SchemaRegistryConnections], "source");
                break;
            case CreateSinkStatement s:
                Objects.CreateSourceOrSink(builder, s.Name, s.InCluster, [s.Connection, .. s.Tail.SchemaRegistryConnections], "sink");
                break;
        }

        return builder.ToImmutable();
    }

    /// <summary>ALTER of a connection or secret: ownership; OWNER TO also membership in the new owner and CREATE on the schema.</summary>
    private static void Alter(RequirementBuilder builder, CatalogItem item, AlterOperation operation)
    {
        var statement = $"ALTER {item.KindName.ToUpperInvariant()}";
        builder.Owns(item, $"{statement} changes it", operation.Span);
        switch (operation)
        {
            case OwnerToOperation owner:
                builder.Member(owner.Role, "OWNER TO gives the object to this role");
                builder.Needs(PrivilegeTarget.Of(builder.Catalog, builder.Catalog.Schemas[item.SchemaId]), Privilege.Create,
                    "OWNER TO requires CREATE on the object's schema", owner.Role.Span);
                break;
            case AlterConnectionActionsOperation actions:
                foreach (var set in actions.Actions.OfType<SetOptionAction>())
                {
                    References.Add(builder, set.Option);
                }

                break;
        }
    }
}
