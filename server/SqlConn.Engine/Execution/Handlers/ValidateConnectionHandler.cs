using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>
/// VALIDATE CONNECTION: the simulator cannot connect, so it says what the user still has to set up
/// for the validation to pass (the bastion's keys, the role's trust policy).
/// </summary>
internal static class ValidateConnectionHandler
{
    public static void Execute(StatementContext context, ValidateConnectionStatement statement)
    {
        var item = Names.Item(context.Catalog, context.Session, statement.Name);
        if (item is not ConnectionItem connection)
        {
            throw Names.Failure(CatalogDiagnostics.WrongObjectKind, $"cannot validate {item.KindName} '{context.Catalog.FullName(item)}'", statement.Name);
        }

        PrivilegeEnforcement.Enforce(context, statement);
        context.Tag = "VALIDATE CONNECTION";
        context.Notice(PreviewDiagnostics.ValidationNotPerformed,
            $"validation of connection \"{connection.Name}\" was not performed: the simulator does not reach external systems",
            statement.Name.Span,
            detail: $"Materialize will {Validation.WhatIsChecked(connection)}",
            hint: Prerequisites(context.Catalog, connection));
    }

    private static string? Prerequisites(Catalog.Catalog catalog, ConnectionItem connection)
    {
        string? Text(string option) => (connection.Option(option)?.Value as StoredText)?.Value;
        return connection.Type switch
        {
            ConnectionKind.SshTunnel when connection.SshKeys is { } keys =>
                $"before validating, add both public keys to the authorized_keys of user \"{Text("USER")}\" on {Text("HOST")} "
                + $"(keys: SELECT public_key_1, public_key_2 FROM mz_ssh_tunnel_connections WHERE id = '{connection.Id}')",
            ConnectionKind.Aws when Text("ASSUME ROLE ARN") is { } role =>
                $"before validating, let {EnvironmentSettings.AwsConnectionRoleArn} assume {role} with the external ID "
                + $"{catalog.Environment.AwsExternalId(connection.Id)} (example policy: SELECT example_trust_policy FROM mz_internal.mz_aws_connections WHERE id = '{connection.Id}')",
            ConnectionKind.AwsPrivatelink =>
                $"before validating, allow the principal {catalog.Environment.PrivatelinkPrincipal(connection.Id)} on the endpoint service {Text("SERVICE NAME")}",
            _ => null,
        };
    }
}
