using SqlConn.Cli.Files;
using SqlConn.Engine.Snapshots;

namespace SqlConn.Cli.Commands;

/// <summary>Catalog snapshot files: <c>--state</c> reads one, <c>--save</c> writes one atomically.</summary>
internal static class Snapshots
{
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

    public static void Save(Engine.Catalog.Catalog catalog, string path) => AtomicFile.Write(path, SnapshotFormat.Serialize(catalog));
}
