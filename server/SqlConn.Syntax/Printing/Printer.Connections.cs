using System.Collections.Immutable;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>CREATE / ALTER CONNECTION.</summary>
internal sealed partial class Printer
{
    private void CreateConnection(CreateConnectionStatement s)
    {
        Write("CREATE CONNECTION ");
        WriteIf(s.IfNotExists, "IF NOT EXISTS ");
        Name(s.Name);
        Write(s.LegacyFor ? " FOR " : " TO ");
        Write(KindKeywords.Of(s.Type.Kind));
        StatementList(s.Options, Option, parenthesized: !s.LegacyFor);
        WithOptions(s.WithOptions);
    }

    private void AlterConnection(AlterConnectionStatement s)
    {
        Write("ALTER CONNECTION ");
        WriteIf(s.IfExists, "IF EXISTS ");
        Name(s.Name);
        if (s.Operation is not AlterConnectionActionsOperation actions)
        {
            Write(' ');
            AlterOperation(s.Operation);
            return;
        }

        StatementList(actions.Actions, AlterConnectionAction, parenthesized: false);
        WithOptions(actions.WithOptions);
    }

    private void AlterConnectionAction(AlterConnectionAction action)
    {
        switch (action)
        {
            case RotateKeysAction:
                Write("ROTATE KEYS");
                break;
            case SetOptionAction set:
                Write("SET (");
                Option(set.Option);
                Write(')');
                break;
            case DropOptionAction drop:
                Write(drop.WrittenAsReset ? "RESET (" : "DROP (");
                Write(drop.Name.Name);
                Write(')');
                break;
        }
    }

    /// <summary><c> WITH (VALIDATE = true)</c> and the other WITH clauses; nothing when empty.</summary>
    private void WithOptions(ImmutableArray<Option> options)
    {
        if (!options.IsEmpty)
        {
            Write(" WITH ");
            Parenthesized(options, Option);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Kafka brokers and PrivateLink
    // ---------------------------------------------------------------------------------------------
    private void KafkaBroker(KafkaBroker broker)
    {
        String(broker.Address);
        switch (broker.Tunnel)
        {
            case SshBrokerTunnel ssh:
                Write(options.CatalogForm ? "USING SSH TUNNEL " : " USING SSH TUNNEL ");
                Name(ssh.Connection);
                break;
            case PrivatelinkBrokerTunnel privatelink:
                Write(" USING AWS PRIVATELINK ");
                Name(privatelink.Connection);
                if (!privatelink.Options.IsEmpty)
                {
                    Write(' ');
                    Parenthesized(privatelink.Options, Option);
                }

                break;
        }
    }

    private void BrokerList(BrokerListValue brokers)
    {
        Write(brokers.Brackets ? '[' : '(');
        List(brokers.Brokers, KafkaBroker);
        Write(brokers.Brackets ? ']' : ')');
    }

    private void Privatelink(PrivatelinkValue privatelink)
    {
        Name(privatelink.Connection);
        if (privatelink.Port is { } port)
        {
            Write(" (PORT ");
            Write(port.Text);
            Write(')');
        }
    }
}
