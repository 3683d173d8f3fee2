namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What is wrong with an external connection URI; each kind has its own diagnostic code.</summary>
public enum UriFailureKind
{
    /// <summary>No external connection provider has the URI's scheme (this includes <c>external://</c>).</summary>
    UnknownProvider,

    /// <summary>Go's URL parser rejects the text.</summary>
    MalformedUri,

    /// <summary>An unknown, missing or invalid query parameter.</summary>
    InvalidParameter,

    /// <summary>The host or path does not name what the scheme needs (bucket, node ID, key, project...).</summary>
    InvalidLocation,
}
