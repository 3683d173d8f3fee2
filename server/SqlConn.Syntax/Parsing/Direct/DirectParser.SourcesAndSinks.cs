using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>CREATE SOURCE and CREATE SINK.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createSource</c>.</summary>
    private Statement CreateSource(int mark)
    {
        cursor.Expect(SqlConnLexer.SOURCE);
        var ifNotExists = IfNotExists();
        var name = ItemName();
        var cluster = InCluster();
        cursor.Expect(SqlConnLexer.FROM);
        var connector = cursor.Next().Type switch
        {
            SqlConnLexer.KAFKA => SourceConnector.Kafka,
            SqlConnLexer.POSTGRES => SourceConnector.Postgres,
            SqlConnLexer.MYSQL => SourceConnector.MySql,
            SqlConnLexer.SQL when cursor.Accept(SqlConnLexer.SERVER) => SourceConnector.SqlServer,
            SqlConnLexer.LOAD when cursor.Accept(SqlConnLexer.GENERATOR) => SourceConnector.LoadGenerator,
            SqlConnLexer.WEBHOOK => SourceConnector.Webhook,
            _ => throw new DirectParseAbandoned(),
        };
        ObjectName? connection = null;
        var options = ImmutableArray<Option>.Empty;
        if (connector is not (SourceConnector.LoadGenerator or SourceConnector.Webhook))
        {
            cursor.Expect(SqlConnLexer.CONNECTION);
            connection = RawName();
            options = OptionalGenericOptions();
        }

        var tail = Tail();
        return new CreateSourceStatement(ifNotExists, name, cluster, connector, connection, options, tail, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>createSink</c>.</summary>
    private Statement CreateSink(int mark)
    {
        cursor.Expect(SqlConnLexer.SINK);
        var ifNotExists = IfNotExists();
        var name = ItemName();
        var cluster = InCluster();
        cursor.Expect(SqlConnLexer.FROM);
        var from = ItemName();
        cursor.Expect(SqlConnLexer.INTO);
        var connector = cursor.Next().Type switch
        {
            SqlConnLexer.KAFKA => SinkConnector.Kafka,
            SqlConnLexer.ICEBERG when cursor.Accept(SqlConnLexer.CATALOG) => SinkConnector.IcebergCatalog,
            _ => throw new DirectParseAbandoned(),
        };
        cursor.Expect(SqlConnLexer.CONNECTION);
        var connection = RawName();
        var options = OptionalGenericOptions();
        var tail = Tail();
        return new CreateSinkStatement(ifNotExists, name, cluster, from, connector, connection, options, tail, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>inCluster</c>, optional.</summary>
    private Identifier? InCluster()
    {
        if (!cursor.Accept(SqlConnLexer.IN))
        {
            return null;
        }

        cursor.Expect(SqlConnLexer.CLUSTER);
        return Ident();
    }

    /// <summary><c>genericOptionList?</c>: entered on a parenthesis (ANTLR prefers it to the tail when both parse).</summary>
    private ImmutableArray<Option> OptionalGenericOptions() =>
        cursor.Type() == SqlConnLexer.LPAREN ? GenericOptions() : [];

    /// <summary>
    /// Rule <c>unanalyzedTail</c>: the rest of the statement, kept as written, with the schema registry
    /// connections it names (<c>csrConnectionReference</c>).
    /// </summary>
    private DefinitionTail Tail()
    {
        if (cursor.AtEnd)
        {
            return new DefinitionTail(string.Empty, [], new TextSpan(cursor.EndOfPrevious, 0));
        }

        var mark = cursor.Mark;
        var references = ImmutableArray.CreateBuilder<ObjectName>();
        while (!cursor.AtEnd)
        {
            if (cursor.Next().Type == SqlConnLexer.CONFLUENT)
            {
                cursor.Expect(SqlConnLexer.SCHEMA);
                cursor.Expect(SqlConnLexer.REGISTRY);
                cursor.Expect(SqlConnLexer.CONNECTION);
                references.Add(RawName());
            }
        }

        var span = cursor.SpanFrom(mark);
        return new DefinitionTail(TextOf(span), references.ToImmutable(), span);
    }
}
