using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public enum SourceConnector
{
    Kafka,
    Postgres,
    MySql,
    SqlServer,
    LoadGenerator,
    Webhook,
}

public enum SinkConnector
{
    Kafka,
    IcebergCatalog,
}

/// <summary>
/// The rest of a source or sink definition (FORMAT, ENVELOPE, FOR TABLES...), kept as written.
/// <see cref="SchemaRegistryConnections"/> are the <c>CONFLUENT SCHEMA REGISTRY CONNECTION x</c>
/// references found in it.
/// </summary>
public sealed record DefinitionTail(string Text, ImmutableArray<ObjectName> SchemaRegistryConnections, TextSpan Span) : SyntaxNode(Span);

/// <summary>
/// <c>CREATE SOURCE [IF NOT EXISTS] name [IN CLUSTER c] FROM KAFKA|POSTGRES|MYSQL|SQL SERVER CONNECTION conn (options) ...</c>.
/// <see cref="Connection"/> is null for LOAD GENERATOR and WEBHOOK sources.
/// </summary>
public sealed record CreateSourceStatement(
    bool IfNotExists,
    ObjectName Name,
    Identifier? InCluster,
    SourceConnector Connector,
    ObjectName? Connection,
    ImmutableArray<Option> Options,
    DefinitionTail Tail,
    TextSpan Span) : Statement(Span);

/// <summary><c>CREATE SINK [IF NOT EXISTS] name [IN CLUSTER c] FROM obj INTO KAFKA CONNECTION conn (options) ...</c>.</summary>
public sealed record CreateSinkStatement(
    bool IfNotExists,
    ObjectName Name,
    Identifier? InCluster,
    ObjectName From,
    SinkConnector Connector,
    ObjectName Connection,
    ImmutableArray<Option> Options,
    DefinitionTail Tail,
    TextSpan Span) : Statement(Span);
