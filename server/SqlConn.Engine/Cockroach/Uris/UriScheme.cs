using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.Uris.Validators;

namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// One row of the scheme table (<see cref="UriSchemes"/>): a URI scheme an external connection can wrap,
/// with everything validation, redaction, completion and hover know about it.
/// </summary>
public sealed record UriScheme
{
    internal UriScheme(ISchemeValidator validator) => Validator = validator;

    /// <summary>The scheme and its aliases, the preferred spelling first (lower case).</summary>
    public required ImmutableArray<string> Names { get; init; }

    public required ExternalConnectionProvider Provider { get; init; }

    /// <summary>What the URI points at, as the docs name it: "Amazon S3".</summary>
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required ExternalConnectionOperations Operations { get; init; }

    /// <summary>The URI's shape: <c>s3://{bucket}/{path}?{parameters}</c>.</summary>
    public required string Form { get; init; }

    /// <summary>What the host and path must hold.</summary>
    public required string Location { get; init; }

    /// <summary>Every query parameter the scheme reads; any other is rejected unless the validator passes it on.</summary>
    public ImmutableArray<UriParameter> Parameters { get; init; } = [];

    /// <summary>The text CockroachDB puts before this scheme's errors: <c>failed to create s3 external connection</c>.</summary>
    public required string ErrorContext { get; init; }

    public required ExternalCheck Check { get; init; }

    /// <summary>Set when the scheme is also an external-storage scheme (CHECK EXTERNAL CONNECTION, BACKUP).</summary>
    public StorageProvider? Storage { get; init; }

    public ExternalConnectionType ConnectionType => Provider.ConnectionType();

    internal ISchemeValidator Validator { get; }

    public UriParameter? FindParameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}
