using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>
/// The fast path of statement parsing: a recursive-descent parser that builds the typed tree
/// straight from the lexer's tokens, without ANTLR's prediction, rule contexts or parse tree.
/// <para>
/// Contract. Input: a chunk's text and the tokens <see cref="StatementParser"/> lexed from it (hidden
/// channels are skipped; nothing is lexed twice). Output: exactly the <see cref="Statement"/> that
/// <see cref="TreeBuilder"/> builds from ANTLR's parse of the same tokens, node for node and span for
/// span, or null. It returns null, and the statement takes the ANTLR path unchanged, whenever the
/// statement has a syntax error, whenever the tree builder would report anything (undecodable
/// literals, grammar slack such as a missing comma, unanalysed statements...), and for every
/// construct it does not handle. A null is never wrong; an accepted statement must be exactly right.
/// It reports nothing itself: diagnostics are ANTLR's and the tree builder's alone.
/// </para>
/// <para>
/// Grammar. The methods follow grammar/SqlConnParser.g4 rule by rule (the rule names are in their
/// comments), which stays the grammar of record. Where ANTLR predicts with more lookahead, the parser
/// looks ahead the same way; where ANTLR would resolve an ambiguity, it takes the same (lowest)
/// alternative, which for optional parts and loops is the greedy one, and otherwise gives up. Any
/// change to the grammar must be mirrored here: <c>ParserAgreementTests</c> and
/// <c>ParserAgreementProperties</c> (tests/SqlConn.Syntax.Tests) compare both paths on every
/// statement the tests know and on mutated ones, and fail on any difference.
/// </para>
/// One instance per <see cref="StatementParser"/>; not thread-safe. Split by statement family.
/// </summary>
internal sealed partial class DirectParser
{
    private readonly TokenCursor cursor = new();

    /// <summary>
    /// The items of the lists being parsed, as a stack: a list's items sit after those of the lists
    /// around it, and a list takes its own off when it ends (<see cref="ListOf"/>); one buffer for
    /// every list instead of a builder each.
    /// </summary>
    private readonly List<object> listItems = new(64);

    /// <summary>The words of the option name being read (names do not nest).</summary>
    private readonly List<IToken> nameWords = new(4);

    private readonly NameTable names = new();

    /// <summary><see cref="StringOf"/>, allocated once.</summary>
    private readonly Func<IToken, StringLiteral> stringOf;

    private string text = string.Empty;

    public DirectParser() => stringOf = StringOf;

    /// <summary>The statement of <paramref name="chunk"/> (lexed into <paramref name="tokens"/>, EOF included), or null.</summary>
    public Statement? TryParse(string chunk, IList<IToken> tokens)
    {
        text = chunk;
        cursor.Reset(tokens);
        listItems.Clear();
        if (cursor.IsEmpty)
        {
            return null;
        }

        try
        {
            var statement = Statement();
            return cursor.AtEnd ? statement : null;
        }
        catch (DirectParseAbandoned)
        {
            return null;
        }
        catch (InsufficientExecutionStackException)
        {
            return null;
        }
        finally
        {
            text = string.Empty;
        }
    }

    /// <summary>Rule <c>statementBody</c>: its span is the whole statement.</summary>
    private Statement? Statement()
    {
        var mark = cursor.Mark;
        switch (cursor.Type())
        {
            case SqlConnLexer.CREATE:
                cursor.Next();
                return Create(mark);
            case SqlConnLexer.ALTER:
                cursor.Next();
                return Alter(mark);
            case SqlConnLexer.DROP:
                cursor.Next();
                return Drop(mark);
            case SqlConnLexer.SHOW:
                cursor.Next();
                return Show(mark);
            case SqlConnLexer.VALIDATE:
                cursor.Next();
                cursor.Expect(SqlConnLexer.CONNECTION);
                var name = RawName();
                return new ValidateConnectionStatement(name, cursor.SpanFrom(mark));
            case SqlConnLexer.GRANT:
                cursor.Next();
                return Grant(mark);
            case SqlConnLexer.REVOKE:
                cursor.Next();
                return Revoke(mark);
            case SqlConnLexer.COMMENT:
                cursor.Next();
                return CommentOn(mark);
            case SqlConnLexer.SET:
                cursor.Next();
                return SetRole(mark);
            case SqlConnLexer.RESET when cursor.Type(1) == SqlConnLexer.ROLE:
                cursor.Next();
                cursor.Next();
                return new ResetRoleStatement(cursor.SpanFrom(mark));
            case SqlConnLexer.SELECT or SqlConnLexer.LPAREN:
                var query = Query();
                return new QueryStatement(query, query.Span);
            case SqlConnLexer.CHECK:
                cursor.Next();
                return CheckExternalConnection(mark);
            default:
                return null;
        }
    }

