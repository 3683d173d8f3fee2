using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Diagnostics;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Connection validation. Materialize validates by connecting to the external system; the simulator
/// cannot, so whenever a validation would run it says so, and says what the real one checks.
/// </summary>
internal static class Validation
{
    /// <summary>The value of <c>WITH (VALIDATE [= b])</c>: null when absent, true for a bare VALIDATE.</summary>
    public static bool? Requested(ImmutableArray<Option> withOptions)
    {
        bool? requested = null;
        foreach (var option in withOptions)
        {
            if (requested is not null)
            {
                throw StatementContext.Fail(ConnectionDiagnostics.DuplicateOption, "VALIDATE specified more than once", option.Name.Span);
            }

            requested = option.Value switch
            {
                null => true,
                BooleanValue b => b.Value,
                _ => throw StatementContext.Fail(ConnectionDiagnostics.InvalidOptionValue,
                    $"invalid VALIDATE: {OptionValueConverter.Incompatible(option.Value, "bool") ?? "cannot use value as boolean"}", option.Value.Span,
                    hint: "write VALIDATE = true or VALIDATE = false"),
            };
        }

        return requested;
    }

    public static void NotPerformed(StatementContext context, ConnectionItem connection, TextSpan span) =>
        context.Notice(PreviewDiagnostics.ValidationNotPerformed,
            $"validation of connection \"{connection.Name}\" was not performed: the simulator does not reach external systems",
            span, detail: $"Materialize would {WhatIsChecked(connection)}");

    /// <summary>What Materialize's validation of the connection does (spec §4.3).</summary>
    public static string WhatIsChecked(ConnectionItem connection) => connection.Type switch
    {
        ConnectionKind.Kafka => "connect to the brokers and authenticate with the configured security protocol",
        ConnectionKind.ConfluentSchemaRegistry => "send a request to the schema registry URL",
        ConnectionKind.Postgres or ConnectionKind.MySql or ConnectionKind.SqlServer => "connect to the database server and log in",
        ConnectionKind.IcebergCatalog => "connect to the Iceberg catalog",
        ConnectionKind.SshTunnel => "open an SSH session to the bastion with the connection's key pairs",
        ConnectionKind.Aws => connection.Option("ASSUME ROLE ARN") is not null
            ? "assume the role, and check that its trust policy requires the connection's external ID"
            : "authenticate with the access key",
        ConnectionKind.AwsPrivatelink => "check that the endpoint service accepts the connection's principal and is available",
        _ => "connect to the external system",
    };
}
