using System.Collections.Immutable;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;
using static SqlConn.Syntax.Generated.SqlConnParser;

namespace SqlConn.Syntax.Parsing;

/// <summary>CREATE / ALTER CONNECTION, their options and values.</summary>
internal sealed partial class TreeBuilder
{
    private Statement CreateConnection(CreateConnectionContext c, TextSpan span)
    {
        if (ConnectionType(c.connectionType()) is not { } type)
        {
            return new InvalidStatement(span);
        }

        var legacy = c.FOR() is not null;
        return new CreateConnectionStatement(
            IfNotExists(c.ifNotExists()),
            ItemName(c.itemName(), span.End),
            type,
            ConnectionOptions(c.connectionOptionList(), legacy ? "end of statement" : "right parenthesis"),
            ValidateOptions(c.validateWithClause()),
            legacy,
            span);
    }

    private static ConnectionTypeSyntax? ConnectionType(ConnectionTypeContext? c)
    {
        ConnectionKind? kind = c switch
        {
            AwsPrivatelinkTypeContext => ConnectionKind.AwsPrivatelink,
            AwsTypeContext => ConnectionKind.Aws,
            KafkaTypeContext => ConnectionKind.Kafka,
            CsrTypeContext => ConnectionKind.ConfluentSchemaRegistry,
            PostgresTypeContext => ConnectionKind.Postgres,
            SshTunnelTypeContext => ConnectionKind.SshTunnel,
            SqlServerTypeContext => ConnectionKind.SqlServer,
            MysqlTypeContext => ConnectionKind.MySql,
            IcebergTypeContext => ConnectionKind.IcebergCatalog,
            _ => null,
        };
        return kind is { } k && c?.exception is null ? new ConnectionTypeSyntax(k, Span(c)) : null;
    }

    /// <summary>
    /// The options of CREATE CONNECTION. Two options with no comma between them parse (grammar slack)
    /// and are reported here as Materialize reports them: the list ends at the first option and the
    /// next token should have been the closing parenthesis (or the end of a legacy FOR statement).
    /// </summary>
    private ImmutableArray<Option> ConnectionOptions(ConnectionOptionListContext? list, string closer)
    {
        if (list?.children is null)
        {
            return [];
        }

        var options = ImmutableArray.CreateBuilder<Option>();
        object? previous = null;
        foreach (var child in list.children)
        {
            if (child is ConnectionOptionContext option)
            {
                // Unless the parser already reported an error at that token (its recovery can make two options of one).
                if (previous is ConnectionOptionContext && option.Start is { } start && option.exception is null
                    && !diagnostics.Any(d => d.Span.Start == start.StartIndex))
                {
                    Expected(start, closer, SyntaxDiagnostics.MissingComma, "a comma is missing between two options");
                }

                if (ConnectionOption(option) is { } built)
                {
                    options.Add(built);
                }
            }

            previous = child;
        }

        return options.ToImmutable();
    }

    private Option? ConnectionOption(ConnectionOptionContext? c)
    {
        if (c is null || c.Start is null || (c.exception is not null && c.ChildCount == 0))
        {
            return null;
        }

        var span = Span(c);
        switch (c)
        {
            case BrokerOptionContext b:
                return new Option(KeywordName(b.BROKER().Symbol), new BrokerValue(Broker(b.kafkaBroker(), span.End)), span);
            case BrokersOptionContext b:
                var list = b.kafkaBrokerList();
                var brokers = list?.kafkaBroker().Select(k => Broker(k, span.End)).ToImmutableArray() ?? [];
                var listSpan = Between((b.LPAREN() ?? b.LBRACKET())?.Symbol.StartIndex ?? span.End, span.End);
                return new Option(KeywordName(b.BROKERS().Symbol), new BrokerListValue(brokers, b.LBRACKET() is not null, listSpan), span);
            case AwsPrivatelinkOptionContext p:
                var connection = RawName(p.rawName(), span.End);
                var port = p.privatelinkPortClause() is { } portClause ? Port(portClause.NUMBER()?.Symbol, End(portClause)) : null;
                return new Option(
                    new OptionName("AWS PRIVATELINK", Cover(p.AWS().Symbol, p.PRIVATELINK()?.Symbol)),
                    new PrivatelinkValue(connection, port, Between(connection.Span.Start, span.End)),
                    span);
            case AwsConnectionOptionContext a:
                return new Option(
                    new OptionName("AWS CONNECTION", Cover(a.AWS().Symbol, a.CONNECTION()?.Symbol)),
                    new ObjectReferenceValue(RawName(a.rawName(), span.End)),
                    span);
            case SshTunnelOptionContext s:
                return new Option(
                    new OptionName("SSH TUNNEL", Cover(s.SSH().Symbol, s.TUNNEL()?.Symbol)),
                    new ObjectReferenceValue(RawName(s.rawName(), span.End)),
                    span);
            case NamedOptionContext n:
                return new Option(OptionName(n.connectionOptionName()), Value(n.optionValueClause()), span);
            default:
                return null;
        }
    }

    private KafkaBroker Broker(KafkaBrokerContext? c, int fallback)
    {
        if (c is null)
        {
            return new KafkaBroker(StringLiteral.Missing(fallback), null, new TextSpan(fallback, 0));
        }

        var address = String(c.stringLiteral(), End(c));
        BrokerTunnel? tunnel = c.brokerTunnel() switch
        {
            BrokerSshTunnelContext s => new SshBrokerTunnel(RawName(s.rawName(), End(s)), Span(s)),
            BrokerPrivatelinkContext p => new PrivatelinkBrokerTunnel(
                RawName(p.rawName(), End(p)),
                [.. p.privatelinkBrokerOption().Select(PrivatelinkBrokerOption)],
                Span(p)),
            _ => null,
        };
        return new KafkaBroker(address, tunnel, Span(c));
    }

