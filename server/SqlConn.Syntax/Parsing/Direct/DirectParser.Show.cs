using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>SHOW.</summary>
internal sealed partial class DirectParser
{
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
}