    /// <summary>Rule <c>createStatement</c>.</summary>
    private Statement? Create(int mark) => cursor.Type() switch
    {
        SqlConnLexer.CONNECTION => CreateConnection(mark),
        SqlConnLexer.SECRET => CreateSecret(mark),
        SqlConnLexer.SOURCE => CreateSource(mark),
        SqlConnLexer.SINK => CreateSink(mark),
        SqlConnLexer.ROLE or SqlConnLexer.USER => CreateRole(mark),
        SqlConnLexer.CLUSTER when cursor.Type(1) == SqlConnLexer.REPLICA && IsIdent(cursor.Type(2)) && cursor.Type(3) == SqlConnLexer.DOT
            => CreateClusterReplica(mark),
        SqlConnLexer.CLUSTER => CreateCluster(mark),
        SqlConnLexer.DATABASE => CreateDatabase(mark),
        SqlConnLexer.SCHEMA => CreateSchema(mark),
        SqlConnLexer.EXTERNAL => CreateExternalConnection(mark),
        _ => null,
    };

    /// <summary>Rule <c>alterStatement</c>.</summary>
    private Statement? Alter(int mark) => cursor.Type() switch
    {
        SqlConnLexer.CONNECTION => AlterConnection(mark),
        SqlConnLexer.SECRET => AlterSecret(mark),
        SqlConnLexer.CLUSTER => AlterCluster(mark),
        SqlConnLexer.EXTERNAL => AlterExternalConnection(mark),
        SqlConnLexer.DEFAULT => AlterDefaultPrivileges(mark),
        _ => null,
    };

    // ---------------------------------------------------------------------------------------------
    // IF [NOT] EXISTS
    // ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Rule <c>ifNotExists</c>, entered on <c>IF NOT</c> (before a name, <c>if</c> alone is the
    /// name). <c>IF EXISTS</c> there is the tree builder's "Expected NOT": left to ANTLR.
    /// </summary>
    private bool IfNotExists()
    {
        if (cursor.Type() != SqlConnLexer.IF || cursor.Type(1) is not (SqlConnLexer.NOT or SqlConnLexer.EXISTS))
        {
            return false;
        }

        cursor.Next();
        cursor.Expect(SqlConnLexer.NOT);
        cursor.Expect(SqlConnLexer.EXISTS);
        return true;
    }

    /// <summary>Rule <c>ifExists</c>, entered on <c>IF EXISTS</c>.</summary>
    private bool IfExists()
    {
        if (cursor.Type() != SqlConnLexer.IF || cursor.Type(1) != SqlConnLexer.EXISTS)
        {
            return false;
        }

        cursor.Next();
        cursor.Next();
        return true;
    }

    // ---------------------------------------------------------------------------------------------
    // Names and literals
    // ---------------------------------------------------------------------------------------------
    private static bool IsIdent(int type) => GrammarTokenSets.Contains(GrammarTokenSets.Ident, type);

    private static bool IsExprIdent(int type) => GrammarTokenSets.Contains(GrammarTokenSets.ExprIdent, type);

    private static bool IsAliasIdent(int type) => GrammarTokenSets.Contains(GrammarTokenSets.AliasIdent, type);

    private static bool IsString(int type) => GrammarTokenSets.Contains(GrammarTokenSets.StringLiteral, type);

    /// <summary>Rules <c>ident</c>, <c>roleName</c>.</summary>
    private Identifier Ident() => IsIdent(cursor.Type()) ? IdentifierOf(cursor.Next()) : throw new DirectParseAbandoned();

    /// <summary>Rule <c>exprIdent</c>.</summary>
    private Identifier ExprIdent() => IsExprIdent(cursor.Type()) ? IdentifierOf(cursor.Next()) : throw new DirectParseAbandoned();

    /// <summary>Rule <c>aliasIdent</c>.</summary>
    private Identifier AliasIdent() => IsAliasIdent(cursor.Type()) ? IdentifierOf(cursor.Next()) : throw new DirectParseAbandoned();

    /// <summary>
    /// An identifier token (<see cref="TreeValues.Identifier"/>), an unquoted one folded through
    /// <see cref="names"/>; <c>""</c> is the tree builder's "zero-length delimited identifier".
    /// </summary>
    private Identifier IdentifierOf(IToken token)
    {
        if (token.Type != SqlConnLexer.QUOTED_IDENTIFIER)
        {
            var span = TreeValues.Span(token);
            return new Identifier(names.LowerCase(text.AsSpan(span.Start, span.Length)), false, span);
        }

        var identifier = TreeValues.Identifier(token, out var zeroLength);
        return zeroLength ? throw new DirectParseAbandoned() : identifier;
    }

