using MessagePack;

namespace SqlConn.Engine.Snapshots;

// The serialised form of the CockroachDB cluster (CatalogData key 11). External connection URIs are saved
// masked: their password and sensitive parameter values read "redacted", so a snapshot holds no credential.

[MessagePackObject]
internal sealed record CockroachData(
    [property: Key(0)] CockroachRoleData[] Roles,
    [property: Key(1)] ExternalConnectionData[] Connections,
    [property: Key(2)] SyntheticPrivilegeData[] Privileges);

/// <summary>A user or role; a password is never saved, only whether there was one.</summary>
[MessagePackObject]
internal sealed record CockroachRoleData(
    [property: Key(0)] string Name, [property: Key(1)] bool IsRole, [property: Key(2)] bool HasPassword, [property: Key(3)] string[] Options,
    [property: Key(4)] MembershipData[] MemberOf);

[MessagePackObject]
internal sealed record MembershipData([property: Key(0)] string Role, [property: Key(1)] bool AdminOption);

[MessagePackObject]
internal sealed record ExternalConnectionData(
    [property: Key(0)] string Name, [property: Key(1)] string MaskedUri, [property: Key(2)] int Provider, [property: Key(3)] string ConnectionType,
    [property: Key(4)] string Owner, [property: Key(5)] bool CredentialsWithheld);

/// <summary>A row of <c>system.privileges</c>; <see cref="ObjectKind"/> is 0 (global) or 1 (external connection).</summary>
[MessagePackObject]
internal sealed record SyntheticPrivilegeData(
    [property: Key(0)] string User, [property: Key(1)] int ObjectKind, [property: Key(2)] string ObjectName, [property: Key(3)] string[] Privileges,
    [property: Key(4)] string[] GrantOptions);
