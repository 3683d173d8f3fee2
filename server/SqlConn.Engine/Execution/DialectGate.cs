using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// One grammar parses both dialects; this gate rejects a statement that belongs to the other dialect
/// than the script's, with a message saying how to switch.
/// </summary>
internal static class DialectGate
{
    public static void Check(ParsedStatement statement, SqlDialect dialect)
    {
        var owner = Owner(statement.Node);
        if (owner is null || owner == dialect)
        {
            return;
        }

        var (statementDialect, scriptDialect) = owner == SqlDialect.CockroachDb ? ("CockroachDB", "Materialize") : ("Materialize", "CockroachDB");
        throw StatementContext.Fail(CatalogDiagnostics.WrongDialect,
            $"{StatementKinds.Of(statement)} is a {statementDialect} statement, but this script is checked as {scriptDialect}",
            statement.Node.Span,
            hint: owner == SqlDialect.CockroachDb
                ? "add '-- sqlconn: dialect=cockroachdb' on the first line, or run with --dialect cockroachdb"
                : "add '-- sqlconn: dialect=materialize' on the first line, or run with --dialect materialize");
    }

    /// <summary>The dialect a statement belongs to, or null for statements of both.</summary>
    private static SqlDialect? Owner(Statement node) => node switch
    {
        CreateExternalConnectionStatement or AlterExternalConnectionStatement or DropExternalConnectionStatement
            or ShowExternalConnectionsStatement or ShowCreateExternalConnectionsStatement or CheckExternalConnectionStatement
            or ShowGrantsOnExternalConnectionStatement or GrantSystemPrivilegesStatement or RevokeSystemPrivilegesStatement
            or GrantPrivilegesStatement { Target: ExternalConnectionGrantTarget }
            or RevokePrivilegesStatement { Target: ExternalConnectionGrantTarget } => SqlDialect.CockroachDb,
        CreateRoleStatement or DropObjectsStatement { Kind: ObjectKind.Role or ObjectKind.User } or GrantRoleStatement or RevokeRoleStatement
            or QueryStatement or UnanalyzedStatement or SetRoleStatement or ResetRoleStatement or InvalidStatement => null,
        _ => SqlDialect.Materialize,
    };
}
