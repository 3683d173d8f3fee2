using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Privileges;

/// <summary>Privilege errors (SC30xx): what Materialize's role-based access control refuses.</summary>
public static class PrivilegeDiagnostics
{
    public const string Category = "privilege";

    public static readonly DiagnosticDescriptor PermissionDenied = new(
        "SC3001", "permission denied", DiagnosticSeverity.Error, Category,
        "The role running the statement lacks a privilege it needs: CREATE on the schema an object is "
        + "created in, USAGE on the connections and secrets the statement uses and on their schemas, a "
        + "system privilege such as CREATEROLE. The DETAIL names the privilege; GRANT it, or run as a role that has it.",
        "SET ROLE app;\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_password);",
        "GRANT USAGE ON SECRET pg_password TO app;\nSET ROLE app;\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_password);");

    public static readonly DiagnosticDescriptor NotOwner = new(
        "SC3002", "not the owner", DiagnosticSeverity.Error, Category,
        "Only the owner of an object (or a member of the owning role) may alter, drop, comment on or grant "
        + "privileges on it.",
        "SET ROLE app;\nALTER CONNECTION bastion ROTATE KEYS;  -- bastion is owned by ops",
        "GRANT ops TO app;\nSET ROLE app;\nALTER CONNECTION bastion ROTATE KEYS;");

    public static readonly DiagnosticDescriptor NotMember = new(
        "SC3003", "not a member of the role", DiagnosticSeverity.Error, Category,
        "Giving an object to a role (OWNER TO), setting the role, or changing its default privileges needs "
        + "membership in that role.",
        "ALTER SECRET pg_password OWNER TO ops;  -- as a role that is not a member of ops",
        "GRANT ops TO app;\nALTER SECRET pg_password OWNER TO ops;");

    public static readonly DiagnosticDescriptor InvalidPrivilege = new(
        "SC3004", "privilege that does not apply", DiagnosticSeverity.Error, Category,
        "Each object type has its own privileges: USAGE for connections and secrets, USAGE and CREATE for "
        + "schemas, databases and clusters, CREATEROLE, CREATEDB, CREATECLUSTER and CREATENETWORKPOLICY on SYSTEM.",
        "GRANT SELECT ON SECRET pg_password TO app;",
        "GRANT USAGE ON SECRET pg_password TO app;");

    public static readonly DiagnosticDescriptor SuperuserRequired = new(
        "SC3005", "superuser required", DiagnosticSeverity.Error, Category,
        "The action is reserved to superusers.",
        "SET ROLE app;\nGRANT CREATEROLE ON SYSTEM TO app;",
        "GRANT CREATEROLE ON SYSTEM TO app;  -- as a superuser");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
        [PermissionDenied, NotOwner, NotMember, InvalidPrivilege, SuperuserRequired];
}
