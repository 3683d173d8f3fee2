using System.Collections.Immutable;

namespace SqlConn.Engine.Connections;

/// <summary>An option of a connection as the catalog keeps it: validated, references resolved to item ids.</summary>
public sealed record StoredOption(string Name, StoredValue Value);

/// <summary>A validated option value. <see cref="References"/> are the ids of the items it names.</summary>
public abstract record StoredValue
{
    public virtual IEnumerable<string> References => [];
}

/// <summary>Text; <see cref="Bare"/> when written as a bare word (printed unquoted, as Materialize does).</summary>
public sealed record StoredText(string Value, bool Bare) : StoredValue;

public sealed record StoredSecret(string SecretId) : StoredValue
{
    public override IEnumerable<string> References => [SecretId];
}

public sealed record StoredNumber(long Value) : StoredValue;

public sealed record StoredTextList(ImmutableArray<string> Items) : StoredValue
{
    public bool Equals(StoredTextList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(0, (h, i) => HashCode.Combine(h, i));
}

public sealed record StoredConnectionReference(string ConnectionId) : StoredValue
{
    public override IEnumerable<string> References => [ConnectionId];
}

/// <summary>AWS PRIVATELINK's value: the connection and the optional <c>(PORT n)</c>.</summary>
public sealed record StoredPrivatelink(string ConnectionId, long? Port) : StoredValue
{
    public override IEnumerable<string> References => [ConnectionId];
}

/// <summary>BROKER (<see cref="Single"/>) or BROKERS.</summary>
public sealed record StoredBrokers(ImmutableArray<StoredBroker> Brokers, bool Single) : StoredValue
{
    public override IEnumerable<string> References => Brokers.Select(b => b.Tunnel?.ConnectionId).OfType<string>();

    public bool Equals(StoredBrokers? other) => other is not null && Single == other.Single && Brokers.SequenceEqual(other.Brokers);

    public override int GetHashCode() => Brokers.Aggregate(Single.GetHashCode(), (h, b) => HashCode.Combine(h, b));
}

public sealed record StoredBroker(string Address, StoredBrokerTunnel? Tunnel);

public abstract record StoredBrokerTunnel(string ConnectionId);

public sealed record StoredSshBrokerTunnel(string ConnectionId) : StoredBrokerTunnel(ConnectionId);

public sealed record StoredPrivatelinkBrokerTunnel(string ConnectionId, string? AvailabilityZone, long? Port) : StoredBrokerTunnel(ConnectionId);
