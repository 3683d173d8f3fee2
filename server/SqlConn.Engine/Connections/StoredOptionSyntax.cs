using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Engine.Catalog;
using SqlConn.Syntax.Tree;

namespace SqlConn.Engine.Connections;

/// <summary>
/// Turns stored options back into syntax, with every referenced object fully qualified under its
/// current name: to print <c>create_sql</c>, and to re-plan a connection on ALTER CONNECTION.
/// </summary>
internal static class StoredOptionSyntax
{
    public static Option ToSyntax(StoredOption option, Catalog.Catalog catalog) =>
        new(new OptionName(option.Name, default), Value(option.Value, catalog), default);

    public static ImmutableArray<Option> ToSyntax(IEnumerable<StoredOption> options, Catalog.Catalog catalog) =>
        [.. options.Select(o => ToSyntax(o, catalog))];

    private static OptionValue Value(StoredValue value, Catalog.Catalog catalog) => value switch
    {
        StoredText { Bare: true } t => new NameValue(Name([t.Value])),
        StoredText t => new StringValue(Literal(t.Value)),
        StoredSecret s => new SecretValue(Qualified(s.SecretId, catalog), default),
        StoredNumber n => new NumberValue(n.Value.ToString(CultureInfo.InvariantCulture), default),
        StoredTextList l => new SequenceValue([.. l.Items.Select(i => (OptionValue)new StringValue(Literal(i)))], false, default),
        StoredConnectionReference r => new ObjectReferenceValue(Qualified(r.ConnectionId, catalog)),
        StoredPrivatelink p => new PrivatelinkValue(Qualified(p.ConnectionId, catalog), p.Port is { } port ? Number(port) : null, default),
        StoredBrokers { Single: true } b => new BrokerValue(Broker(b.Brokers[0], catalog)),
        StoredBrokers b => new BrokerListValue([.. b.Brokers.Select(x => Broker(x, catalog))], false, default),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static KafkaBroker Broker(StoredBroker broker, Catalog.Catalog catalog) =>
        new(Literal(broker.Address), broker.Tunnel switch
        {
            null => null,
            StoredSshBrokerTunnel s => new SshBrokerTunnel(Qualified(s.ConnectionId, catalog), default),
            StoredPrivatelinkBrokerTunnel p => new PrivatelinkBrokerTunnel(
                Qualified(p.ConnectionId, catalog),
                [
                    .. p.AvailabilityZone is { } zone ? [new Option(new OptionName("AVAILABILITY ZONE", default), new StringValue(Literal(zone)), default)] : Array.Empty<Option>(),
                    .. p.Port is { } port ? [new Option(new OptionName("PORT", default), Number(port), default)] : Array.Empty<Option>(),
                ],
                default),
            _ => throw new ArgumentOutOfRangeException(nameof(broker)),
        }, default);

    /// <summary>The item's <c>database.schema.name</c> as a name node.</summary>
    public static ObjectName Qualified(string itemId, Catalog.Catalog catalog)
    {
        var item = catalog.Items[itemId];
        var schema = catalog.Schemas[item.SchemaId];
        return schema.DatabaseId is { } database
            ? Name([catalog.Databases[database].Name, schema.Name, item.Name])
            : Name([schema.Name, item.Name]);
    }

    private static ObjectName Name(IEnumerable<string> parts) =>
        new([.. parts.Select(p => new Identifier(p, p != p.ToLowerInvariant(), default))], default);

    private static StringLiteral Literal(string value) => new(value, StringLiteralKind.Standard, default);

    private static NumberValue Number(long value) => new(value.ToString(CultureInfo.InvariantCulture), default);
}
