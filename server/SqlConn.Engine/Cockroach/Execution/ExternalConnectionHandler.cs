using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Cockroach.Privileges;
using SqlConn.Engine.Cockroach.State;
using SqlConn.Engine.Cockroach.Uris;
using SqlConn.Engine.Execution;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Cockroach.Execution;

/// <summary>CREATE, ALTER and DROP EXTERNAL CONNECTION, each step in CockroachDB's order (spec §4.1, §6.2).</summary>
internal static class ExternalConnectionHandler
{
    public static void Create(StatementContext context, CreateExternalConnectionStatement statement)
    {
        context.Tag = "CREATE EXTERNAL CONNECTION";
        context.EnforcePrivileges();
        var name = Labels.Value(statement.Name, "failed to resolve External Connection name");
        var text = Labels.Value(statement.Uri, "failed to resolve External Connection endpoint");
        var uri = Validate(context, statement.Uri, text, alter: false);
        var cluster = context.Cluster();
        if (cluster.FindConnection(name) is not null)
        {
            // IF NOT EXISTS swallows only this error, silently: the existing connection is left as it is.
            if (statement.IfNotExists)
            {
                return;
            }

            throw StatementContext.Fail(CockroachDiagnostics.DuplicateExternalConnection,
                $"failed to create external connection: external connection with connection name '{name}' already exists", statement.Name.Span,
                hint: "ALTER EXTERNAL CONNECTION replaces the URI of an existing connection");
        }

        // The creator gets ALL, granted by the node user (so without grant option).
        var user = context.User();
        var target = PrivilegeObject.ExternalConnection(name);
        context.SetCluster(cluster
            .WithConnection(new ExternalConnection(name, text, uri.Provider, uri.ConnectionType.ToSql(), user))
            .WithPrivileges(target, user, cluster.PrivilegesOf(user, target).Granting([CockroachPrivileges.All], withGrantOption: false)));
    }

    /// <summary>The UPDATE check comes before the lookup: without it, even IF EXISTS on a missing name fails.</summary>
    public static void Alter(StatementContext context, AlterExternalConnectionStatement statement)
    {
        context.Tag = "ALTER EXTERNAL CONNECTION";
        var name = Labels.Value(statement.Name);
        var text = Labels.Value(statement.Uri);
        context.EnforcePrivileges();
        if (context.Cluster().FindConnection(name) is not { } existing)
        {
            if (statement.IfExists)
            {
                return;
            }

            throw ConnectionErrors.NotFound(name, statement.Name.Span);
        }

        // The stored connection_type is not rewritten, even when the new URI has another type.
        var uri = Validate(context, statement.Uri, text, alter: true);
        context.SetCluster(context.Cluster().WithConnection(existing with { Uri = text, Provider = uri.Provider, CredentialsWithheld = false }));
    }

    /// <summary>No dependency tracking: jobs that use external://name fail later. A missing name is no error.</summary>
    public static void Drop(StatementContext context, DropExternalConnectionStatement statement)
    {
        context.Tag = "DROP EXTERNAL CONNECTION";
        var name = Labels.Value(statement.Name);
        context.EnforcePrivileges();
        context.SetCluster(context.Cluster().WithoutConnection(name));
    }

    /// <summary>
    /// Steps 4 and 5: the URI layer's checks, worded with the statement's wrapper, then the notice for the
    /// check against the external system that CockroachDB would run now.
    /// </summary>
    private static ExternalConnectionUri Validate(StatementContext context, Label label, string text, bool alter)
    {
        switch (ExternalConnectionUriValidator.Validate(text))
        {
            case InvalidUri { Failure: var failure }:
                throw StatementContext.Fail(CockroachDiagnostics.For(failure.Kind), failure.StatementMessage(alter), ParameterSpan(context, label, failure.Parameter));
            case ValidUri { Connection: var connection }:
                if (connection.Check.NotPerformedNotice() is { } notice)
                {
                    context.Notice(CockroachDiagnostics.CheckNotPerformed, notice, label.Span);
                }

                return connection;
            default:
                throw new UnreachableException();
        }
    }

    /// <summary>Where a parameter's key is written in the URI literal, or the whole literal.</summary>
    private static TextSpan ParameterSpan(StatementContext context, Label label, string? parameter)
    {
        if (parameter is null || label.Kind != LabelKind.String)
        {
            return label.Span;
        }

        var written = context.Statement.Syntax.Text.AsSpan(label.Span.Start, label.Span.Length);
        foreach (var separator in "?&")
        {
            var at = written.IndexOf(separator + parameter + "=", StringComparison.Ordinal);
            if (at >= 0)
            {
                return new TextSpan(label.Span.Start + at + 1, parameter.Length);
            }
        }

        return label.Span;
    }
}
