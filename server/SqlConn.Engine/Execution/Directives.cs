using SqlConn.Engine.Catalog;
using SqlConn.Syntax;

namespace SqlConn.Engine.Execution;

/// <summary>
/// Applies the <c>-- sqlconn:</c> directives written before a statement. <c>bastion-updated</c> says
/// the operator installed the current SSH keys on the bastions (all of them, or the one named by
/// <c>bastion-updated=connection</c>), so the next rotation is safe again.
/// </summary>
internal static class Directives
{
    public static EngineState Apply(EngineState state, ParsedStatement statement)
    {
        // Every statement passes here, and few have directives: a loop, not a LINQ filter over each statement's array.
        foreach (var directive in statement.Syntax.Directives)
        {
            if (directive.Name != ScriptDirective.BastionUpdated)
            {
                continue;
            }

            var name = directive.Value?.ToLowerInvariant();
            var catalog = state.Catalog;
            foreach (var connection in catalog.Items.Values.OfType<ConnectionItem>())
            {
                if (connection.SshKeys is { RotationsSinceBastionUpdate: > 0 } keys && (name is null || connection.Name == name))
                {
                    catalog = catalog.WithItem(connection with { SshKeys = keys with { RotationsSinceBastionUpdate = 0 } });
                }
            }

            state = state with { Catalog = catalog };
        }

        return state;
    }
}
