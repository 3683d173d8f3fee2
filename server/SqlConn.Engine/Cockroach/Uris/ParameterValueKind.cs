namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What a query parameter's value is, for validation, completion and hover.</summary>
public enum ParameterValueKind
{
    Text,

    /// <summary>Go's <c>strconv.ParseBool</c>: 1, t, true, 0, f, false... (any case form Go accepts).</summary>
    Boolean,

    /// <summary>Standard base64 with padding (a key, a certificate, a JSON credentials file).</summary>
    Base64,

    /// <summary>One of <see cref="UriParameter.AllowedValues"/>.</summary>
    Enum,

    /// <summary>Known to CockroachDB but rejected whatever its value (e.g. Kafka's <c>schema_topic</c>).</summary>
    Unsupported,
}
