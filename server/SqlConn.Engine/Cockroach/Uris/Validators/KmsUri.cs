using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>What the KMS providers share: Go's <c>url.ParseRequestURI</c> of the URI and the key path rules.</summary>
internal static class KmsUri
{
    /// <summary>
    /// The KMS factories parse the URI again with <c>ParseRequestURI</c>, which keeps a '#' in the path or
    /// query instead of splitting a fragment off; every later check reads that URL. GCP and Azure KMS then
    /// reject exactly the key path "/" (<paramref name="keyPathRequired"/>; an absent path passes).
    /// </summary>
    public static bool TryReparse(
        SchemeUri uri, bool keyPathRequired, [NotNullWhen(true)] out SchemeUri? reparsed, [NotNullWhen(false)] out UriValidationFailure? failure)
    {
        reparsed = null;
        if (!GoUrlParser.TryParseRequestUri(uri.Text, out var url, out var error))
        {
            failure = new UriValidationFailure(UriFailureKind.MalformedUri, UriFailureStage.ConstructDetails, UriMasking.ParseError(error, uri.Text));
            return false;
        }

        if (keyPathRequired && url.Path == "/")
        {
            failure = SchemeUri.Location("path component of the KMS cannot be empty; must contain the Customer Managed Key");
            return false;
        }

        reparsed = uri with { Url = url, Query = url.Query() };
        failure = null;
        return true;
    }

    public static UriValidationFailure Unknown(ImmutableArray<string> names) =>
        SchemeUri.Unknown(names, $"unknown KMS query parameters: {string.Join(", ", names)}");
}
