namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>
/// A scheme that is also an external-storage scheme, readable by CHECK EXTERNAL CONNECTION and BACKUP;
/// <see cref="Name"/> is the storage provider's name in CockroachDB's messages (<c>azure</c>, <c>http</c>).
/// </summary>
public sealed record StorageProvider(string Name, ImplicitAccessRule ImplicitAccess);
