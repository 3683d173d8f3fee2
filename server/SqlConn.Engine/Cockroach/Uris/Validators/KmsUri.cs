using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>What the KMS providers share: Go's <c>url.ParseRequestURI</c> of the URI and the key path rules.</summary>
internal static class KmsUri
{
    public const string EmptyKeyPath = "path component of the KMS cannot be empty; must contain the Customer Managed Key";

    /// <summary>
    /// The KMS factories parse the URI again with <c>ParseRequestURI</c>, which keeps a '#' in the path or
    /// query instead of splitting a fragment off; every later check reads that URL.
    /// </summary>
    public static bool TryReparse(SchemeUri uri, [NotNullWhen(true)] out SchemeUri? reparsed, [NotNullWhen(false)] out UriValidationFailure? failure)
    {
        if (GoUrlParser.TryParseRequestUri(uri.Text, out var url, out var error))
        {
            reparsed = uri with { Url = url, Query = url.Query() };
            failure = null;
            return true;
        }

        reparsed = null;
        failure = new UriValidationFailure(UriFailureKind.MalformedUri, UriFailureStage.ConstructDetails, UriMasking.ParseError(error));
        return false;
    }

    /// <summary>GCP and Azure KMS reject exactly the path "/" (an absent path passes this test).</summary>
    public static bool HasEmptyKeyPath(SchemeUri uri) => uri.Url.Path == "/";

    public static UriValidationFailure Unknown(ImmutableArray<string> names) =>
        SchemeUri.Unknown(names, $"unknown KMS query parameters: {string.Join(", ", names)}");
}
