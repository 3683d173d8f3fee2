using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>The objects an option's value names, in written order, and whether each must be a secret (else a connection).</summary>
internal static class OptionReferences
{
    public static IEnumerable<(ObjectName Name, bool ExpectsSecret)> Of(OptionValue? value) => value switch
    {
        SecretValue s => [(s.Secret, true)],
        ObjectReferenceValue r => [(r.Name, false)],
        PrivatelinkValue p => [(p.Connection, false)],
        BrokerValue b => b.Broker.Tunnel is { } t ? [(t.Connection, false)] : [],
        BrokerListValue l => l.Brokers.Select(b => b.Tunnel).OfType<BrokerTunnel>().Select(t => (t.Connection, false)),
        SequenceValue s => s.Items.SelectMany(Of),
        _ => [],
    };
}
