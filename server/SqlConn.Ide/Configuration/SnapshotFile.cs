using SqlConn.Engine.Snapshots;

namespace SqlConn.Ide.Configuration;

/// <summary>Reads a catalog snapshot file (<c>sqlconn run --save</c>): <c>sqlconn run --state</c>, a lint baseline and the language server's baseline.</summary>
public static class SnapshotFile
{
    /// <summary>The catalog saved in <paramref name="path"/>; a missing file is an <see cref="IOException"/>, an unreadable one a <see cref="SnapshotException"/> naming it.</summary>
    public static Engine.Catalog.Catalog Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new IOException($"no such snapshot file: {path}");
        }

        try
        {
            return SnapshotFormat.Deserialize(File.ReadAllBytes(path));
        }
        catch (SnapshotException e)
        {
            throw new SnapshotException($"cannot read snapshot {path}: {e.Message}", e);
        }
    }
}
