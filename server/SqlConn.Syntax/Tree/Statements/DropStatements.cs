using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SqlConn.Syntax.Tree;

public enum DropBehavior
{
    /// <summary>Neither CASCADE nor RESTRICT written (RESTRICT applies).</summary>
    Unspecified,
    Restrict,
    Cascade,
}

public sealed record DropObjectsStatement(ObjectKind Kind, bool IfExists, ImmutableArray<ObjectName> Names, DropBehavior Behavior, TextSpan Span)
    : Statement(Span);

public sealed record ReplicaName(Identifier Cluster, Identifier Replica, TextSpan Span) : SyntaxNode(Span)
{
    public override string ToString() => $"{Cluster.Value}.{Replica.Value}";
}

public sealed record DropClusterReplicaStatement(bool IfExists, ImmutableArray<ReplicaName> Replicas, TextSpan Span) : Statement(Span);
