using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>confluent-cloud://</c> and <c>azure-event-hub://</c>: Kafka with fixed security. The row's two
/// always-required parameters (the service's key pair) become the SASL user and password; parameters
/// whose row allows one value may only be given that value; anything else is an invalid parameter.
/// The user's own sasl_user and sasl_password are overwritten by CockroachDB, hence read silently.
/// </summary>
internal sealed class ManagedKafkaValidator : ISchemeValidator
{
    public static ManagedKafkaValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (KafkaValidator.CheckSchemaTopic(uri) is { } schemaTopic)
        {
            return schemaTopic;
        }

        var scheme = uri.Url.Scheme;
        var credentials = uri.Scheme.Parameters.Where(p => p.Requirement == ParameterRequirement.Always).ToArray();
        if (credentials.FirstOrDefault(p => uri.Get(p).Length == 0) is { } missing)
        {
            return SchemeUri.Parameter(missing, $"scheme {scheme} requires parameter {missing.Name}");
        }

        var effective = uri.Query
            .Set(KafkaParameters.SaslUser.Name, uri.Get(credentials[0]))
            .Set(KafkaParameters.SaslPassword.Name, uri.Get(credentials[1]));
        // CockroachDB walks a Go map of the forced booleans (random order); SqlConn uses the row's order.
        foreach (var fixedParameter in uri.Scheme.Parameters.Where(p => p.AllowedValues.Length == 1))
        {
            if (CheckFixed(uri, fixedParameter) is { } failure)
            {
                return failure;
            }

            effective = effective.Set(fixedParameter.Name, fixedParameter.AllowedValues[0].Value);
        }

        var sasl = uri with { Query = effective };
        var skipVerify = uri.Scheme.FindParameter(SinkParameters.InsecureTlsSkipVerify.Name);
        if (((skipVerify is null ? null : SinkValues.Bool(uri, skipVerify, out _, out _)) ?? KafkaSasl.Check(sasl)) is { } invalid)
        {
            return invalid;
        }

        // Go prints the leftover names with %v ("[a b]") in map order, which is random: SqlConn sorts them.
        // The layout is marked [unverified] in the spec; this is the format string of CockroachDB's kafka sink.
        var unknown = uri.UnknownParameters(KafkaParameters.SaslUser.Name, KafkaParameters.SaslPassword.Name);
        return unknown.IsEmpty
            ? null
            : SchemeUri.Unknown(unknown, $"invalid query parameters [{string.Join(' ', unknown)}] for scheme {scheme}");
    }

    private static UriValidationFailure? CheckFixed(SchemeUri uri, UriParameter parameter)
    {
        var allowed = parameter.AllowedValues[0].Value;
        var given = uri.Get(parameter);
        if (parameter.Kind == ParameterValueKind.Boolean)
        {
            if (SinkValues.Bool(uri, parameter, out var value, out var wasSet) is { } notBool)
            {
                return notBool;
            }

            given = wasSet ? (value ? "true" : "false") : string.Empty;
        }

        return given.Length == 0 || given == allowed
            ? null
            : SchemeUri.Parameter(parameter, $"unsupported value {SchemeUri.Echo(parameter, given)} for parameter {parameter.Name}, please use {allowed} instead");
    }
}
