using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Engine.Connections;
using SqlConn.Engine.Diagnostics;
using SqlConn.Engine.Privileges;
using SqlConn.Engine.Ssh;
using SqlConn.Syntax.Printing;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Execution.Handlers;

/// <summary>ALTER CONNECTION: ROTATE KEYS (spec §4.6), SET / DROP / RESET with re-planning (§4.9), RENAME TO and OWNER TO (§4.11).</summary>
internal static class AlterConnectionHandler
{
    private static readonly string[] BrokerGroup = ["BROKER", "BROKERS"];
    private static readonly string[] ProgressOptions = ["PROGRESS TOPIC", "PROGRESS TOPIC REPLICATION FACTOR"];

    public static void Execute(StatementContext context, AlterConnectionStatement statement)
    {
        context.Tag = "ALTER CONNECTION";
        if (Names.TryItem(context.Catalog, context.Session, statement.Name) is not { } item)
        {
            if (!statement.IfExists)
            {
                throw Names.Failure(CatalogDiagnostics.UnknownItem, $"unknown catalog item '{statement.Name}'", statement.Name);
            }

            // Materialize builds this notice with the object type SINK (spec §4.9, [code] [unverified]).
            context.Notice(PreviewDiagnostics.Skipped, $"SINK \"{statement.Name}\" does not exist, skipping", statement.Name.Span);
            return;
        }

        switch (statement.Operation)
        {
            case RenameOperation rename:
                var renamed = Names.Expect<ConnectionItem>(item, statement.Name, "connection");
                PrivilegeEnforcement.Enforce(context, statement);
                ItemAlterations.Rename(context, renamed, rename);
                break;
            case OwnerToOperation owner:
                var given = Names.Expect<ConnectionItem>(item, statement.Name, "connection");
                PrivilegeEnforcement.Enforce(context, statement);
                ItemAlterations.ChangeOwner(context, given, owner);
                break;
            case AlterConnectionActionsOperation actions:
                var connection = item as ConnectionItem ?? throw Names.NotAConnection(context.Catalog, item, statement.Name);
                if (actions.Actions.Any(a => a is RotateKeysAction))
                {
                    RotateKeys(context, statement, connection, actions);
                }
                else
                {
                    ChangeOptions(context, statement, connection, actions);
                }

                break;
        }
    }

    private static void RotateKeys(StatementContext context, AlterConnectionStatement statement, ConnectionItem connection, AlterConnectionActionsOperation operation)
    {
        if (operation.Actions.Length > 1)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.InvalidAlter, "cannot specify any other actions alongside ALTER CONNECTION...ROTATE KEYS",
                operation.Actions[1].Span, hint: "rotate the keys in a statement of its own");
        }

        if (!operation.WithOptions.IsEmpty)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.InvalidAlter,
                $"ALTER CONNECTION...ROTATE KEYS does not support WITH ({string.Join(", ", operation.WithOptions.Select(SqlPrinter.Print))})",
                TextSpan.FromBounds(operation.WithOptions[0].Span.Start, operation.WithOptions[^1].Span.End));
        }

        if (connection.SshKeys is not { } keys)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.InvalidAlter, $"{context.Catalog.FullName(connection)} is not an SSH connection", statement.Name.Span,
                hint: $"only SSH tunnel connections have keys to rotate; {connection.Name} is a connection of type {KindKeywords.Of(connection.Type)}");
        }

        PrivilegeEnforcement.Enforce(context, statement);
        var (newKey, entropy) = SshPublicKey.Draw(context.Catalog.Entropy);
        var rotated = connection with { SshKeys = new SshKeys(keys.PublicKey2, newKey, keys.RotationsSinceBastionUpdate + 1) };
        context.Catalog = context.Catalog.WithItem(rotated) with { Entropy = entropy };
        SshNotices.Rotated(context, rotated, keys.PublicKey1, statement.Name.Span);
    }

    /// <summary>
    /// SET, DROP and RESET: checked on their own first, then the resulting definition is planned again
    /// as a whole, and any error of that is wrapped in <c>invalid ALTER CONNECTION: ...</c>.
    /// </summary>
    private static void ChangeOptions(StatementContext context, AlterConnectionStatement statement, ConnectionItem connection, AlterConnectionActionsOperation operation)
    {
        var spec = ConnectionTypes.Of(connection.Type);
        var validate = Validation.Requested(operation.WithOptions) ?? spec.ValidatedByDefault;
        var sets = operation.Actions.OfType<SetOptionAction>().Select(a => a.Option).ToImmutableArray();
        var drops = operation.Actions.OfType<DropOptionAction>().Select(a => a.Name).ToImmutableArray();
        var named = sets.Select(s => s.Name).Concat(drops).ToList();

        if (named.FirstOrDefault(n => ProgressOptions.Contains(n.Name)) is { } progress)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.GeneratedOption, $"cannot ALTER {spec.DisplayName} option {progress.Name}", progress.Span,
                hint: "create a new connection with the progress topic you want");
        }

        var unsupported = named.Where(n => !spec.Permits(n.Name)).ToList();
        if (unsupported.Count > 0)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.UnsupportedOption,
                $"{spec.DisplayName} connections do not support {OptionDefinitions.Join(unsupported.Select(u => u.Name))} values", unsupported[0].Span);
        }

        ConnectionPlanner.ResolveAndExtract(sets, context.Catalog, context.Session);

        var setNames = sets.Select(s => s.Name.Name).ToHashSet();
        var both = drops.Where(d => setNames.Contains(d.Name)).ToList();
        if (both.Count > 0)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.InvalidAlter, $"cannot both SET and DROP/RESET options {OptionDefinitions.Join(both.Select(b => b.Name))}",
                both[0].Span);
        }

        if (drops.FirstOrDefault(d => BrokerGroup.Contains(d.Name) && BrokerGroup.Any(setNames.Contains)) is { } conflict)
        {
            throw StatementContext.Fail(ConnectionDiagnostics.InvalidAlter,
                $"cannot both SET and DROP/RESET mutually exclusive {spec.DisplayName} options BROKER, BROKERS", conflict.Span);
        }

        // Touching BROKER or BROKERS drops both before the SET applies (spec §4.9 step 8).
        var removed = setNames.Concat(drops.Select(d => d.Name)).ToHashSet();
        if (BrokerGroup.Any(removed.Contains))
        {
            removed.UnionWith(BrokerGroup);
        }

        var kept = StoredOptionSyntax.ToSyntax(connection.Options.Where(o => !removed.Contains(o.Name)), context.Catalog);
        PlannedConnection planned;
        try
        {
            planned = ConnectionPlanner.Plan(spec, statement.Name.Span, kept.AddRange(sets), context.Catalog, context.Session);
        }
        catch (StatementFailedException e)
        {
            throw new StatementFailedException(e.Error with
            {
                Message = $"invalid ALTER CONNECTION: {e.Error.Message}",
                Descriptor = ConnectionDiagnostics.InvalidAlter,
                Span = e.Error.Span == default ? statement.Name.Span : e.Error.Span,
            });
        }

        PrivilegeEnforcement.Enforce(context, statement);
        var altered = connection with { Options = planned.Options };
        context.Catalog = context.Catalog.WithItem(altered);
        context.Warnings(planned.Warnings.Select(w => w.Span == default ? w with { Span = statement.Name.Span } : w));
        if (validate)
        {
            Validation.NotPerformed(context, altered, statement.Name.Span);
        }
    }
}
