using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

/// <summary><c>CREATE CLUSTER name (options) [WITH (...)]</c>.</summary>
public sealed record CreateClusterStatement(Identifier Name, ImmutableArray<Option> Options, ImmutableArray<Option> WithOptions, TextSpan Span)
    : Statement(Span);

/// <summary>The value of a cluster's <c>REPLICAS (r1 (SIZE '...'), ...)</c> option.</summary>
public sealed record ReplicasValue(ImmutableArray<ReplicaDefinition> Replicas, TextSpan Span) : OptionValue(Span);

public sealed record ReplicaDefinition(Identifier Name, ImmutableArray<Option> Options, TextSpan Span) : SyntaxNode(Span);

public sealed record AlterClusterStatement(bool IfExists, Identifier Name, AlterOperation Operation, TextSpan Span) : Statement(Span);

public sealed record SetClusterOptionsOperation(ImmutableArray<Option> Options, ImmutableArray<Option> WithOptions, TextSpan Span) : AlterOperation(Span);

public sealed record ResetClusterOptionsOperation(ImmutableArray<OptionName> Names, TextSpan Span) : AlterOperation(Span);

public sealed record SwapClusterOperation(Identifier Other, TextSpan Span) : AlterOperation(Span);

public sealed record CreateClusterReplicaStatement(ReplicaName Name, ImmutableArray<Option> Options, TextSpan Span) : Statement(Span);

public sealed record CreateDatabaseStatement(bool IfNotExists, Identifier Name, TextSpan Span) : Statement(Span);

public sealed record CreateSchemaStatement(bool IfNotExists, ObjectName Name, TextSpan Span) : Statement(Span);
