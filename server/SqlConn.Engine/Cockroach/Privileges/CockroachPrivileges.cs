using System.Collections.Immutable;
using SqlConn.Engine.Cockroach.State;

namespace SqlConn.Engine.Cockroach.Privileges;

/// <summary>
/// CockroachDB's privilege names (pkg/sql/privilege/kind.go) and the ones each synthetic object accepts
/// (pkg/sql/privilege/privilege.go, newest version seen).
/// </summary>
public static class CockroachPrivileges
{
    public const string All = "ALL";
    public const string Usage = "USAGE";
    public const string Drop = "DROP";
    public const string Update = "UPDATE";
    public const string ExternalConnection = "EXTERNALCONNECTION";
    public const string ViewClusterMetadata = "VIEWCLUSTERMETADATA";
    public const string ExternalIoImplicitAccess = "EXTERNALIOIMPLICITACCESS";
    public const string CreateRole = "CREATEROLE";

    /// <summary>Privileges on an external connection (<c>UPDATE</c> arrived with ALTER EXTERNAL CONNECTION, spec §3.1).</summary>
    public static ImmutableArray<string> OnExternalConnection { get; } = [All, Usage, Drop, Update];

    /// <summary>System privileges: what <c>GRANT SYSTEM</c> accepts.</summary>
    public static ImmutableArray<string> OnGlobal { get; } =
    [
        All, "BACKUP", "RESTORE", "MODIFYCLUSTERSETTING", ExternalConnection, "VIEWACTIVITY", "VIEWACTIVITYREDACTED",
        "VIEWCLUSTERSETTING", "CANCELQUERY", "NOSQLLOGIN", ViewClusterMetadata, "VIEWDEBUG", ExternalIoImplicitAccess, "VIEWJOB",
        "MODIFYSQLCLUSTERSETTING", "REPLICATION", "MANAGEVIRTUALCLUSTER", "VIEWSYSTEMTABLE", CreateRole, "CREATELOGIN", "CREATEDB",
        "CONTROLJOB", "REPAIRCLUSTER", "BYPASSRLS", "REPLICATIONDEST", "REPLICATIONSOURCE", "INSPECT",
    ];

    /// <summary>Every privilege name the parser accepts, with the older internal names that still resolve.</summary>
    private static readonly ImmutableDictionary<string, string> ByName = new[]
    {
        All, "CREATE", Drop, "SELECT", "INSERT", "DELETE", Update, Usage, "ZONECONFIG", "CONNECT", "RULE", "MODIFYCLUSTERSETTING",
        ExternalConnection, "VIEWACTIVITY", "VIEWACTIVITYREDACTED", "VIEWCLUSTERSETTING", "CANCELQUERY", "NOSQLLOGIN", "EXECUTE",
        ViewClusterMetadata, "VIEWDEBUG", "BACKUP", "RESTORE", ExternalIoImplicitAccess, "CHANGEFEED", "VIEWJOB", "MODIFYSQLCLUSTERSETTING",
        "REPLICATION", "MANAGEVIRTUALCLUSTER", "VIEWSYSTEMTABLE", CreateRole, "CREATELOGIN", "CREATEDB", "CONTROLJOB", "REPAIRCLUSTER",
        "TRIGGER", "BYPASSRLS", "REPLICATIONDEST", "REPLICATIONSOURCE", "INSPECT",
    }.ToImmutableDictionary(name => name, name => name).Add("MANAGETENANT", "MANAGEVIRTUALCLUSTER").Add("REPAIRCLUSTERMETADATA", "REPAIRCLUSTER");

    /// <summary>The display name of a privilege word (any case), or null when CockroachDB knows no such privilege.</summary>
    public static string? Find(string word) => ByName.GetValueOrDefault(word.ToUpperInvariant());

    public static ImmutableArray<string> ValidOn(PrivilegeObjectKind kind) => kind == PrivilegeObjectKind.Global ? OnGlobal : OnExternalConnection;
}
