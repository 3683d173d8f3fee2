using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Syntax.Diagnostics;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;
using static SqlConn.Syntax.Generated.SqlConnParser;

namespace SqlConn.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's parse tree of one statement into the typed syntax tree, and reports the syntax
/// errors the grammar deliberately leaves to it (see the header of grammar/SqlConnParser.g4).
/// It is tolerant of trees repaired by error recovery: a missing part becomes a "missing" node, and
/// a statement whose kind-defining parts are missing becomes an <see cref="InvalidStatement"/>.
/// Split by statement family into partial files.
/// </summary>
internal sealed partial class TreeBuilder(string text, SqlDialect dialect, List<Diagnostic> diagnostics)
{
    public Statement Build(StatementContext context)
    {
        var body = context.statementBody();
        var span = Span(body);
        if (body?.ChildCount is null or 0)
        {
            return new InvalidStatement(span);
        }

        return body.GetChild(0) switch
        {
            CreateStatementContext c => Create(c, span),
            AlterStatementContext c => Alter(c, span),
            DropStatementContext c => Drop(c, span),
            ShowStatementContext c => Show(c, span),
            ValidateConnectionContext c => new ValidateConnectionStatement(RawName(c.rawName(), span.End), span),
            GrantStatementContext c => Grant(c, span),
            RevokeStatementContext c => Revoke(c, span),
            CommentOnContext c => CommentOn(c, span),
            SetStatementContext c => Set(c, span),
            ResetStatementContext c => Reset(c, span),
            SelectStatementContext c => new QueryStatement(Query(c), span),
            CheckExternalConnectionContext c => CheckExternalConnection(c, span),
            UnanalyzedStatementContext => Unanalyzed(body, span),
            _ => new InvalidStatement(span),
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Spans (relative to the statement's chunk, which is what the lexer saw)
    // ---------------------------------------------------------------------------------------------
    private static TextSpan Span(IToken token) =>
        token.Type == TokenConstants.EOF
            ? new TextSpan(token.StartIndex, 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static TextSpan Span(ITerminalNode node) => Span(node.Symbol);

    private static TextSpan Span(ParserRuleContext? context)
    {
        if (context?.Start is not { } start)
        {
            return default;
        }

        var stop = context.Stop;
        if (stop is null || stop.TokenIndex < start.TokenIndex || stop.Type == TokenConstants.EOF)
        {
            var last = LastTerminal(context);
            return last is null || last.Type == TokenConstants.EOF
                ? new TextSpan(start.StartIndex, 0)
                : TextSpan.FromBounds(start.StartIndex, last.StopIndex + 1);
        }

        return TextSpan.FromBounds(start.StartIndex, Math.Max(start.StartIndex, stop.StopIndex + 1));
    }

    /// <summary>
    /// The span from <paramref name="start"/> to <paramref name="end"/>, empty when error recovery
    /// left the end before the start (a part of the tree that is missing).
    /// </summary>
    private static TextSpan Between(int start, int end) => TextSpan.FromBounds(start, Math.Max(start, end));

    /// <summary>From <paramref name="first"/> to <paramref name="last"/>, or <paramref name="first"/> alone when recovery left <paramref name="last"/> out.</summary>
    private static TextSpan Cover(IToken first, IToken? last) =>
        Between(first.StartIndex, (last ?? first).StopIndex + 1);

    private static IToken? LastTerminal(IParseTree tree)
    {
        for (var i = tree.ChildCount - 1; i >= 0; i--)
        {
            var child = tree.GetChild(i);
            var token = child is ITerminalNode terminal ? terminal.Symbol : LastTerminal(child);
            if (token is not null && token.Type != TokenConstants.EOF)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>The real terminal tokens under <paramref name="tree"/> (no error node), in order, at most <paramref name="max"/>.</summary>
    private static List<IToken> Terminals(IParseTree tree, int max = int.MaxValue)
    {
        var tokens = new List<IToken>();
        CollectTerminals(tree, tokens, max);
        return tokens;
    }

    private static void CollectTerminals(IParseTree tree, List<IToken> tokens, int max)
    {
        for (var i = 0; i < tree.ChildCount && tokens.Count < max; i++)
        {
            switch (tree.GetChild(i))
            {
                case IErrorNode:
                    break;
                case ITerminalNode terminal:
                    tokens.Add(terminal.Symbol);
                    break;
                case var child:
                    CollectTerminals(child, tokens, max);
                    break;
            }
        }
    }

    private static int End(ParserRuleContext? context) => Span(context).End;

    /// <summary>
    /// The first token the rule really matched, or null. Not <c>context.Start</c>: when error
    /// recovery conjured the rule's token, Start is the next real token (e.g. a closing parenthesis).
    /// </summary>
    private static IToken? FirstToken(ParserRuleContext? context) =>
        context is null || context.exception is not null ? null : FirstTerminal(context);

    /// <summary>The first real terminal under <paramref name="tree"/> (no error node, no EOF); <see cref="Terminals"/> without allocating.</summary>
    private static IToken? FirstTerminal(IParseTree tree)
    {
        for (var i = 0; i < tree.ChildCount; i++)
        {
            var child = tree.GetChild(i);
            if (child is ITerminalNode terminal)
            {
                if (terminal is not IErrorNode && terminal.Symbol.Type != TokenConstants.EOF)
                {
                    return terminal.Symbol;
                }
            }
            else if (FirstTerminal(child) is { } token)
            {
                return token;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Names
    // ---------------------------------------------------------------------------------------------

    /// <summary>An identifier from an ident / exprIdent / aliasIdent / roleName context.</summary>
    private Identifier Id(ParserRuleContext? context, int fallback)
    {
        return FirstToken(context) is { } token ? IdFromToken(token) : Identifier.Missing(fallback);
    }

    private Identifier IdFromToken(IToken token)
    {
        var identifier = TreeValues.Identifier(token, out var zeroLength);
        if (zeroLength)
        {
            Error(SyntaxDiagnostics.SyntaxError, Span(token), "zero-length delimited identifier");
        }

        return identifier;
    }

    private ImmutableArray<Identifier> Ids<T>(T[] contexts, int fallback)
        where T : ParserRuleContext
    {
        var ids = new Identifier[contexts.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Id(contexts[i], fallback);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    /// <summary>A dotted name. Reads the children directly: <c>context.ident()</c> would allocate a list and an array per name.</summary>
    private ObjectName ItemName(ItemNameContext? context, int fallback)
    {
        var count = context?.children?.Count(child => child is IdentContext) ?? 0;
        if (context?.children is not { } children || count == 0)
        {
            return ObjectName.Missing(fallback);
        }

        var span = Span(context);
        var parts = new Identifier[count];
        var next = 0;
        foreach (var child in children)
        {
            if (child is IdentContext ident)
            {
                parts[next++] = Id(ident, span.End);
            }
        }

        return new ObjectName(ImmutableCollectionsMarshal.AsImmutableArray(parts), span);
    }

    private ImmutableArray<ObjectName> ItemNames(ItemNameContext[] contexts, int fallback)
    {
        var names = new ObjectName[contexts.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = ItemName(contexts[i], fallback);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(names);
    }

    /// <summary>A name, or the catalog-serialised <c>[u1 AS db.schema.item]</c>.</summary>
    private ObjectName RawName(RawNameContext? context, int fallback)
    {
        if (context is null)
        {
            return ObjectName.Missing(fallback);
        }

        var name = ItemName(context.itemName(), End(context));
        if (context.LBRACKET() is null)
        {
            return name;
        }

        if (name.Parts.Length != 3 && !name.IsMissing)
        {
            Error(SyntaxDiagnostics.SyntaxError, name.Span, "table name in square brackets must be fully qualified");
        }

        return name with { InternalId = Id(context.ident(), End(context)).Value, Span = Span(context) };
    }

    private Identifier RoleName(RoleNameContext? context, int fallback) => Id(context?.ident(), fallback);

    private ImmutableArray<Identifier> RoleNames(RoleNameContext[] contexts, int fallback) =>
        [.. contexts.Select(c => RoleName(c, fallback))];

    private ImmutableArray<RoleSpec> RoleSpecs(RoleSpecContext[] contexts, int fallback) =>
        [.. contexts.Select(c => new RoleSpec(RoleName(c.roleName(), End(c)), c.GROUP() is not null, Span(c)))];

    // ---------------------------------------------------------------------------------------------
    // Literals
    // ---------------------------------------------------------------------------------------------
    private StringLiteral String(StringLiteralContext? context, int fallback)
    {
        return FirstToken(context) is { } token && TokenFacts.IsString(token.Type) ? StringToken(token) : StringLiteral.Missing(fallback);
    }

    private StringLiteral StringToken(IToken token)
    {
        var literal = TreeValues.String(token, out var error);
        if (error is not null)
        {
            Error(SyntaxDiagnostics.InvalidLiteral, literal.Span, error);
        }

        return literal;
    }

    /// <summary>A label (CockroachDB's string_or_placeholder).</summary>
    private Label Label(StringOrPlaceholderContext? context, int fallback)
    {
        if (context is null || context.exception is not null || context.Start is null)
        {
            return new Label(string.Empty, LabelKind.String, new TextSpan(fallback, 0));
        }

        if (context.stringLiteral() is { } s)
        {
            return new Label(String(s, fallback).Value, LabelKind.String, Span(context));
        }

        if (context.PARAMETER() is { } p)
        {
            return new Label(p.GetText(), LabelKind.Placeholder, Span(context));
        }

        return new Label(Id(context.ident(), fallback).Value, LabelKind.Identifier, Span(context));
    }

    // ---------------------------------------------------------------------------------------------
    // Errors
    // ---------------------------------------------------------------------------------------------
    private void Error(DiagnosticDescriptor descriptor, TextSpan span, string message, string? hint = null) =>
        diagnostics.Add(new Diagnostic(descriptor, span, message, Hint: hint));

    /// <summary>
    /// A syntax error the grammar leaves to the builder, worded as the parser of the dialect would:
    /// <c>Expected {expected}, found {token}</c>, or CockroachDB's <c>at or near "x": syntax error</c>.
    /// </summary>
    private void Expected(IToken found, string expected, DiagnosticDescriptor? descriptor = null, string? hint = null)
    {
        var message = dialect == SqlDialect.CockroachDb
            ? $"at or near \"{(TokenFacts.IsString(found.Type) ? "string literal" : found.Text)}\": syntax error"
            : $"Expected {expected}, found {SyntaxErrorFormatter.DescribeFound(found)}";
        Error(descriptor ?? SyntaxDiagnostics.SyntaxError, Span(found), message, hint);
    }

    private bool IfNotExists(IfNotExistsContext? context)
    {
        if (context is null)
        {
            return false;
        }

        if (context.NOT() is null && context.EXISTS() is { } exists)
        {
            Expected(exists.Symbol, "NOT");
        }

        return true;
    }

    /// <summary>The statement as written, for statements kept verbatim.</summary>
    private string TextOf(TextSpan span) => span.End <= text.Length ? text[span.Start..span.End] : string.Empty;

    /// <summary>
    /// A recognised statement SqlConn does not analyse. Its kind is its leading keywords (at most
    /// three), e.g. <c>CREATE MATERIALIZED VIEW</c>; the hint is placed on them.
    /// </summary>
    private UnanalyzedStatement Unanalyzed(ParserRuleContext statement, TextSpan span)
    {
        var keywords = Terminals(statement, max: 3).TakeWhile(t => TokenFacts.IsKeyword(t.Type)).ToList();
        var kind = string.Join(' ', keywords.Select(t => TokenFacts.Keyword(t.Type)));
        var kindSpan = keywords.Count > 0 ? Cover(keywords[0], keywords[^1]) : span;
        Error(SyntaxDiagnostics.NotAnalyzed, kindSpan, $"statement is not analyzed: {kind}");
        return new UnanalyzedStatement(kind, TextOf(span), span);
    }
}
