using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>CockroachDB's external connections.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createExternalConnection</c>.</summary>
    private Statement CreateExternalConnection(int mark)
    {
        cursor.Expect(SqlConnLexer.EXTERNAL);
        cursor.Expect(SqlConnLexer.CONNECTION);
        var ifNotExists = IfNotExists();
        var name = Label();
        cursor.Expect(SqlConnLexer.AS);
        var uri = Label();
        return new CreateExternalConnectionStatement(ifNotExists, name, uri, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterExternalConnection</c>: CockroachDB's label rule accepts (and ignores) IF NOT EXISTS too.</summary>
    private Statement AlterExternalConnection(int mark)
    {
        cursor.Expect(SqlConnLexer.EXTERNAL);
        cursor.Expect(SqlConnLexer.CONNECTION);
        var ifExists = IfExists();
        var ifNotExists = IfNotExists();
        var name = Label();
        cursor.Expect(SqlConnLexer.AS);
        var uri = Label();
        return new AlterExternalConnectionStatement(ifExists, ifNotExists, name, uri, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>checkExternalConnection</c>.</summary>
    private Statement CheckExternalConnection(int mark)
    {
        cursor.Expect(SqlConnLexer.EXTERNAL);
        cursor.Expect(SqlConnLexer.CONNECTION);
        var uri = Label();
        System.Collections.Immutable.ImmutableArray<CheckOption> options = [];
        if (cursor.Accept(SqlConnLexer.WITH))
        {
            if (cursor.Accept(SqlConnLexer.OPTIONS))
            {
                cursor.Expect(SqlConnLexer.LPAREN);
                options = CommaList(static p => p.CheckOption());
                cursor.Expect(SqlConnLexer.RPAREN);
            }
            else
            {
                options = CommaList(static p => p.CheckOption());
            }
        }

        return new CheckExternalConnectionStatement(uri, options, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>checkOption</c>.</summary>
    private CheckOption CheckOption()
    {
        var mark = cursor.Mark;
        var kind = cursor.Next().Type switch
        {
            SqlConnLexer.TRANSFER => CheckOptionKind.Transfer,
            SqlConnLexer.TIME => CheckOptionKind.Time,
            SqlConnLexer.CONCURRENTLY => CheckOptionKind.Concurrently,
            _ => throw new DirectParseAbandoned(),
        };
        cursor.Expect(SqlConnLexer.EQ);
        if (kind == CheckOptionKind.Concurrently)
        {
            var value = Expression();
            return new CheckOption(kind, null, value, cursor.SpanFrom(mark));
        }

        var text = Label();
        return new CheckOption(kind, text, null, cursor.SpanFrom(mark));
    }
}
