using System.Collections.Frozen;
using System.Collections.Immutable;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>CREATE / ALTER CONNECTION, their options and option values.</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>createConnection</c>.</summary>
    private Statement CreateConnection(int mark)
    {
        cursor.Expect(SqlConnLexer.CONNECTION);
        var ifNotExists = IfNotExists();
        var name = ItemName();
        var legacy = cursor.Type() == SqlConnLexer.FOR;
        if (!legacy)
        {
            cursor.Expect(SqlConnLexer.TO);
        }
        else
        {
            cursor.Next();
        }

        var type = ConnectionType();
        if (!legacy)
        {
            cursor.Expect(SqlConnLexer.LPAREN);
        }

        var options = CommaList(static p => p.ConnectionOption());
        if (!legacy)
        {
            // Anything else here (two options without a comma) is grammar slack the tree builder reports.
            cursor.Expect(SqlConnLexer.RPAREN);
        }

        var validate = ValidateWith();
        return new CreateConnectionStatement(ifNotExists, name, type, options, validate, legacy, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>connectionType</c>.</summary>
    private ConnectionTypeSyntax ConnectionType()
    {
        var mark = cursor.Mark;
        var kind = cursor.Next().Type switch
        {
            SqlConnLexer.AWS when cursor.Accept(SqlConnLexer.PRIVATELINK) => ConnectionKind.AwsPrivatelink,
            SqlConnLexer.AWS => ConnectionKind.Aws,
            SqlConnLexer.KAFKA => ConnectionKind.Kafka,
            SqlConnLexer.CONFLUENT when cursor.Accept(SqlConnLexer.SCHEMA) && cursor.Accept(SqlConnLexer.REGISTRY) => ConnectionKind.ConfluentSchemaRegistry,
            SqlConnLexer.POSTGRES => ConnectionKind.Postgres,
            SqlConnLexer.SSH when cursor.Accept(SqlConnLexer.TUNNEL) => ConnectionKind.SshTunnel,
            SqlConnLexer.SQL when cursor.Accept(SqlConnLexer.SERVER) => ConnectionKind.SqlServer,
            SqlConnLexer.MYSQL => ConnectionKind.MySql,
            SqlConnLexer.ICEBERG when cursor.Accept(SqlConnLexer.CATALOG) => ConnectionKind.IcebergCatalog,
            _ => throw new DirectParseAbandoned(),
        };
        return new ConnectionTypeSyntax(kind, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>connectionOption</c>.</summary>
    private Option ConnectionOption()
    {
        var mark = cursor.Mark;
        switch (cursor.Type())
        {
            case SqlConnLexer.BROKER:
            {
                var keyword = cursor.Next();
                cursor.Accept(SqlConnLexer.EQ);
                var broker = KafkaBroker();
                return new Option(TreeValues.KeywordName(keyword), new BrokerValue(broker), cursor.SpanFrom(mark));
            }

            case SqlConnLexer.BROKERS:
            {
                var keyword = cursor.Next();
                cursor.Accept(SqlConnLexer.EQ);
                var open = cursor.Next();
                var close = open.Type switch
                {
                    SqlConnLexer.LPAREN => SqlConnLexer.RPAREN,
                    SqlConnLexer.LBRACKET => SqlConnLexer.RBRACKET,
                    _ => throw new DirectParseAbandoned(),
                };
                var brokers = CommaList(static p => p.KafkaBroker());
                cursor.Expect(close);
                var span = cursor.SpanFrom(mark);
                return new Option(
                    TreeValues.KeywordName(keyword),
                    new BrokerListValue(brokers, open.Type == SqlConnLexer.LBRACKET, TextSpan.FromBounds(open.StartIndex, span.End)),
                    span);
            }

            case SqlConnLexer.AWS when cursor.Type(1) == SqlConnLexer.PRIVATELINK:
            {
                var name = TwoWordName("AWS PRIVATELINK");
                cursor.Accept(SqlConnLexer.EQ);
                var connection = RawName();
                var port = PrivatelinkPort();
                var span = cursor.SpanFrom(mark);
                return new Option(name, new PrivatelinkValue(connection, port, TextSpan.FromBounds(connection.Span.Start, span.End)), span);
            }

            case SqlConnLexer.AWS when cursor.Type(1) == SqlConnLexer.CONNECTION:
                return ReferenceOption(mark, "AWS CONNECTION");
            case SqlConnLexer.SSH when cursor.Type(1) == SqlConnLexer.TUNNEL:
                return ReferenceOption(mark, "SSH TUNNEL");
            default:
            {
                var name = ConnectionOptionName();
                var value = OptionValueClause();
                return new Option(name, value, cursor.SpanFrom(mark));
            }
        }
    }

    /// <summary>The <c>AWS CONNECTION</c> and <c>SSH TUNNEL</c> alternatives of <c>connectionOption</c>.</summary>
    private Option ReferenceOption(int mark, string name)
    {
        var optionName = TwoWordName(name);
        cursor.Accept(SqlConnLexer.EQ);
        var connection = RawName();
        return new Option(optionName, new ObjectReferenceValue(connection), cursor.SpanFrom(mark));
    }

    /// <summary>A two-keyword option name whose two keywords the caller has looked at.</summary>
    private OptionName TwoWordName(string name)
    {
        var mark = cursor.Mark;
        cursor.Next();
        cursor.Next();
        return new OptionName(name, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>privatelinkPortClause</c>, optional: <c>(PORT n)</c> with n a port.</summary>
    private NumberValue? PrivatelinkPort()
    {
        if (!cursor.Accept(SqlConnLexer.LPAREN))
        {
            return null;
        }

        cursor.Expect(SqlConnLexer.PORT);
        cursor.Accept(SqlConnLexer.EQ);
        var number = cursor.Expect(SqlConnLexer.NUMBER);
        cursor.Expect(SqlConnLexer.RPAREN);
        return TreeValues.IsPort(number.Text) ? new NumberValue(number.Text, TreeValues.Span(number)) : throw new DirectParseAbandoned();
    }

    /// <summary>Rule <c>kafkaBroker</c>: <c>stringLiteral brokerTunnel?</c>.</summary>
    private KafkaBroker KafkaBroker()
    {
        var mark = cursor.Mark;
        var address = String();
        BrokerTunnel? tunnel = null;
        if (cursor.Type() == SqlConnLexer.USING)
        {
            var tunnelMark = cursor.Mark;
            cursor.Next();
            if (cursor.Accept(SqlConnLexer.SSH))
            {
                cursor.Expect(SqlConnLexer.TUNNEL);
                var connection = RawName();
                tunnel = new SshBrokerTunnel(connection, cursor.SpanFrom(tunnelMark));
            }
            else
            {
                cursor.Expect(SqlConnLexer.AWS);
                cursor.Expect(SqlConnLexer.PRIVATELINK);
                var connection = RawName();
                var options = ImmutableArray<Option>.Empty;
                if (cursor.Accept(SqlConnLexer.LPAREN))
                {
                    options = CommaList(static p => p.PrivatelinkBrokerOption());
                    cursor.Expect(SqlConnLexer.RPAREN);
                }

                tunnel = new PrivatelinkBrokerTunnel(connection, options, cursor.SpanFrom(tunnelMark));
            }
        }

        return new KafkaBroker(address, tunnel, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>privatelinkBrokerOption</c>.</summary>
    private Option PrivatelinkBrokerOption()
    {
        var mark = cursor.Mark;
        OptionName name;
        if (cursor.Type() == SqlConnLexer.AVAILABILITY)
        {
            if (cursor.Type(1) != SqlConnLexer.ZONE)
            {
                throw new DirectParseAbandoned();
            }

            name = TwoWordName("AVAILABILITY ZONE");
        }
        else
        {
            name = TreeValues.KeywordName(cursor.Expect(SqlConnLexer.PORT));
        }

        var value = OptionValueClause();
        return new Option(name, value, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>connectionOptionName</c> (or <c>anyConnectionOptionName</c>), canonicalised as the tree builder does.</summary>
    private OptionName ConnectionOptionName(bool any = false)
    {
        nameWords.Clear();
        ConnectionOptionWords(nameWords, any);
        var name = TreeValues.ConnectionOptionName(nameWords, out var badKeyNumber);
        return badKeyNumber is null ? name : throw new DirectParseAbandoned();
    }

    /// <summary>The words that follow the first in <c>connectionOptionName</c>, for the names of a fixed length (none for one word).</summary>
    private static readonly FrozenDictionary<int, int[]> FixedOptionWords = new Dictionary<int, int[]>
    {
        [SqlConnLexer.ACCESS] = [SqlConnLexer.KEY, SqlConnLexer.ID],
        [SqlConnLexer.AVAILABILITY] = [SqlConnLexer.ZONES],
        [SqlConnLexer.CATALOG] = [SqlConnLexer.TYPE],
        [SqlConnLexer.CREDENTIAL] = [],
        [SqlConnLexer.DATABASE] = [],
        [SqlConnLexer.ENDPOINT] = [],
        [SqlConnLexer.HOST] = [],
        [SqlConnLexer.PASSWORD] = [],
        [SqlConnLexer.PORT] = [],
        [SqlConnLexer.PUBLIC] = [SqlConnLexer.KEY, SqlConnLexer.NUMBER],
        [SqlConnLexer.REGION] = [],
        [SqlConnLexer.SCOPE] = [],
        [SqlConnLexer.SECRET] = [SqlConnLexer.ACCESS, SqlConnLexer.KEY],
        [SqlConnLexer.SECURITY] = [SqlConnLexer.PROTOCOL],
        [SqlConnLexer.SERVICE] = [SqlConnLexer.NAME],
        [SqlConnLexer.SESSION] = [SqlConnLexer.TOKEN],
        [SqlConnLexer.URL] = [],
        [SqlConnLexer.USER] = [],
        [SqlConnLexer.USERNAME] = [],
        [SqlConnLexer.WAREHOUSE] = [],
    }.ToFrozenDictionary();

    private void ConnectionOptionWords(List<IToken> words, bool any)
    {
        var first = cursor.Next();
        words.Add(first);
        if (FixedOptionWords.TryGetValue(first.Type, out var rest))
        {
            foreach (var type in rest)
            {
                words.Add(cursor.Expect(type));
            }

            return;
        }

        switch (first.Type)
        {
            case SqlConnLexer.ASSUME:
                words.Add(cursor.Expect(SqlConnLexer.ROLE));
                if (cursor.AcceptToken(SqlConnLexer.ARN) is { } arn)
                {
                    words.Add(arn);
                }
                else
                {
                    words.Add(cursor.Expect(SqlConnLexer.SESSION));
                    words.Add(cursor.Expect(SqlConnLexer.NAME));
                }

                break;
            case SqlConnLexer.PROGRESS:
                words.Add(cursor.Expect(SqlConnLexer.TOPIC));
                if (cursor.Type() == SqlConnLexer.REPLICATION && cursor.Type(1) == SqlConnLexer.FACTOR)
                {
                    words.Add(cursor.Next());
                    words.Add(cursor.Next());
                }

                break;
            case SqlConnLexer.SASL:
                words.Add(cursor.Type() is SqlConnLexer.MECHANISMS or SqlConnLexer.PASSWORD or SqlConnLexer.USERNAME ? cursor.Next() : throw new DirectParseAbandoned());
                break;
            case SqlConnLexer.SSL:
                var second = cursor.Type() is SqlConnLexer.CERTIFICATE or SqlConnLexer.KEY or SqlConnLexer.MODE ? cursor.Next() : throw new DirectParseAbandoned();
                words.Add(second);
                if (second.Type == SqlConnLexer.CERTIFICATE && cursor.AcceptToken(SqlConnLexer.AUTHORITY) is { } authority)
                {
                    words.Add(authority);
                }

                break;
            case SqlConnLexer.BROKER or SqlConnLexer.BROKERS when any:
                break;
            case SqlConnLexer.AWS when any:
                words.Add(cursor.Type() is SqlConnLexer.PRIVATELINK or SqlConnLexer.CONNECTION ? cursor.Next() : throw new DirectParseAbandoned());
                break;
            case SqlConnLexer.SSH when any:
                words.Add(cursor.Expect(SqlConnLexer.TUNNEL));
                break;
            default:
                throw new DirectParseAbandoned();
        }
    }

    /// <summary>Rule <c>validateWithClause</c>, optional.</summary>
    private ImmutableArray<Option> ValidateWith()
    {
        if (!cursor.Accept(SqlConnLexer.WITH))
        {
            return [];
        }

        cursor.Expect(SqlConnLexer.LPAREN);
        var options = CommaList(static p => p.ValidateOption());
        cursor.Expect(SqlConnLexer.RPAREN);
        return options;
    }

    /// <summary>Rule <c>validateOption</c>.</summary>
    private Option ValidateOption()
    {
        var mark = cursor.Mark;
        var name = TreeValues.KeywordName(cursor.Expect(SqlConnLexer.VALIDATE));
        return new Option(name, OptionValueClause(), cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterConnection</c>.</summary>
    private Statement AlterConnection(int mark)
    {
        cursor.Expect(SqlConnLexer.CONNECTION);
        var ifExists = IfExists();
        var name = ItemName();
        var bodyMark = cursor.Mark;
        AlterOperation operation;
        switch (cursor.Type())
        {
            case SqlConnLexer.RENAME:
                operation = Rename(bodyMark);
                break;
            case SqlConnLexer.OWNER:
                operation = OwnerTo(bodyMark);
                break;
            default:
                var actions = CommaList(static p => p.AlterConnectionAction());
                var validate = ValidateWith();
                operation = new AlterConnectionActionsOperation(actions, validate, cursor.SpanFrom(bodyMark));
                break;
        }

        return new AlterConnectionStatement(ifExists, name, operation, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>alterConnectionAction</c>.</summary>
    private AlterConnectionAction AlterConnectionAction()
    {
        var mark = cursor.Mark;
        switch (cursor.Next().Type)
        {
            case SqlConnLexer.ROTATE:
                cursor.Expect(SqlConnLexer.KEYS);
                return new RotateKeysAction(cursor.SpanFrom(mark));
            case SqlConnLexer.SET:
                cursor.Expect(SqlConnLexer.LPAREN);
                var option = ConnectionOption();
                cursor.Expect(SqlConnLexer.RPAREN);
                return new SetOptionAction(option, cursor.SpanFrom(mark));
            case var type and (SqlConnLexer.DROP or SqlConnLexer.RESET):
                cursor.Expect(SqlConnLexer.LPAREN);
                var name = ConnectionOptionName(any: true);
                cursor.Expect(SqlConnLexer.RPAREN);
                return new DropOptionAction(name, type == SqlConnLexer.RESET, cursor.SpanFrom(mark));
            default:
                throw new DirectParseAbandoned();
        }
    }

    /// <summary><c>RENAME TO ident</c> (alterConnectionRename, alterSecretRename, alterClusterRename).</summary>
    private RenameOperation Rename(int mark)
    {
        cursor.Expect(SqlConnLexer.RENAME);
        cursor.Expect(SqlConnLexer.TO);
        var name = Ident();
        return new RenameOperation(name, cursor.SpanFrom(mark));
    }

    /// <summary><c>OWNER TO roleName</c>.</summary>
    private OwnerToOperation OwnerTo(int mark)
    {
        cursor.Expect(SqlConnLexer.OWNER);
        cursor.Expect(SqlConnLexer.TO);
        var role = Ident();
        return new OwnerToOperation(role, cursor.SpanFrom(mark));
    }
}
