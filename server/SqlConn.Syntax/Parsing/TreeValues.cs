using System.Globalization;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// The tree values of single tokens and words, shared by the two builders of the typed tree
/// (<see cref="TreeBuilder"/> from ANTLR's parse tree, <see cref="Direct.DirectParser"/> from the
/// tokens), so that both decode, fold and canonicalise exactly alike. Nothing here reports: a
/// value that is a problem is returned with the problem, and each builder decides (the tree builder
/// reports it, the direct parser leaves the statement to ANTLR).
/// </summary>
internal static class TreeValues
{
    /// <summary>The span of a real (non-EOF) token.</summary>
    public static TextSpan Span(IToken token) => TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    /// <summary>An identifier token: folded to lower case unless quoted. <paramref name="zeroLength"/> for <c>""</c>.</summary>
    public static Identifier Identifier(IToken token, out bool zeroLength)
    {
        zeroLength = false;
        if (token.Type != SqlConnLexer.QUOTED_IDENTIFIER)
        {
            return new Identifier(token.Text.ToLowerInvariant(), false, Span(token));
        }

        var value = LiteralDecoder.QuotedIdentifier(token.Text);
        zeroLength = value.Length == 0;
        return new Identifier(value, true, Span(token));
    }

    /// <summary>A string token decoded; <paramref name="error"/> is the decoding problem of an escape string, or null.</summary>
    public static StringLiteral String(IToken token, out string? error)
    {
        error = null;
        var span = Span(token);
        switch (token.Type)
        {
            case SqlConnLexer.ESCAPE_STRING:
                return new StringLiteral(LiteralDecoder.Escape(token.Text, out error), StringLiteralKind.Escape, span);
            case SqlConnLexer.DOLLAR_STRING:
                var (body, tag) = LiteralDecoder.Dollar(token.Text);
                return new StringLiteral(body, StringLiteralKind.Dollar, span, tag);
            default:
                return new StringLiteral(LiteralDecoder.Standard(token.Text), StringLiteralKind.Standard, span);
        }
    }

    /// <summary>The option value of a literal token (grammar rule <c>literal</c>); strings come from <paramref name="decodeString"/>.</summary>
    public static OptionValue LiteralValue(IToken token, TextSpan span, Func<IToken, StringLiteral> decodeString) => token.Type switch
    {
        SqlConnLexer.HEX_STRING => new HexStringValue(LiteralDecoder.Hex(token.Text), span),
        SqlConnLexer.NUMBER => new NumberValue(token.Text, span),
        SqlConnLexer.TRUE => new BooleanValue(true, span),
        SqlConnLexer.FALSE => new BooleanValue(false, span),
        SqlConnLexer.NULL => new NullValue(span),
        _ => new StringValue(decodeString(token)),
    };

    /// <summary>The expression of a literal token (grammar rule <c>literal</c>); strings come from <paramref name="decodeString"/>.</summary>
    public static Expression LiteralExpression(IToken token, TextSpan span, Func<IToken, StringLiteral> decodeString) => token.Type switch
    {
        SqlConnLexer.HEX_STRING => new HexStringExpression(LiteralDecoder.Hex(token.Text), span),
        SqlConnLexer.NUMBER => new NumberExpression(token.Text, span),
        SqlConnLexer.TRUE => new BooleanExpression(true, span),
        SqlConnLexer.FALSE => new BooleanExpression(false, span),
        SqlConnLexer.NULL => new NullExpression(span),
        _ => new StringExpression(decodeString(token)),
    };

    /// <summary>A binary operator node; <c>!=</c> is recorded as <c>&lt;&gt;</c>.</summary>
    public static BinaryExpression Binary(IToken op, Expression left, Expression right, TextSpan span)
    {
        var kind = op.Type switch
        {
            SqlConnLexer.STAR => BinaryOperator.Multiply,
            SqlConnLexer.SLASH => BinaryOperator.Divide,
            SqlConnLexer.PERCENT => BinaryOperator.Modulo,
            SqlConnLexer.PLUS => BinaryOperator.Add,
            SqlConnLexer.MINUS => BinaryOperator.Subtract,
            SqlConnLexer.CONCAT => BinaryOperator.Concat,
            SqlConnLexer.EQ => BinaryOperator.Equal,
            SqlConnLexer.NEQ => BinaryOperator.NotEqual,
            SqlConnLexer.LT => BinaryOperator.Less,
            SqlConnLexer.LTE => BinaryOperator.LessOrEqual,
            SqlConnLexer.GT => BinaryOperator.Greater,
            SqlConnLexer.GTE => BinaryOperator.GreaterOrEqual,
            _ => BinaryOperator.Other,
        };
        var text = kind == BinaryOperator.NotEqual ? "<>" : op.Text;
        return new BinaryExpression(kind, text, left, right, span);
    }

