using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>DROP.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>dropStatement</c>; <c>unanalyzedDrop</c> is left to ANTLR (the tree builder reports it).</summary>
    private Statement? Drop(int mark)
    {
        switch (cursor.Type())
        {
            case SqlConnLexer.CLUSTER when cursor.Type(1) == SqlConnLexer.REPLICA:
                // DROP CLUSTER replica [CASCADE]: a cluster named "replica" is left to ANTLR's prediction.
                if (!IsIdent(cursor.Type(2)) || cursor.Type(2) is SqlConnLexer.CASCADE or SqlConnLexer.RESTRICT || cursor.Type(3) == SqlConnLexer.COMMA)
                {
                    return null;
                }

                cursor.Next();
                cursor.Next();
                var ifExists = IfExists();
                var replicas = CommaList(static p => p.ReplicaName());
                return new DropClusterReplicaStatement(ifExists, replicas, cursor.SpanFrom(mark));
            case SqlConnLexer.EXTERNAL:
                cursor.Next();
                cursor.Expect(SqlConnLexer.CONNECTION);
                var label = Label();
                return new DropExternalConnectionStatement(label, cursor.SpanFrom(mark));
            default:
                return DropObjects(mark);
        }
    }

    /// <summary>Rule <c>dropObjects</c>; CASCADE with RESTRICT is the tree builder's error.</summary>
    private Statement? DropObjects(int mark)
    {
        if (ObjectType(droppable: true) is not { } kind)
        {
            return null;
        }

        var ifExists = IfExists();
        var names = CommaList(static p => p.ItemName());

        // The CASCADE and RESTRICT after the names (a name such as "cascade" is a name); both is the tree builder's error.
        var behavior = DropBehavior.Unspecified;
        while (cursor.Type() is SqlConnLexer.CASCADE or SqlConnLexer.RESTRICT)
        {
            var written = cursor.Type() == SqlConnLexer.CASCADE ? DropBehavior.Cascade : DropBehavior.Restrict;
            behavior = behavior == DropBehavior.Unspecified || behavior == written ? written : throw new DirectParseAbandoned();
            cursor.Next();
        }

        return new DropObjectsStatement(kind, ifExists, names, behavior, cursor.SpanFrom(mark));
    }

    /// <summary>
    /// Rule <c>droppableObjectType</c> (or <c>commentTarget</c> when not <paramref name="droppable"/>):
    /// the kind named by the next keywords, or null (nothing consumed) when they name none.
    /// </summary>
    private ObjectKind? ObjectType(bool droppable)
    {
        var first = cursor.Type();
        string? words = first switch
        {
            SqlConnLexer.MATERIALIZED when cursor.Type(1) == SqlConnLexer.VIEW => "MATERIALIZED VIEW",
            SqlConnLexer.NETWORK when cursor.Type(1) == SqlConnLexer.POLICY => "NETWORK POLICY",
            SqlConnLexer.CONTINUAL when cursor.Type(1) == SqlConnLexer.TASK => "CONTINUAL TASK",
            SqlConnLexer.CLUSTER when !droppable && cursor.Type(1) == SqlConnLexer.REPLICA => "CLUSTER REPLICA",
            SqlConnLexer.CONNECTION or SqlConnLexer.SECRET or SqlConnLexer.SOURCE or SqlConnLexer.SINK or SqlConnLexer.ROLE
                or SqlConnLexer.CLUSTER or SqlConnLexer.DATABASE or SqlConnLexer.SCHEMA or SqlConnLexer.TABLE or SqlConnLexer.VIEW
                or SqlConnLexer.INDEX or SqlConnLexer.TYPE => TokenFacts.Keyword(first),
            SqlConnLexer.USER when droppable => "USER",
            SqlConnLexer.COLUMN or SqlConnLexer.FUNCTION when !droppable => TokenFacts.Keyword(first),
            _ => null,
        };
        if (words is null || TreeValues.ObjectKindOf(words) is not { } kind)
        {
            return null;
        }

        cursor.Next();
        if (words.Contains(' '))
        {
            cursor.Next();
        }

        return kind;
    }

    /// <summary>Rule <c>replicaName</c>.</summary>
    private ReplicaName ReplicaName()
    {
        var mark = cursor.Mark;
        var cluster = Ident();
        cursor.Expect(SqlConnLexer.DOT);
        var replica = Ident();
        return new ReplicaName(cluster, replica, cursor.SpanFrom(mark));
    }
}
