namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What CHECK EXTERNAL CONNECTION's privilege check learns from its URI (<see cref="ImplicitAccess.Classify"/>).</summary>
public abstract record ImplicitAccessResult;

/// <summary>
/// A storage URI. <see cref="Provider"/> is the storage provider's name in CockroachDB's messages;
/// <see cref="UsesImplicitAccess"/> says whether a non-admin needs EXTERNALIOIMPLICITACCESS for it.
/// </summary>
public sealed record StorageAccess(string Provider, bool UsesImplicitAccess) : ImplicitAccessResult
{
    /// <summary>The error for a user who is neither admin nor holder of EXTERNALIOIMPLICITACCESS.</summary>
    public string PrivilegeMessage =>
        $"only users with the admin role or the EXTERNALIOIMPLICITACCESS system privilege are allowed to access the specified {Provider} URI";
}

/// <summary><c>external://{name}[/path]</c>: the user needs USAGE on the connection instead.</summary>
public sealed record ExternalConnectionAccess(string ConnectionName) : ImplicitAccessResult;

/// <summary>
/// The URI is not a storage URI CockroachDB can read; <see cref="Message"/> is its error and <see cref="Kind"/>
/// says what is wrong (its diagnostic: <see cref="CockroachDiagnostics.For"/>).
/// </summary>
public sealed record AccessCheckFailure(string Message, UriFailureKind Kind) : ImplicitAccessResult;