    private Option PrivatelinkBrokerOption(PrivatelinkBrokerOptionContext c) => c switch
    {
        BrokerAvailabilityZoneContext z => new Option(
            new OptionName("AVAILABILITY ZONE", Cover(z.AVAILABILITY().Symbol, z.ZONE()?.Symbol)),
            Value(z.optionValueClause()),
            Span(c)),
        BrokerPortContext p => new Option(KeywordName(p.PORT().Symbol), Value(p.optionValueClause()), Span(c)),
        _ => new Option(new OptionName(string.Empty, Span(c)), null, Span(c)),
    };

    /// <summary>The port of <c>AWS PRIVATELINK x (PORT n)</c>: an integer literal that fits in 16 bits.</summary>
    private NumberValue? Port(IToken? number, int fallback)
    {
        if (number is null)
        {
            return null;
        }

        if (!TreeValues.IsPort(number.Text))
        {
            Error(SyntaxDiagnostics.SyntaxError, Span(number), "Could not parse value into port");
        }

        return new NumberValue(number.Text, Span(number));
    }

    private static OptionName KeywordName(IToken keyword) => TreeValues.KeywordName(keyword);

    /// <summary>
    /// The canonical name of a (possibly multi-word) option: its words upper-cased and joined by one
    /// space. <c>USERNAME</c> becomes <c>USER</c>; <c>PUBLIC KEY n</c> must say 1 or 2.
    /// </summary>
    private OptionName OptionName(ParserRuleContext? c)
    {
        var tokens = c is null ? [] : Terminals(c);
        if (tokens.Count == 0)
        {
            return new OptionName(string.Empty, Span(c));
        }

        var name = TreeValues.ConnectionOptionName(tokens, out var badKeyNumber);
        if (badKeyNumber is not null)
        {
            Expected(badKeyNumber, "1 or 2 after PUBLIC KEY");
        }

        return name;
    }

    private OptionValue? Value(OptionValueClauseContext? clause) =>
        clause is null ? null : Value(clause.optionValue(), End(clause));

    private OptionValue Value(OptionValueContext? c, int fallback)
    {
        if (c is null || c.Start is null || (c.exception is not null && c.ChildCount == 0))
        {
            return new MissingValue(new TextSpan(fallback, 0));
        }

        var span = Span(c);
        return c switch
        {
            ParenSequenceValueContext p => new SequenceValue([.. p.optionValue().Select(v => Value(v, span.End))], false, span),
            BracketSequenceValueContext b => new SequenceValue([.. b.optionValue().Select(v => Value(v, span.End))], true, span),
            MapValueContext m => new MapValue(
                [.. m.mapEntry().Select(e => new MapEntry(String(e.stringLiteral(), End(e)), Value(e.optionValue(), End(e)), Span(e)))],
                span),
            SecretValueContext s => new SecretValue(RawName(s.rawName(), span.End), span),
            NegativeNumberValueContext n => new NumberValue("-" + n.NUMBER()?.GetText(), span),
            LiteralValueContext l => Literal(l.literal(), span),
            NameValueContext n => new NameValue(ItemName(n.itemName(), span.End)),
            _ => new MissingValue(span),
        };
    }

    private OptionValue Literal(LiteralContext? c, TextSpan span)
    {
        if (FirstToken(c) is not { } token)
        {
            return new MissingValue(span);
        }

        return TreeValues.LiteralValue(token, span, StringToken);
    }

    private ImmutableArray<Option> ValidateOptions(ValidateWithClauseContext? c) =>
        c is null
            ? []
            : [.. c.validateOption().Select(o => new Option(KeywordName(o.VALIDATE().Symbol), Value(o.optionValueClause()), Span(o)))];

    private Statement AlterConnection(AlterConnectionContext c, TextSpan span)
    {
        var name = ItemName(c.itemName(), span.End);
        AlterOperation? operation = c.alterConnectionBody() switch
        {
            AlterConnectionRenameContext r => new RenameOperation(Id(r.ident(), span.End), Span(r)),
            AlterConnectionOwnerContext o => new OwnerToOperation(RoleName(o.roleName(), span.End), Span(o)),
            AlterConnectionActionsContext a => new AlterConnectionActionsOperation(
                [.. a.alterConnectionAction().Select(AlterConnectionAction).OfType<AlterConnectionAction>()],
                ValidateOptions(a.validateWithClause()),
                Span(a)),
            _ => null,
        };
        return operation is null
            ? new InvalidStatement(span)
            : new AlterConnectionStatement(c.ifExists() is not null, name, operation, span);
    }

    private AlterConnectionAction? AlterConnectionAction(AlterConnectionActionContext c) => c switch
    {
        RotateKeysActionContext r => new RotateKeysAction(Span(r)),
        SetOptionActionContext s when ConnectionOption(s.connectionOption()) is { } option => new SetOptionAction(option, Span(s)),
        DropOptionActionContext d => new DropOptionAction(OptionName(d.anyConnectionOptionName()), d.RESET() is not null, Span(d)),
        _ => null,
    };
}
