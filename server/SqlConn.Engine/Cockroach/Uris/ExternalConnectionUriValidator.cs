using SqlConn.Engine.Cockroach.Go;
using SqlConn.Engine.Cockroach.Uris.Validators;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// Validates the URI of CREATE/ALTER EXTERNAL CONNECTION as CockroachDB does, offline: Go's URL parse
/// (the sanitize step), the scheme's provider, then the provider's own parameter and location rules,
/// each failure worded exactly as CockroachDB words it. The network check that follows in CockroachDB
/// is named by <see cref="ExternalConnectionUri.Check"/>, never run.
/// </summary>
public static class ExternalConnectionUriValidator
{
    public static UriValidationResult Validate(string uri)
    {
        if (!GoUrlParser.TryParse(uri, out var url, out var error))
        {
            return new InvalidUri(new UriValidationFailure(UriFailureKind.MalformedUri, UriFailureStage.Sanitize, UriMasking.ParseError(error, uri)));
        }

        if (UriSchemes.Find(url.Scheme) is not { } scheme)
        {
            return new InvalidUri(new UriValidationFailure(
                UriFailureKind.UnknownProvider, UriFailureStage.ConstructDetails, $"no parseAndValidateFn found for external connection provider {url.Scheme}"));
        }

        var query = url.Query();
        if (scheme.Validator.Validate(new SchemeUri(scheme, uri, url, query)) is { } failure)
        {
            return new InvalidUri(failure with { Cause = $"{scheme.ErrorContext}: {failure.Cause}" });
        }

        return new ValidUri(new ExternalConnectionUri(scheme, uri, query.Values));
    }
}
