using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>kafka://{broker}:{port}</c>, in the order of CockroachDB's Kafka sink: schema_topic, TLS parameters,
/// SASL, the TLS rules, then unknown parameters (checked last by sinks, unlike storage).
/// </summary>
internal sealed class KafkaValidator : ISchemeValidator
{
    public static KafkaValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if ((CheckSchemaTopic(uri) ?? KafkaTls.Read(uri, out var tls) ?? KafkaSasl.Check(uri) ?? tls.Check()) is { } failure)
        {
            return failure;
        }

        return uri.UnknownParameters() is [_, ..] unknown
            ? SchemeUri.Unknown(unknown, $"unknown kafka sink query parameters: {string.Join(", ", unknown)}")
            : null;
    }

    /// <summary>
    /// Every Kafka scheme reads the topic parameters first and rejects schema_topic. The spec did not record
    /// the text [unverified]; this is the format string of CockroachDB's Kafka sink.
    /// </summary>
    public static UriValidationFailure? CheckSchemaTopic(SchemeUri uri) =>
        uri.Get(SinkParameters.SchemaTopic).Length > 0
            ? SchemeUri.Parameter(SinkParameters.SchemaTopic, $"{SinkParameters.SchemaTopic.Name} is not yet supported")
            : null;
}