    /// <summary>
    /// <paramref name="item"/> (at least one), separated by commas. The items are parsed by a static
    /// lambda (<c>static p =&gt; p.Rule()</c>), which the compiler allocates once, not per list.
    /// </summary>
    private ImmutableArray<T> CommaList<T>(Func<DirectParser, T> item)
        where T : class
    {
        var first = item(this);
        if (cursor.Type() != SqlConnLexer.COMMA)
        {
            return [first];
        }

        var start = listItems.Count;
        listItems.Add(first);
        while (cursor.Accept(SqlConnLexer.COMMA))
        {
            listItems.Add(item(this));
        }

        return ListOf<T>(start);
    }

    /// <summary>The items added to <see cref="listItems"/> from <paramref name="start"/> on, taken off it.</summary>
    private ImmutableArray<T> ListOf<T>(int start)
        where T : class
    {
        var items = new T[listItems.Count - start];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)listItems[start + i];
        }

        listItems.RemoveRange(start, items.Length);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>Rule <c>itemName</c>: <c>ident (DOT ident)*</c>.</summary>
    private ObjectName ItemName()
    {
        var mark = cursor.Mark;
        var parts = Dotted(GrammarTokenSets.Ident);
        return new ObjectName(parts, cursor.SpanFrom(mark));
    }

    /// <summary><c>part (DOT part)*</c>, the parts being identifiers of <paramref name="kind"/> (rule <c>ident</c> or <c>exprIdent</c>).</summary>
    private ImmutableArray<Identifier> Dotted(ImmutableArray<bool> kind)
    {
        var first = GrammarTokenSets.Contains(kind, cursor.Type()) ? IdentifierOf(cursor.Next()) : throw new DirectParseAbandoned();
        if (cursor.Type() != SqlConnLexer.DOT)
        {
            return [first];
        }

        var start = listItems.Count;
        listItems.Add(first);
        while (cursor.Accept(SqlConnLexer.DOT))
        {
            listItems.Add(GrammarTokenSets.Contains(kind, cursor.Type()) ? IdentifierOf(cursor.Next()) : throw new DirectParseAbandoned());
        }

        return ListOf<Identifier>(start);
    }

    /// <summary>Rule <c>rawName</c>: a name, or <c>[u1 AS db.schema.item]</c> (fully qualified, else the tree builder reports it).</summary>
    private ObjectName RawName()
    {
        if (cursor.Type() != SqlConnLexer.LBRACKET)
        {
            return ItemName();
        }

        var mark = cursor.Mark;
        cursor.Next();
        var id = Ident();
        cursor.Expect(SqlConnLexer.AS);
        var name = ItemName();
        cursor.Expect(SqlConnLexer.RBRACKET);
        return name.Parts.Length == 3 ? name with { InternalId = id.Value, Span = cursor.SpanFrom(mark) } : throw new DirectParseAbandoned();
    }

    /// <summary>Rule <c>stringLiteral</c>; an undecodable escape string is left to the tree builder.</summary>
    private StringLiteral String() => IsString(cursor.Type()) ? StringOf(cursor.Next()) : throw new DirectParseAbandoned();

    /// <summary>A string token decoded (<see cref="TreeValues.String"/>), a standard one read in place from the chunk.</summary>
    private StringLiteral StringOf(IToken token)
    {
        if (token.Type == SqlConnLexer.STRING)
        {
            var span = TreeValues.Span(token);
            return new StringLiteral(LiteralDecoder.Standard(text.AsSpan(span.Start, span.Length)), StringLiteralKind.Standard, span);
        }

        var literal = TreeValues.String(token, out var error);
        return error is null ? literal : throw new DirectParseAbandoned();
    }

    /// <summary>Rule <c>stringOrPlaceholder</c>: CockroachDB's label.</summary>
    private Label Label()
    {
        var type = cursor.Type();
        if (IsString(type))
        {
            var literal = String();
            return new Label(literal.Value, LabelKind.String, literal.Span);
        }

        if (type == SqlConnLexer.PARAMETER)
        {
            var parameter = cursor.Next();
            return new Label(parameter.Text, LabelKind.Placeholder, TreeValues.Span(parameter));
        }

        var id = Ident();
        return new Label(id.Value, LabelKind.Identifier, id.Span);
    }

    /// <summary>The statement as written, for the parts kept verbatim.</summary>
    private string TextOf(TextSpan span) => text[span.Start..span.End];

    /// <summary>Expressions nest as deep as the input (within the nesting guard's bound): checks that the stack has room.</summary>
    private static void EnsureStack() => RuntimeHelpers.EnsureSufficientExecutionStack();
}
