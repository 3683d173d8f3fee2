using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>Shortcuts over <see cref="ExternalConnectionUriValidator"/> that fail the test with the other outcome.</summary>
internal static class UriValidation
{
    public static UriValidationFailure Rejects(string uri) => ExternalConnectionUriValidator.Validate(uri) switch
    {
        InvalidUri invalid => invalid.Failure,
        var other => throw new Xunit.Sdk.XunitException($"expected {uri} to be rejected, got {other}"),
    };

    public static ExternalConnectionUri Accepts(string uri) => ExternalConnectionUriValidator.Validate(uri) switch
    {
        ValidUri valid => valid.Connection,
        InvalidUri invalid => throw new Xunit.Sdk.XunitException($"expected {uri} to be accepted, got: {invalid.Failure.Cause}"),
        var other => throw new Xunit.Sdk.XunitException($"unexpected {other}"),
    };
}
