using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// CockroachDB's <c>kafkaauth.Pick</c>: SASL parameters without sasl_enabled=true, the mechanism, the
/// OAuth-only parameters, the mechanism's required parameters, the handshake and the OAuth secret.
/// The mechanisms are the five the spec lists parameters for (newer CockroachDB also knows GSSAPI);
/// the texts are those of the newest <c>kafkaauth</c> package read, which the spec did not record.
/// </summary>
internal static class KafkaSasl
{
    public static UriValidationFailure? Check(SchemeUri uri)
    {
        if (SinkValues.Bool(uri, KafkaParameters.SaslEnabled, out var enabled, out _) is { } notBool)
        {
            return notBool;
        }

        if (!enabled)
        {
            return CheckUnused(uri);
        }

        var parameter = KafkaParameters.SaslMechanism;
        var given = uri.Get(parameter);
        if (parameter.FindValue(given.Length > 0 ? given : parameter.Default ?? string.Empty) is not { } mechanism)
        {
            var names = parameter.AllowedValues.Select(v => v.Value).Order(StringComparer.Ordinal).ToArray();
            return SchemeUri.Parameter(parameter, $"param {parameter.Name} must be one of {string.Join(", ", names[..^1])}, or {names[^1]}");
        }

        if (mechanism.Value != KafkaParameters.OAuthMechanism && KafkaParameters.OAuthOnly.FirstOrDefault(p => uri.Get(p).Length > 0) is { } oauthOnly)
        {
            return SchemeUri.Parameter(oauthOnly, $"{oauthOnly.Name} is only a valid parameter for {parameter.Name}={KafkaParameters.OAuthMechanism}");
        }

        var missing = mechanism.Requires.Where(name => uri.Query.Get(name).Length == 0).ToArray();
        if (missing.Length > 0)
        {
            return SchemeUri.Parameter(missing[0], string.Join('\n',
                missing.Select(name => $"{name} must be provided when SASL is enabled using mechanism {mechanism.Value}")));
        }

        if (SinkValues.Bool(uri, KafkaParameters.SaslHandshake, out _, out _) is { } handshake)
        {
            return handshake;
        }

        return mechanism.Value == KafkaParameters.OAuthMechanism
            ? SinkValues.Base64(uri, KafkaParameters.SaslClientSecret, out _, "decoding client secret: ")
            : null;
    }

    /// <summary>The helpful errors for SASL parameters given while SASL is off.</summary>
    private static UriValidationFailure? CheckUnused(SchemeUri uri)
    {
        if (uri.Get(KafkaParameters.SaslHandshake).Length > 0)
        {
            return SchemeUri.Parameter(KafkaParameters.SaslHandshake, $"{KafkaParameters.SaslEnabled.Name} must be enabled to configure SASL handshake behavior");
        }

        if (uri.Get(KafkaParameters.SaslMechanism).Length > 0)
        {
            return SchemeUri.Parameter(KafkaParameters.SaslMechanism, $"{KafkaParameters.SaslEnabled.Name} must be enabled to configure SASL mechanism");
        }

        var unused = KafkaParameters.SaslOnly.FirstOrDefault(p => uri.Get(p).Length > 0);
        return unused is null ? null : SchemeUri.Parameter(unused, $"{KafkaParameters.SaslEnabled.Name} must be enabled if {unused.Name} is provided");
    }
}
