using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax.Tree;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// Names of existing objects where a statement names one: after DROP, ALTER, SHOW CREATE CONNECTION,
/// VALIDATE CONNECTION, COMMENT ON and GRANT/REVOKE ... ON (the kind written before; CockroachDB's
/// EXTERNAL CONNECTION too), roles after
/// GRANT ... TO, REVOKE ... FROM, OWNER TO and SET ROLE, clusters after IN CLUSTER and SWAP WITH,
/// connections of the connector's type in CREATE SOURCE and CREATE SINK.
/// </summary>
internal static class ObjectNameCompletions
{
    public static IEnumerable<CompletionItem> Complete(CursorContext context)
    {
        var site = NameSite.Of(context);
        if (Target(site) is not { } target || (site.InList && !target.List))
        {
            return [];
        }

        return ObjectItems.Of(context, target.Kind, context.ReplacementFrom(site.NameStart), type: target.Type, qualified: site.Qualified);
    }

    private sealed record NameTarget(SymbolKind Kind, bool List, ConnectionKind? Type = null);

    private static NameTarget? Target(NameSite site)
    {
        var anchor = site.Anchor;
        if (anchor.IsEmpty)
        {
            return null;
        }

        var last = anchor[^1];
        return anchor[0] switch
        {
            "DROP" when anchor.Length == 2 && KindOf(last) is { } kind => new(kind, List: true),
            _ when site.Is("DROP", "EXTERNAL", "CONNECTION") || site.Is("ALTER", "EXTERNAL", "CONNECTION") || site.Is("SHOW", "EXTERNAL", "CONNECTION")
                || site.Is("SHOW", "CREATE", "EXTERNAL", "CONNECTION") => new(SymbolKind.ExternalConnection, List: false),
            "GRANT" or "REVOKE" when site.Ends(anchor[0] ?? string.Empty, "ON", "EXTERNAL", "CONNECTION") => new(SymbolKind.ExternalConnection, List: true),
            "ALTER" when anchor.Length == 2 && last is "CONNECTION" or "SECRET" or "CLUSTER" && KindOf(last) is { } kind => new(kind, List: false),
            "COMMENT" when anchor.Length == 3 && anchor[1] == "ON" && KindOf(last) is { } kind => new(kind, List: false),
            "SHOW" when site.Is("SHOW", "CREATE", "CONNECTION") || site.Is("SHOW", "REDACTED", "CREATE", "CONNECTION") => new(SymbolKind.Connection, List: false),
            "VALIDATE" when site.Is("VALIDATE", "CONNECTION") => new(SymbolKind.Connection, List: false),
            "GRANT" or "REVOKE" when anchor.Length >= 3 && anchor[^2] == "ON" && KindOf(last) is { } kind => new(kind, List: true),
            "GRANT" when last == "TO" => new(SymbolKind.Role, List: true),
            "REVOKE" when last == "FROM" => new(SymbolKind.Role, List: true),
            "SET" when site.Is("SET", "ROLE") || site.Is("SET", "SESSION", "ROLE") => new(SymbolKind.Role, List: false),
            "ALTER" when site.Ends("ALTER", "OWNER", "TO") => new(SymbolKind.Role, List: false),
            "ALTER" when site.Ends("ALTER", "SWAP", "WITH") => new(SymbolKind.Cluster, List: false),
            "CREATE" when site.Ends("CREATE", "IN", "CLUSTER") => new(SymbolKind.Cluster, List: false),
            "CREATE" when anchor.Length > 2 && anchor[1] == "SINK" && last == "FROM" => new(SymbolKind.Source, List: false),
            "CREATE" when last == "CONNECTION" && anchor.Length > 3 && anchor[1] is "SOURCE" or "SINK" => new(SymbolKind.Connection, List: false, ConnectorType(anchor[^2])),
            _ => null,
        };
    }

    private static SymbolKind? KindOf(string? keyword) => keyword switch
    {
        "CONNECTION" => SymbolKind.Connection,
        "SECRET" => SymbolKind.Secret,
        "SOURCE" => SymbolKind.Source,
        "SINK" => SymbolKind.Sink,
        "ROLE" or "USER" => SymbolKind.Role,
        "CLUSTER" => SymbolKind.Cluster,
        _ => null,
    };

    /// <summary>The connection type the word before CONNECTION calls for (<c>FROM KAFKA CONNECTION</c>, <c>SCHEMA REGISTRY CONNECTION</c>).</summary>
    private static ConnectionKind? ConnectorType(string? keyword) => keyword switch
    {
        "KAFKA" => ConnectionKind.Kafka,
        "POSTGRES" => ConnectionKind.Postgres,
        "MYSQL" => ConnectionKind.MySql,
        "SERVER" => ConnectionKind.SqlServer,
        "REGISTRY" => ConnectionKind.ConfluentSchemaRegistry,
        "CATALOG" => ConnectionKind.IcebergCatalog,
        _ => null,
    };
}
