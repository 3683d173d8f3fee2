using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>
/// CHECK EXTERNAL CONNECTION uri [WITH options] (spec §6.4, pkg/sql/check_external_connection.go): options,
/// then the destination privileges (admins skip them, the URI unread), then the storage the URI names. The
/// read/write test itself needs the network and is reported as not performed.
/// </summary>
internal static class CheckExternalConnectionHandler
{
    private const string StorageWrapper = "connect to external storage";

    public static void Execute(StatementContext context, CheckExternalConnectionStatement statement)
    {
        context.Tag = "CHECK EXTERNAL CONNECTION";
        CheckOptions(statement.Options);
        var uri = Labels.Value(statement.Uri);
        foreach (var option in statement.Options)
        {
            if (option.Text is { } text && Labels.Value(text) is var value
                && option.Kind == CheckOptionKind.Time && GoDuration.ParseError(value) is { } invalid)
            {
                // CockroachDB parses TIME with Go's time.ParseDuration (spec §6.4, inferred).
                throw StatementContext.Fail(CockroachDiagnostics.InvalidCheckOption, invalid, text.Span,
                    hint: "a duration is a number and a unit, such as '10s', '1m30s' or '500ms'");
            }
        }

        var access = ImplicitAccess.Classify(uri);
        if (!context.IsAdmin() && access is AccessCheckFailure destination)
        {
            throw StatementContext.Fail(CockroachDiagnostics.For(destination.Kind), destination.Message, statement.Uri.Span);
        }

        context.EnforcePrivileges();

        switch (access)
        {
            case AccessCheckFailure failure:
                throw StatementContext.Fail(CockroachDiagnostics.For(failure.Kind), $"{StorageWrapper}: {failure.Message}", statement.Uri.Span);
            case ExternalConnectionAccess { ConnectionName: var name }:
                var connection = context.Cluster().FindConnection(name)
                    ?? throw ConnectionErrors.NotFound(name, statement.Uri.Span, $"{StorageWrapper}: failed to load external connection object");
                if (connection.ConnectionType != ExternalConnectionType.Storage.ToSql())
                {
                    throw StatementContext.Fail(CockroachDiagnostics.WrongConnectionType,
                        $"{StorageWrapper}: STORAGE cannot use object of type {connection.ConnectionType}", statement.Uri.Span);
                }

                break;
        }

        context.Notice(CockroachDiagnostics.CheckNotPerformed,
            "CockroachDB would now write, read and delete test files in this storage from every node and report one row per node; "
            + "not performed in simulation", statement.Uri.Span);
    }

    /// <summary>Each option once (CockroachDB's message is garbled by a bad format string; spec §2.3), and no subquery.</summary>
    private static void CheckOptions(IEnumerable<CheckOption> options)
    {
        var seen = new HashSet<CheckOptionKind>();
        foreach (var option in options)
        {
            if (!seen.Add(option.Kind))
            {
                throw StatementContext.Fail(CockroachDiagnostics.InvalidCheckOption,
                    $"%!o(string={option.Kind.ToString().ToLowerInvariant()})ption specified multiple times", option.Span,
                    hint: $"give {option.Kind.ToString().ToUpperInvariant()} once");
            }

            if (option.Value is { } value && ContainsSubquery(value))
            {
                throw StatementContext.Fail(CockroachDiagnostics.InvalidCheckOption, "subqueries are not allowed in check_external_connection", value.Span);
            }
        }
    }

    private static bool ContainsSubquery(Expression expression) => expression switch
    {
        SubqueryExpression or ExistsExpression or InSubqueryExpression or ArraySubqueryExpression => true,
        ParenthesizedExpression p => ContainsSubquery(p.Inner),
        UnaryExpression u => ContainsSubquery(u.Operand),
        BinaryExpression b => ContainsSubquery(b.Left) || ContainsSubquery(b.Right),
        CastExpression c => ContainsSubquery(c.Operand),
        FunctionCall f => f.Arguments.Any(ContainsSubquery),
        _ => false,
    };
}
