using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Parameters;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>What a validator reads: the scheme's row, the original text, the parsed URL and its query.</summary>
internal sealed record SchemeUri(UriScheme Scheme, string Text, GoUrl Url, QueryValues Query)
{
    public string Get(UriParameter parameter) => Query.Get(parameter.Name);

    /// <summary>The query's keys that the scheme does not read, sorted; COCKROACH_LOCALITY never counts.</summary>
    public ImmutableArray<string> UnknownParameters(params IEnumerable<string> alsoRead) =>
        [.. Query.Keys.Where(key => key != CommonParameters.Locality.Name && Scheme.FindParameter(key) is null && !alsoRead.Contains(key))];

    /// <summary>A value as a message may show it: a sensitive parameter's value never appears.</summary>
    public static string Echo(UriParameter parameter, string value) => parameter.IsSensitive ? "redacted" : value;

    public static UriValidationFailure Parameter(string name, string cause) =>
        new(UriFailureKind.InvalidParameter, UriFailureStage.ConstructDetails, cause, name);

    public static UriValidationFailure Parameter(UriParameter parameter, string cause) => Parameter(parameter.Name, cause);

    public static UriValidationFailure Unknown(ImmutableArray<string> names, string cause) => Parameter(names[0], cause);

    /// <summary>Every provider's text for an AUTH value other than specified or implicit.</summary>
    public static UriValidationFailure UnsupportedAuth(string auth) =>
        Parameter(CommonParameters.Auth, $"unsupported value {Echo(CommonParameters.Auth, auth)} for AUTH");

    public static UriValidationFailure Location(string cause) =>
        new(UriFailureKind.InvalidLocation, UriFailureStage.ConstructDetails, cause);
}
