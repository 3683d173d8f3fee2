using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Printing;

/// <summary>Clusters and cluster replicas.</summary>
internal sealed partial class Printer
{
    private void CreateCluster(CreateClusterStatement s)
    {
        Write("CREATE CLUSTER ");
        Identifier(s.Name);
        if (!s.Options.IsEmpty)
        {
            StatementList(s.Options, Option, parenthesized: true);
        }

        WithOptions(s.WithOptions);
    }

    private void AlterCluster(AlterClusterStatement s)
    {
        Write("ALTER CLUSTER ");
        WriteIf(s.IfExists, "IF EXISTS ");
        Identifier(s.Name);
        Write(' ');
        switch (s.Operation)
        {
            case SetClusterOptionsOperation set:
                Write("SET ");
                Parenthesized(set.Options, Option);
                WithOptions(set.WithOptions);
                break;
            case ResetClusterOptionsOperation reset:
                Write("RESET ");
                Parenthesized(reset.Names, name => Write(name.Name));
                break;
            case SwapClusterOperation swap:
                Write("SWAP WITH ");
                Identifier(swap.Other);
                break;
            default:
                AlterOperation(s.Operation);
                break;
        }
    }

    private void CreateClusterReplica(CreateClusterReplicaStatement s)
    {
        Write("CREATE CLUSTER REPLICA ");
        ReplicaName(s.Name);
        Write(' ');
        Parenthesized(s.Options, Option);
    }

    private void DropClusterReplica(DropClusterReplicaStatement s)
    {
        Write("DROP CLUSTER REPLICA ");
        WriteIf(s.IfExists, "IF EXISTS ");
        List(s.Replicas, ReplicaName);
    }

    private void ReplicaName(ReplicaName name)
    {
        Identifier(name.Cluster);
        Write('.');
        Identifier(name.Replica);
    }

    private void ReplicaDefinition(ReplicaDefinition replica)
    {
        Identifier(replica.Name);
        Write(' ');
        Parenthesized(replica.Options, Option);
    }
}
