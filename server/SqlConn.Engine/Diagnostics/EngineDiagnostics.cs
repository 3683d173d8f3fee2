using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Diagnostics;

/// <summary>
/// Every diagnostic the engine can report. Each area declares its descriptors in its own class, in
/// its own block of codes:
/// SC20xx catalog and names, SC21xx connection options, SC22xx secrets, SC23xx queries and SHOW,
/// SC24xx SSH and AWS, SC25xx CockroachDB, SC3xxx privileges, SC4xxx preview warnings.
/// </summary>
public static class EngineDiagnostics
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        .. CatalogDiagnostics.All,
        .. ConnectionDiagnostics.All,
        .. Secrets.SecretDiagnostics.All,
        .. Queries.QueryDiagnostics.All,
        .. Cockroach.CockroachDiagnostics.All,
        .. Privileges.PrivilegeDiagnostics.All,
        .. PreviewDiagnostics.All,
    ];
}
