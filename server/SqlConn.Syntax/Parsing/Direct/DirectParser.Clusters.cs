using System.Collections.Immutable;
using Antlr4.Runtime;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>Clusters, replicas, databases and schemas.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createCluster</c>: options with or without parentheses, then WITH options.</summary>
    private Statement CreateCluster(int mark)
    {
        cursor.Expect(SqlConnLexer.CLUSTER);
        var name = Ident();
        var options = ImmutableArray<Option>.Empty;
        if (cursor.Accept(SqlConnLexer.LPAREN))
        {
            options = CommaList(static p => p.ClusterOption());
            cursor.Expect(SqlConnLexer.RPAREN);
        }
        else if (!cursor.AtEnd && cursor.Type() != SqlConnLexer.WITH)
        {
            options = CommaList(static p => p.ClusterOption());
        }

        var with = GenericWith();
        return new CreateClusterStatement(name, options, with, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>clusterOption</c>.</summary>
    private Option ClusterOption()
    {
        var mark = cursor.Mark;
        if (cursor.Type() != SqlConnLexer.REPLICAS)
        {
            var name = TreeValues.WordsName(ClusterOptionWords(replica: false));
            return new Option(name, OptionValueClause(), cursor.SpanFrom(mark));
        }

        var keyword = cursor.Next();
        cursor.Accept(SqlConnLexer.EQ);
        var open = cursor.Expect(SqlConnLexer.LPAREN);
        var replicas = cursor.Type() == SqlConnLexer.RPAREN ? [] : CommaList(static p => p.ReplicaDefinition());
        cursor.Expect(SqlConnLexer.RPAREN);
        var span = cursor.SpanFrom(mark);
        return new Option(
            TreeValues.KeywordName(keyword),
            new ReplicasValue(replicas, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(open.StartIndex, span.End)),
            span);
    }

    /// <summary>Rule <c>replicaDefinition</c>.</summary>
    private ReplicaDefinition ReplicaDefinition()
    {
        var mark = cursor.Mark;
        var name = Ident();
        cursor.Expect(SqlConnLexer.LPAREN);
        var options = CommaList(static p => p.ReplicaOption());
        cursor.Expect(SqlConnLexer.RPAREN);
        return new ReplicaDefinition(name, options, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>replicaOption</c>.</summary>
    private Option ReplicaOption()
    {
        var mark = cursor.Mark;
        var name = TreeValues.WordsName(ClusterOptionWords(replica: true));
        return new Option(name, OptionValueClause(), cursor.SpanFrom(mark));
    }

    /// <summary>Rules <c>clusterOptionName</c> and (when <paramref name="replica"/>) <c>replicaOptionName</c>.</summary>
    private List<IToken> ClusterOptionWords(bool replica)
    {
        nameWords.Clear();
        var words = nameWords;
        words.Add(cursor.Next());
        int? second = words[0].Type switch
        {
            SqlConnLexer.AVAILABILITY => replica ? SqlConnLexer.ZONE : SqlConnLexer.ZONES,
            SqlConnLexer.DISK or SqlConnLexer.SIZE => null,
            SqlConnLexer.MANAGED or SqlConnLexer.SCHEDULE when !replica => null,
            SqlConnLexer.REPLICATION when !replica => SqlConnLexer.FACTOR,
            SqlConnLexer.WORKLOAD => SqlConnLexer.CLASS,
            SqlConnLexer.INTROSPECTION => cursor.Type() is SqlConnLexer.DEBUGGING or SqlConnLexer.INTERVAL ? cursor.Type() : -1,
            _ => -1,
        };
        if (second is { } type)
        {
            words.Add(cursor.Expect(type));
        }

        return words;
    }

    /// <summary>Rule <c>createClusterReplica</c>: the parentheses are optional, independently.</summary>
    private Statement CreateClusterReplica(int mark)
    {
        cursor.Expect(SqlConnLexer.CLUSTER);
        cursor.Expect(SqlConnLexer.REPLICA);
        var name = ReplicaName();
        cursor.Accept(SqlConnLexer.LPAREN);
        var options = CommaList(static p => p.ReplicaOption());
        cursor.Accept(SqlConnLexer.RPAREN);
        return new CreateClusterReplicaStatement(name, options, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterCluster</c>.</summary>
    private Statement AlterCluster(int mark)
    {
        cursor.Expect(SqlConnLexer.CLUSTER);
        var ifExists = IfExists();
        var name = Ident();
        var bodyMark = cursor.Mark;
        AlterOperation operation;
        switch (cursor.Type())
        {
            case SqlConnLexer.SET:
                cursor.Next();
                cursor.Expect(SqlConnLexer.LPAREN);
                var options = CommaList(static p => p.ClusterOption());
                cursor.Expect(SqlConnLexer.RPAREN);
                var with = GenericWith();
                operation = new SetClusterOptionsOperation(options, with, cursor.SpanFrom(bodyMark));
                break;
            case SqlConnLexer.RESET:
                cursor.Next();
                cursor.Expect(SqlConnLexer.LPAREN);
                var names = CommaList(static p => TreeValues.WordsName(p.ClusterOptionWords(replica: false)));
                cursor.Expect(SqlConnLexer.RPAREN);
                operation = new ResetClusterOptionsOperation(names, cursor.SpanFrom(bodyMark));
                break;
            case SqlConnLexer.RENAME:
                operation = Rename(bodyMark);
                break;
            case SqlConnLexer.OWNER:
                operation = OwnerTo(bodyMark);
                break;
            default:
                cursor.Expect(SqlConnLexer.SWAP);
                cursor.Expect(SqlConnLexer.WITH);
                var other = Ident();
                operation = new SwapClusterOperation(other, cursor.SpanFrom(bodyMark));
                break;
        }

        return new AlterClusterStatement(ifExists, name, operation, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>createDatabase</c>.</summary>
    private Statement CreateDatabase(int mark)
    {
        cursor.Expect(SqlConnLexer.DATABASE);
        var ifNotExists = IfNotExists();
        var name = Ident();
        return new CreateDatabaseStatement(ifNotExists, name, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>createSchema</c>.</summary>
    private Statement CreateSchema(int mark)
    {
        cursor.Expect(SqlConnLexer.SCHEMA);
        var ifNotExists = IfNotExists();
        var name = ItemName();
        return new CreateSchemaStatement(ifNotExists, name, cursor.SpanFrom(mark));
    }
}
