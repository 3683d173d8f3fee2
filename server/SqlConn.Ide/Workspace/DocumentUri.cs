namespace SqlConn.Ide.Workspace;

/// <summary>
/// Document identities. Clients spell the same file in different ways (<c>file:///a%20b.sql</c>,
/// <c>file:///a b.sql</c>); <see cref="Key"/> gives one spelling per document, so that an open
/// document replaces the same file read from disk. Non-file URIs (<c>untitled:1</c>) are their own key.
/// </summary>
public static class DocumentUri
{
    /// <summary>The canonical form of <paramref name="uri"/>: a file URI by its local path, anything else as given.</summary>
    public static string Key(string uri) => TryGetPath(uri) is { } path ? FromPath(path) : uri;

    /// <summary>The local path of a <c>file:</c> URI, or null.</summary>
    public static string? TryGetPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>The <c>file:</c> URI of a local path.</summary>
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
