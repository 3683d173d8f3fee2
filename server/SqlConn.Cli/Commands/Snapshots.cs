using SqlConn.Cli.Files;
using SqlConn.Engine.Snapshots;

namespace SqlConn.Cli.Commands;

/// <summary>Catalog snapshot files: <c>--save</c> writes one atomically (<see cref="Ide.Configuration.SnapshotFile"/> reads them).</summary>
internal static class Snapshots
{
    public static void Save(Engine.Catalog.Catalog catalog, string path) => AtomicFile.Write(path, SnapshotFormat.Serialize(catalog));
}
