using SqlConn.Engine.Catalog;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// The normalised statement Materialize stores for a connection (spec §4.2): fully qualified name,
/// options in canonical order as <c>NAME = value</c>, references fully qualified, no IF NOT EXISTS or
/// WITH clause, <c>TO type (...)</c>, and for SSH tunnels the generated public keys appended.
/// </summary>
public static class CreateSql
{
    public static string Of(ConnectionItem connection, Catalog.Catalog catalog)
    {
        var options = StoredOptionSyntax.ToSyntax(connection.Options.Where(o => o.Name is not ("PUBLIC KEY 1" or "PUBLIC KEY 2")), catalog);
        if (connection.SshKeys is { } keys)
        {
            options = options.AddRange(Key("PUBLIC KEY 1", keys.PublicKey1), Key("PUBLIC KEY 2", keys.PublicKey2));
        }

        var statement = new CreateConnectionStatement(
            false, StoredOptionSyntax.Qualified(connection.Id, catalog), new ConnectionTypeSyntax(connection.Type, default), options, [], false, default);
        return SqlPrinter.Print(statement, PrintOptions.Catalog);
    }

    private static Option Key(string name, SshPublicKey key) =>
        new(new OptionName(name, default), new StringValue(new StringLiteral(key.Line, StringLiteralKind.Standard, default)), default);
}
