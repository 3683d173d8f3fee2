namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>What a connection of a scheme can be used for, as the CockroachDB docs list it (spec §4.4).</summary>
[Flags]
public enum ExternalConnectionOperations
{
    None = 0,
    Backups = 1,
    Restores = 2,
    Imports = 4,
    Exports = 8,
    Changefeeds = 16,
    EncryptedBackups = 32,
    PhysicalClusterReplication = 64,

    /// <summary>Cloud and node storage: everything that reads or writes files.</summary>
    Storage = Backups | Restores | Imports | Exports | Changefeeds,
}

public static class ExternalConnectionOperationsExtensions
{
    /// <summary>The docs' wording: "backups, restores, imports, exports, changefeeds".</summary>
    public static string Describe(this ExternalConnectionOperations operations)
    {
        (ExternalConnectionOperations Flag, string Text)[] words =
        [
            (ExternalConnectionOperations.Backups, "backups"),
            (ExternalConnectionOperations.Restores, "restores"),
            (ExternalConnectionOperations.Imports, "imports"),
            (ExternalConnectionOperations.Exports, "exports"),
            (ExternalConnectionOperations.Changefeeds, "changefeeds"),
            (ExternalConnectionOperations.EncryptedBackups, "encrypted backups"),
            (ExternalConnectionOperations.PhysicalClusterReplication, "physical cluster replication"),
        ];
        return string.Join(", ", words.Where(w => operations.HasFlag(w.Flag)).Select(w => w.Text));
    }
}
