using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>The statement dispatch, and secrets, DROP, SHOW, COMMENT, roles and sessions.</summary>
internal sealed partial class Printer
{
    public void Statement(Statement statement)
    {
        switch (statement)
        {
            case CreateConnectionStatement s: CreateConnection(s); break;
            case AlterConnectionStatement s: AlterConnection(s); break;
            case ValidateConnectionStatement s: Write("VALIDATE CONNECTION "); Name(s.Name); break;
            case CreateSecretStatement s: CreateSecret(s); break;
            case AlterSecretStatement s: AlterSecret(s); break;
            case DropObjectsStatement s: DropObjects(s); break;
            case ShowObjectsStatement s: ShowObjects(s); break;
            case ShowCreateConnectionStatement s: ShowCreateConnection(s); break;
            case CommentOnStatement s: CommentOn(s); break;
            case CreateRoleStatement s: CreateRole(s); break;
            case SetRoleStatement s: Write("SET ROLE "); Identifier(s.Role); break;
            case ResetRoleStatement: Write("RESET ROLE"); break;
            case GrantPrivilegesStatement s: GrantPrivileges(s); break;
            case RevokePrivilegesStatement s: RevokePrivileges(s); break;
            case GrantSystemPrivilegesStatement s: GrantSystemPrivileges(s); break;
            case RevokeSystemPrivilegesStatement s: RevokeSystemPrivileges(s); break;
            case GrantRoleStatement s: GrantRole(s); break;
            case RevokeRoleStatement s: RevokeRole(s); break;
            case AlterDefaultPrivilegesStatement s: AlterDefaultPrivileges(s); break;
            case CreateClusterStatement s: CreateCluster(s); break;
            case AlterClusterStatement s: AlterCluster(s); break;
            case CreateClusterReplicaStatement s: CreateClusterReplica(s); break;
            case DropClusterReplicaStatement s: DropClusterReplica(s); break;
            case CreateDatabaseStatement s: Write("CREATE DATABASE "); WriteIf(s.IfNotExists, "IF NOT EXISTS "); Identifier(s.Name); break;
            case CreateSchemaStatement s: Write("CREATE SCHEMA "); WriteIf(s.IfNotExists, "IF NOT EXISTS "); Name(s.Name); break;
            case CreateSourceStatement s: CreateSource(s); break;
            case CreateSinkStatement s: CreateSink(s); break;
            case QueryStatement s: Query(s.Query); break;
            case CreateExternalConnectionStatement s: CreateExternalConnection(s); break;
            case AlterExternalConnectionStatement s: AlterExternalConnection(s); break;
            case DropExternalConnectionStatement s: Write("DROP EXTERNAL CONNECTION "); Label(s.Name); break;
            case ShowExternalConnectionsStatement s: ShowExternalConnections(s); break;
            case ShowCreateExternalConnectionsStatement s: ShowCreateExternalConnections(s); break;
            case CheckExternalConnectionStatement s: CheckExternalConnection(s); break;
            case ShowGrantsOnExternalConnectionStatement s: ShowGrantsOnExternalConnection(s); break;
            case UnanalyzedStatement s: Verbatim(s.Text); break;
            case InvalidStatement: break;
            default: throw new ArgumentOutOfRangeException(nameof(statement), statement.GetType().Name, "statement kind without a printer");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Secrets
    // ---------------------------------------------------------------------------------------------
    private void CreateSecret(CreateSecretStatement s)
    {
        Write("CREATE SECRET ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Name(s.Name);
        Write(" AS ");
        SecretValue(s.Value);
    }

    private void AlterSecret(AlterSecretStatement s)
    {
        Write("ALTER SECRET ");
        WriteIf(s.IfExists, "IF EXISTS ");
        Name(s.Name);
        Write(' ');
        if (s.Operation is SetSecretValueOperation value)
        {
            Write("AS ");
            SecretValue(value.Value);
        }
        else
        {
            AlterOperation(s.Operation);
        }
    }

    private void SecretValue(Expression value) => Secret(value, Expression, RedactedValue);

    /// <summary>The operations ALTER CONNECTION, ALTER SECRET and ALTER CLUSTER share.</summary>
    private void AlterOperation(AlterOperation operation)
    {
        switch (operation)
        {
            case RenameOperation r: Write("RENAME TO "); Identifier(r.NewName); break;
            case OwnerToOperation o: Write("OWNER TO "); Identifier(o.Role); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation.GetType().Name, "operation of another statement");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // DROP, SHOW, COMMENT
    // ---------------------------------------------------------------------------------------------
    private void DropObjects(DropObjectsStatement s)
    {
        Write("DROP ");
        Write(KindKeywords.Of(s.Kind));
        Write(' ');
        WriteIf(s.IfExists, "IF EXISTS ");
        Names(s.Names);
        Write(s.Behavior switch
        {
            DropBehavior.Cascade => " CASCADE",
            DropBehavior.Restrict => " RESTRICT",
            _ => string.Empty,
        });
    }

    private void ShowObjects(ShowObjectsStatement s)
    {
        Write(s.Kind == ShowObjectsKind.Secrets ? "SHOW SECRETS" : "SHOW CONNECTIONS");
        if (s.From is { } from)
        {
            Write(" FROM ");
            Name(from);
        }

        switch (s.Filter)
        {
            case LikeShowFilter like:
                Write(" LIKE ");
                String(like.Pattern);
                break;
            case WhereShowFilter where:
                Write(" WHERE ");
                Expression(where.Condition);
                break;
        }
    }

    private void ShowCreateConnection(ShowCreateConnectionStatement s)
    {
        Write(s.Redacted ? "SHOW REDACTED CREATE CONNECTION " : "SHOW CREATE CONNECTION ");
        Name(s.Name);
    }

    private void CommentOn(CommentOnStatement s)
    {
        Write("COMMENT ON ");
        Write(KindKeywords.Of(s.Kind));
        Write(' ');
        Name(s.Name);
        Write(" IS ");
        if (s.Comment is { } comment)
        {
            String(comment);
        }
        else
        {
            Write("NULL");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Roles
    // ---------------------------------------------------------------------------------------------
    private void CreateRole(CreateRoleStatement s)
    {
        Write(s.IsUser ? "CREATE USER " : "CREATE ROLE ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Identifier(s.Name);
        if (s.Attributes.IsEmpty)
        {
            return;
        }

        Write(" WITH ");
        List(s.Attributes, RoleAttribute, " ");
    }

    private void RoleAttribute(RoleAttribute attribute)
    {
        Write(attribute.Name);
        if (attribute.IsPassword && options.RedactSecrets && attribute.Value is not null)
        {
            Write(' ');
            Write(RedactedValue);
        }
        else if (attribute.Value is { } value)
        {
            Write(' ');
            String(value);
        }
        else if (attribute.NullValue)
        {
            Write(" NULL");
        }
    }
}
