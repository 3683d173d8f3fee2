using System.Collections.Immutable;
using SqlConn.Engine.Relations;
using SqlConn.Engine.Values;

namespace SqlConn.Engine.Tests.Queries;

/// <summary>
/// A small simulated catalog shaped like Materialize's system tables (spec §6), with fake rows: an
/// SSH tunnel, a Kafka connection using it, an AWS role connection and a Postgres connection, and
/// their secrets. Unqualified names search mz_catalog then public; mz_internal must be named.
/// </summary>
internal sealed class CatalogFixture : IQueryEnvironment
{
    private static readonly string[] SearchPath = ["mz_catalog", "pg_catalog", "public"];

    private readonly ImmutableArray<Relation> relations;

    public CatalogFixture(params Relation[] extra)
    {
        relations = [Connections, SshTunnels, Secrets, KafkaConnections, AwsConnections, .. extra];
    }

    public static Relation Connections { get; } = Table("mz_catalog", "mz_connections",
        [("id", SqlType.Text), ("oid", SqlType.Oid), ("schema_id", SqlType.Text), ("name", SqlType.Text), ("type", SqlType.Text), ("owner_id", SqlType.Text), ("create_sql", SqlType.Text)],
        Row("u1", 20189, "u3", "ssh_connection", "ssh-tunnel", "u1", "CREATE CONNECTION materialize.public.ssh_connection TO SSH TUNNEL (HOST = 'bastion', PORT = 22, USER = 'mz')"),
        Row("u3", 20191, "u3", "kafka_connection", "kafka", "u1", "CREATE CONNECTION materialize.public.kafka_connection TO KAFKA (BROKER = 'broker:9092', SSH TUNNEL = materialize.public.ssh_connection)"),
        Row("u4", 20192, "u3", "aws_role", "aws", "s2", "CREATE CONNECTION materialize.public.aws_role TO AWS (ASSUME ROLE ARN = 'arn:aws:iam::400121260767:role/MaterializeS3')"),
        Row("u6", 20194, "u7", "pg", "postgres", "u1", "CREATE CONNECTION materialize.other.pg TO POSTGRES (HOST = 'db', PASSWORD = SECRET materialize.public.pgpass)"));

    public static Relation SshTunnels { get; } = Table("mz_catalog", "mz_ssh_tunnel_connections",
        [("id", SqlType.Text), ("public_key_1", SqlType.Text), ("public_key_2", SqlType.Text)],
        Row("u1", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKey1 materialize", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKey2 materialize"),
        Row("u9", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB materialize", null));

    public static Relation Secrets { get; } = Table("mz_catalog", "mz_secrets",
        [("id", SqlType.Text), ("oid", SqlType.Oid), ("schema_id", SqlType.Text), ("name", SqlType.Text), ("owner_id", SqlType.Text)],
        Row("u2", 20190, "u3", "pgpass", "u1"),
        Row("u5", 20193, "u3", "kafka_password", "u1"),
        Row("u8", 20196, "u7", "Mixed_Case", "s2"));

    public static Relation KafkaConnections { get; } = Table("mz_catalog", "mz_kafka_connections",
        [("id", SqlType.Text), ("brokers", SqlType.TextArray), ("sink_progress_topic", SqlType.Text)],
        [SqlValue.Of("u3"), SqlValue.Of(["broker-1:9092", "broker-2:9092"]), SqlValue.Of("_materialize-progress-u3")]);

    public static Relation AwsConnections { get; } = Table("mz_internal", "mz_aws_connections",
        [
            ("id", SqlType.Text), ("endpoint", SqlType.Text), ("region", SqlType.Text), ("access_key_id", SqlType.Text),
            ("access_key_id_secret_id", SqlType.Text), ("secret_access_key_secret_id", SqlType.Text), ("session_token", SqlType.Text),
            ("session_token_secret_id", SqlType.Text), ("assume_role_arn", SqlType.Text), ("assume_role_session_name", SqlType.Text),
            ("principal", SqlType.Text), ("external_id", SqlType.Text), ("example_trust_policy", SqlType.Jsonb),
        ],
        [
            SqlValue.Of("u4"), SqlValue.Null, SqlValue.Of("us-east-1"), SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null, SqlValue.Null,
            SqlValue.Of("arn:aws:iam::400121260767:role/MaterializeS3"), SqlValue.Null,
            SqlValue.Of("arn:aws:iam::664411391173:role/MaterializeConnection"), SqlValue.Of("mz_eb5cb59b-e2fe-41f3-87ca-d2176a495345_u4"),
            new SqlJson("{\"Version\":\"2012-10-17\"}"),
        ]);

    public Relation? Find(IReadOnlyList<string> parts) => parts.Count switch
    {
        1 => SearchPath.Select(schema => Lookup(schema, parts[0])).FirstOrDefault(r => r is not null),
        2 => Lookup(parts[0], parts[1]),
        3 when parts[0] == "materialize" => Lookup(parts[1], parts[2]),
        _ => null,
    };

    public SqlValue? SessionFunction(string name) => name switch
    {
        "current_user" or "current_role" or "session_user" => SqlValue.Of("materialize"),
        "current_database" => SqlValue.Of("materialize"),
        "current_schema" => SqlValue.Of("public"),
        "mz_environment_id" => SqlValue.Of("local-az1:eb5cb59b-e2fe-41f3-87ca-d2176a495345-0"),
        _ => null,
    };

    /// <summary>A table of <paramref name="columns"/>; each row gives one value per column.</summary>
    public static Relation Table(string schema, string name, (string Name, SqlType Type)[] columns, params ImmutableArray<SqlValue>[] rows) =>
        new(schema, name, [.. columns.Select(c => new RelationColumn(c.Name, c.Type))], rows);

    private Relation? Lookup(string schema, string name) => relations.FirstOrDefault(r => r.Schema == schema && r.Name == name);

    private static ImmutableArray<SqlValue> Row(params object?[] values) => [.. values.Select(v => v switch
    {
        null => SqlValue.Null,
        string s => SqlValue.Of(s),
        int i => SqlValue.Of(i),
        _ => throw new ArgumentException($"unsupported fixture value {v}"),
    })];
}
