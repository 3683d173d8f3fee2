using System.Text;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// The TLS parameters of a Kafka sink, decoded, and CockroachDB's rules on them (<c>buildKafkaConfig</c>).
/// Of Go's <c>tls.X509KeyPair</c> only the first test is reproduced: PEM data must be present in the
/// certificate, then in the key. Parsing the certificate and matching the key are not simulated.
/// The decoded values are kept as Latin-1 text, which maps every byte to one character.
/// </summary>
internal sealed record KafkaTls(bool Enabled, string? CaCert, string? ClientCert, string? ClientKey)
{
    /// <summary>Reads the TLS parameters in CockroachDB's order, failing on the first unreadable one.</summary>
    public static UriValidationFailure? Read(SchemeUri uri, out KafkaTls tls)
    {
        tls = new KafkaTls(false, null, null, null);
        var failure = SinkValues.Bool(uri, SinkParameters.TlsEnabled, out var enabled, out _)
                      ?? SinkValues.Bool(uri, SinkParameters.InsecureTlsSkipVerify, out _, out _);
        byte[]? caCert = null;
        byte[]? clientCert = null;
        byte[]? clientKey = null;
        failure ??= SinkValues.Base64(uri, SinkParameters.CaCert, out caCert);
        failure ??= SinkValues.Base64(uri, SinkParameters.ClientCert, out clientCert);
        failure ??= SinkValues.Base64(uri, SinkParameters.ClientKey, out clientKey);
        if (failure is null)
        {
            tls = new KafkaTls(enabled, Text(caCert), Text(clientCert), Text(clientKey));
        }

        return failure;
    }

    public UriValidationFailure? Check()
    {
        if (!Enabled)
        {
            var needsTls = CaCert is not null ? SinkParameters.CaCert : ClientCert is not null ? SinkParameters.ClientCert : null;
            return needsTls is null ? null : SchemeUri.Parameter(needsTls, $"{needsTls.Name} requires {SinkParameters.TlsEnabled.Name}=true");
        }

        if (ClientCert is not null && ClientKey is null)
        {
            return SchemeUri.Parameter(SinkParameters.ClientCert, $"{SinkParameters.ClientCert.Name} requires {SinkParameters.ClientKey.Name} to be set");
        }

        if (ClientKey is not null && ClientCert is null)
        {
            return SchemeUri.Parameter(SinkParameters.ClientKey, $"{SinkParameters.ClientKey.Name} requires {SinkParameters.ClientCert.Name} to be set");
        }

        if (ClientCert is null || ClientKey is null)
        {
            return null;
        }

        var (parameter, input) = !HasPem(ClientCert) ? (SinkParameters.ClientCert, "certificate") : !HasPem(ClientKey) ? (SinkParameters.ClientKey, "key") : (null, "");
        return parameter is null
            ? null
            : SchemeUri.Parameter(parameter, $"invalid client certificate data provided: tls: failed to find any PEM data in {input} input");
    }

    private static string? Text(byte[]? decoded) => decoded is null ? null : Encoding.Latin1.GetString(decoded);

    private static bool HasPem(string data) => data.Contains("-----BEGIN ", StringComparison.Ordinal);
}
