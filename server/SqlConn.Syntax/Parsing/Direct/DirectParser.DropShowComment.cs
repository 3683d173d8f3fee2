using System.Collections.Immutable;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>DROP, SHOW, COMMENT ON, SET ROLE.</summary>
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
        while (cursor.Type() is SqlConnLexer.CASCADE or SqlConnLexer.RESTRICT)
        {
            cursor.Next();
        }

        // As the tree builder reads it: the first CASCADE or RESTRICT of the statement decides, a name's included.
        var behavior = DropBehavior.Unspecified;
        for (var i = mark; i < cursor.Mark; i++)
        {
            var written = cursor.TypeAt(i) switch
            {
                SqlConnLexer.CASCADE => DropBehavior.Cascade,
                SqlConnLexer.RESTRICT => DropBehavior.Restrict,
                _ => behavior,
            };
            behavior = behavior == DropBehavior.Unspecified || behavior == written ? written : throw new DirectParseAbandoned();
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

    /// <summary>Rule <c>showStatement</c>; REDACTED before anything but CREATE, and unanalysed forms, are left to ANTLR.</summary>
    private Statement? Show(int mark)
    {
        var redacted = cursor.Accept(SqlConnLexer.REDACTED);
        switch (cursor.Type())
        {
            case SqlConnLexer.CONNECTIONS or SqlConnLexer.SECRETS when !redacted:
                return ShowObjects(mark);
            case SqlConnLexer.CREATE:
                cursor.Next();
                return ShowCreate(mark, redacted);
            case SqlConnLexer.EXTERNAL when !redacted:
                cursor.Next();
                Label? name = null;
                if (!cursor.Accept(SqlConnLexer.CONNECTIONS))
                {
                    cursor.Expect(SqlConnLexer.CONNECTION);
                    name = Label();
                }

                return new ShowExternalConnectionsStatement(name, cursor.SpanFrom(mark));
            case SqlConnLexer.GRANTS when !redacted:
                cursor.Next();
                cursor.Expect(SqlConnLexer.ON);
                cursor.Expect(SqlConnLexer.EXTERNAL);
                cursor.Expect(SqlConnLexer.CONNECTION);
                var names = CommaList(static p => p.Ident());
                var roles = cursor.Accept(SqlConnLexer.FOR) ? CommaList(static p => p.Ident()) : [];
                return new ShowGrantsOnExternalConnectionStatement(names, roles, cursor.SpanFrom(mark));
            default:
                return null;
        }
    }

    /// <summary>Rule <c>showObjects</c>.</summary>
    private Statement ShowObjects(int mark)
    {
        var kind = cursor.Next().Type == SqlConnLexer.SECRETS ? ShowObjectsKind.Secrets : ShowObjectsKind.Connections;
        var from = cursor.Accept(SqlConnLexer.FROM) ? ItemName() : null;
        ShowFilter? filter = null;
        var filterMark = cursor.Mark;
        if (cursor.Accept(SqlConnLexer.LIKE))
        {
            var pattern = String();
            filter = new LikeShowFilter(pattern, cursor.SpanFrom(filterMark));
        }
        else if (cursor.Accept(SqlConnLexer.WHERE))
        {
            var condition = Expression();
            filter = new WhereShowFilter(condition, cursor.SpanFrom(filterMark));
        }

        return new ShowObjectsStatement(kind, from, filter, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>showCreateBody</c>; <c>showCreateOther</c> is left to ANTLR.</summary>
    private Statement? ShowCreate(int mark, bool redacted)
    {
        switch (cursor.Type())
        {
            case SqlConnLexer.CONNECTION:
                cursor.Next();
                var name = RawName();
                return new ShowCreateConnectionStatement(redacted, name, cursor.SpanFrom(mark));
            case SqlConnLexer.ALL:
                cursor.Next();
                cursor.Expect(SqlConnLexer.EXTERNAL);
                cursor.Expect(SqlConnLexer.CONNECTIONS);
                return new ShowCreateExternalConnectionsStatement(null, cursor.SpanFrom(mark));
            case SqlConnLexer.EXTERNAL:
                cursor.Next();
                cursor.Expect(SqlConnLexer.CONNECTION);
                var label = Label();
                return new ShowCreateExternalConnectionsStatement(label, cursor.SpanFrom(mark));
            default:
                return null;
        }
    }

    /// <summary>Rule <c>commentOn</c>.</summary>
    private Statement? CommentOn(int mark)
    {
        cursor.Expect(SqlConnLexer.ON);
        if (ObjectType(droppable: false) is not { } kind)
        {
            return null;
        }

        var name = RawName();
        cursor.Expect(SqlConnLexer.IS);
        StringLiteral? comment = cursor.Accept(SqlConnLexer.NULL) ? null : String();
        return new CommentOnStatement(kind, name, comment, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>setStatement</c>'s <c>setRole</c>; other SET statements are left to ANTLR.</summary>
    private Statement? SetRole(int mark)
    {
        var session = cursor.Type() == SqlConnLexer.SESSION ? 1 : 0;
        if (cursor.Type(session) != SqlConnLexer.ROLE)
        {
            return null;
        }

        cursor.Next();
        if (session == 1)
        {
            cursor.Next();
        }

        // `SET ROLE to` names the role "to"; otherwise TO or = introduces the value.
        if (cursor.Type() == SqlConnLexer.EQ || (cursor.Type() == SqlConnLexer.TO && cursor.Type(1) != Antlr4.Runtime.TokenConstants.EOF))
        {
            cursor.Next();
        }

        Identifier role;
        if (IsString(cursor.Type()))
        {
            var literal = String();
            role = new Identifier(literal.Value, true, literal.Span);
        }
        else
        {
            role = Ident();
        }

        return new SetRoleStatement(role, cursor.SpanFrom(mark));
    }
}
