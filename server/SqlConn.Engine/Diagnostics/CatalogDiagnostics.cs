using System.Collections.Immutable;
using SqlConn.Syntax.Diagnostics;

namespace SqlConn.Engine.Diagnostics;

/// <summary>Catalog and name errors (SC20xx).</summary>
public static class CatalogDiagnostics
{
    public const string Category = "semantic";

    public static readonly DiagnosticDescriptor UnknownItem = new(
        "SC2001", "unknown catalog item", DiagnosticSeverity.Error, Category,
        "The statement names a connection, secret, source or sink that does not exist at this point of "
        + "the script. Create it earlier in the script, fix the name, or lint against a baseline that has it.",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_pasword);",
        "CREATE SECRET pg_password AS '...';\nCREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_password);");

    public static readonly DiagnosticDescriptor UnknownSchemaOrDatabase = new(
        "SC2002", "unknown schema or database", DiagnosticSeverity.Error, Category,
        "A qualified name refers to a schema or database that does not exist.",
        "CREATE SECRET staging.pg_password AS '...';",
        "CREATE SCHEMA staging;\nCREATE SECRET staging.pg_password AS '...';");

    public static readonly DiagnosticDescriptor AlreadyExists = new(
        "SC2003", "object already exists", DiagnosticSeverity.Error, Category,
        "An object with this name already exists in the schema (connections, secrets, sources and sinks "
        + "share one namespace). Use another name, drop the existing object first, or write IF NOT EXISTS.",
        "CREATE SECRET s AS 'a';\nCREATE SECRET s AS 'b';",
        "CREATE SECRET s AS 'a';\nALTER SECRET s AS 'b';");

    public static readonly DiagnosticDescriptor WrongObjectKind = new(
        "SC2004", "object of the wrong kind", DiagnosticSeverity.Error, Category,
        "The name refers to an object of another kind than the statement needs (a connection where a "
        + "secret is expected, for instance).",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET ssh_tunnel);",
        "CREATE CONNECTION pg TO POSTGRES (HOST 'db', USER 'app', DATABASE 'app', PASSWORD SECRET pg_password);");

    public static readonly DiagnosticDescriptor DependentObjects = new(
        "SC2005", "object still in use", DiagnosticSeverity.Error, Category,
        "DROP without CASCADE refuses to drop an object that other objects depend on (a secret used by a "
        + "connection, a tunnel used by a Kafka connection, a connection used by a source...).",
        "DROP SECRET pg_password;",
        "DROP CONNECTION pg;\nDROP SECRET pg_password;");

    public static readonly DiagnosticDescriptor InvalidName = new(
        "SC2006", "invalid name", DiagnosticSeverity.Error, Category,
        "A name has more parts than database.schema.item, or a name that must be unqualified is qualified.",
        "DROP SECRET a.b.c.d;",
        "DROP SECRET materialize.public.d;");

    public static readonly DiagnosticDescriptor UnknownCluster = new(
        "SC2007", "unknown cluster or replica", DiagnosticSeverity.Error, Category,
        "The statement names a cluster or a cluster replica that does not exist.",
        "CREATE SOURCE s IN CLUSTER ingest FROM KAFKA CONNECTION k (TOPIC 't');",
        "CREATE CLUSTER ingest (SIZE = '25cc');\nCREATE SOURCE s IN CLUSTER ingest FROM KAFKA CONNECTION k (TOPIC 't');");

    public static readonly DiagnosticDescriptor ClusterRule = new(
        "SC2008", "invalid cluster operation", DiagnosticSeverity.Error, Category,
        "Managed and unmanaged clusters are changed differently: REPLICATION FACTOR only applies to managed "
        + "clusters, replicas of managed clusters cannot be created or dropped by hand, and a cluster with "
        + "sources or sinks can have only one replica.",
        "ALTER CLUSTER unmanaged SET (REPLICATION FACTOR = 0);",
        "DROP CLUSTER REPLICA unmanaged.r1;");

    public static readonly DiagnosticDescriptor UnknownRole = new(
        "SC2009", "unknown role", DiagnosticSeverity.Error, Category,
        "The statement names a role that does not exist.",
        "ALTER SECRET s OWNER TO app_ownr;",
        "ALTER SECRET s OWNER TO app_owner;");

    public static readonly DiagnosticDescriptor SystemObject = new(
        "SC2010", "system object", DiagnosticSeverity.Error, Category,
        "System objects (mz_system, mz_catalog, PUBLIC...) are required by the database and cannot be changed or dropped.",
        "DROP CLUSTER mz_system;",
        "DROP CLUSTER my_cluster;");

    public static readonly DiagnosticDescriptor WrongDialect = new(
        "SC2011", "statement of the other dialect", DiagnosticSeverity.Error, Category,
        "The script is checked as one dialect but the statement belongs to the other one. Set the dialect "
        + "with --dialect or a first-line comment `-- sqlconn: dialect=cockroachdb`.",
        "CREATE EXTERNAL CONNECTION backup AS 's3://bucket?AUTH=implicit';  -- in a Materialize script",
        "-- sqlconn: dialect=cockroachdb\nCREATE EXTERNAL CONNECTION backup AS 's3://bucket?AUTH=implicit';");

    public static readonly DiagnosticDescriptor NotSupported = new(
        "SC2012", "feature not available", DiagnosticSeverity.Error, Category,
        "The statement uses a feature the database rejects in this form.",
        "ALTER CONNECTION k SET (PROGRESS TOPIC = 'p');",
        "CREATE CONNECTION k2 TO KAFKA (BROKER 'k:9092', PROGRESS TOPIC = 'p');");

    public static readonly DiagnosticDescriptor CircularMembership = new(
        "SC2013", "circular role membership", DiagnosticSeverity.Error, Category,
        "Granting the role would make it a member of itself, directly or through other roles.",
        "GRANT app TO ops;\nGRANT ops TO app;",
        "GRANT app TO ops;");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnknownItem, UnknownSchemaOrDatabase, AlreadyExists, WrongObjectKind, DependentObjects, InvalidName,
        UnknownCluster, ClusterRule, UnknownRole, SystemObject, WrongDialect, NotSupported, CircularMembership,
    ];
}