    /// <summary>A word of an option name or a privilege: the keyword, or the text upper-cased.</summary>
    public static string Word(IToken token) => TokenFacts.Keyword(token.Type) ?? token.Text.ToUpperInvariant();

    /// <summary>The option name of one keyword (<c>BROKER</c>, <c>VALIDATE</c>...).</summary>
    public static OptionName KeywordName(IToken keyword) => new(Word(keyword), Span(keyword));

    /// <summary>An option name made of <paramref name="words"/> (at least one) joined by one space, spanning them.</summary>
    public static OptionName WordsName(IReadOnlyList<IToken> words) =>
        new(words.Count == 1 ? Word(words[0]) : string.Join(' ', words.Select(Word)), TextSpan.FromBounds(words[0].StartIndex, Math.Max(words[0].StartIndex, words[^1].StopIndex + 1)));

    /// <summary>
    /// The canonical name of a connection option (grammar rules <c>connectionOptionName</c>,
    /// <c>anyConnectionOptionName</c>): <see cref="WordsName"/>, with <c>USERNAME</c> recorded as
    /// <c>USER</c>. <paramref name="badKeyNumber"/> is the digit of <c>PUBLIC KEY n</c> when it is not 1 or 2.
    /// </summary>
    public static OptionName ConnectionOptionName(IReadOnlyList<IToken> words, out IToken? badKeyNumber)
    {
        var name = WordsName(words);
        badKeyNumber = words.Count == 3 && words[0].Type == SqlConnLexer.PUBLIC && words[1].Type == SqlConnLexer.KEY
            && words[2].Text is not ("1" or "2") ? words[2] : null;
        return name.Name == "USERNAME" ? name with { Name = "USER" } : name;
    }

    /// <summary>Whether the text of <c>AWS PRIVATELINK x (PORT n)</c>'s number is a port (fits in 16 bits).</summary>
    public static bool IsPort(string number) => ushort.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>The object kind named by its keywords (<c>MATERIALIZED VIEW</c>), or null.</summary>
    public static ObjectKind? ObjectKindOf(string words) => words switch
    {
        "CONNECTION" => ObjectKind.Connection,
        "SECRET" => ObjectKind.Secret,
        "SOURCE" => ObjectKind.Source,
        "SINK" => ObjectKind.Sink,
        "ROLE" => ObjectKind.Role,
        "USER" => ObjectKind.User,
        "CLUSTER" => ObjectKind.Cluster,
        "CLUSTER REPLICA" => ObjectKind.ClusterReplica,
        "DATABASE" => ObjectKind.Database,
        "SCHEMA" => ObjectKind.Schema,
        "TABLE" => ObjectKind.Table,
        "VIEW" => ObjectKind.View,
        "MATERIALIZED VIEW" => ObjectKind.MaterializedView,
        "INDEX" => ObjectKind.Index,
        "TYPE" => ObjectKind.Type,
        "NETWORK POLICY" => ObjectKind.NetworkPolicy,
        "CONTINUAL TASK" => ObjectKind.ContinualTask,
        "COLUMN" => ObjectKind.Column,
        "FUNCTION" => ObjectKind.Function,
        _ => null,
    };

    /// <summary>The plural object kind of a <c>pluralObjectType</c> token, or null.</summary>
    public static PluralObjectKind? PluralKind(IToken token) =>
        Enum.TryParse<PluralObjectKind>(token.Text, ignoreCase: true, out var kind) ? kind : null;

    /// <summary>Materialize's "IN invalid for ...": <c>ALL DATABASES | CLUSTERS | SCHEMAS IN ...</c>, except schemas in databases.</summary>
    public static bool InIsInvalid(PluralObjectKind plural, ContainerKind? container) =>
        plural is PluralObjectKind.Databases or PluralObjectKind.Clusters or PluralObjectKind.Schemas
        && !(plural == PluralObjectKind.Schemas && container == ContainerKind.Database);
}
