using SqlConn.Engine.Cockroach.Go;

namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// <c>userfile://[{db.schema.table}]/{path}</c>: no query parameter is accepted, and the path must be
/// unchanged by Go's <c>path.Clean</c>, because userfile stores whole paths without file-system semantics.
/// </summary>
internal sealed class UserfileValidator : ISchemeValidator
{
    public static UserfileValidator Instance { get; } = new();

    public UriValidationFailure? Validate(SchemeUri uri)
    {
        if (uri.UnknownParameters() is [_, ..] unknown)
        {
            return SchemeUri.Unknown(unknown, $"unknown userfile query parameters: {string.Join(", ", unknown)}");
        }

        var path = uri.Url.Path;
        if (GoPath.Clean(path) == path)
        {
            return null;
        }

        // CockroachDB trims the ".tmp" suffix of userfile upload's temporary files before reporting.
        var reported = path.EndsWith(".tmp", StringComparison.Ordinal) ? path[..^4] : path;
        return SchemeUri.Location($"path {reported} changes after normalization to {GoPath.Clean(reported)}. userfile upload does not permit such path constructs");
    }
}
