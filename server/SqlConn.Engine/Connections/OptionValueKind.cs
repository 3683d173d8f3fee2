namespace SqlConn.Engine.Connections;

/// <summary>What an option's value must be (spec §3.1). The kind belongs to the option name, whatever the connection type.</summary>
public enum OptionValueKind
{
    /// <summary>A string literal, or a single-part bare word (its folded name).</summary>
    Text,

    /// <summary><c>SECRET name</c> only.</summary>
    Secret,

    /// <summary><c>SECRET name</c>, or anything accepted as text.</summary>
    SecretOrText,

    /// <summary>A number literal from 0 to 65535.</summary>
    Port,

    /// <summary>A 32-bit signed number literal.</summary>
    Integer,

    /// <summary>A parenthesised or bracketed list of text values.</summary>
    TextList,

    /// <summary>The name of another connection (SSH TUNNEL, AWS CONNECTION).</summary>
    ConnectionReference,

    /// <summary>BROKER's broker address with an optional tunnel.</summary>
    Broker,

    /// <summary>BROKERS' list of broker addresses.</summary>
    BrokerList,

    /// <summary>AWS PRIVATELINK's connection name with an optional <c>(PORT n)</c>.</summary>
    Privatelink,

    /// <summary>CATALOG TYPE: <c>rest</c> or <c>s3tablesrest</c>.</summary>
    IcebergCatalogType,
}
