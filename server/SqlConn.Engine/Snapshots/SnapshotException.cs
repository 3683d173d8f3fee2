namespace SqlConn.Engine.Snapshots;

/// <summary>A snapshot that cannot be read: not a SqlConn snapshot, another format version, or corrupt.</summary>
public sealed class SnapshotException(string message, Exception? inner = null) : Exception(message, inner);
