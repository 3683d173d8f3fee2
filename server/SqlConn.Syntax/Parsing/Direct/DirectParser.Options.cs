using System.Collections.Immutable;
using Antlr4.Runtime;
using SqlConn.Syntax.Generated;
using SqlConn.Syntax.Tree;

namespace SqlConn.Syntax.Parsing.Direct;

/// <summary>Option values and the options whose names are free words (sources, sinks, WITH clauses).</summary>
internal sealed partial class DirectParser
{
    /// <summary>Rule <c>optionValueClause</c>, optional: <c>EQ? optionValue</c>, absent unless a value starts here.</summary>
    private OptionValue? OptionValueClause()
    {
        var type = cursor.Type();
        if (type == SqlConnLexer.EQ)
        {
            cursor.Next();
            return OptionValue();
        }

        return type is SqlConnLexer.LPAREN or SqlConnLexer.LBRACKET or SqlConnLexer.MINUS
               || GrammarTokenSets.Contains(GrammarTokenSets.Literal, type) || IsIdent(type)
            ? OptionValue()
            : null;
    }

    /// <summary>Rule <c>optionValue</c>.</summary>
    private OptionValue OptionValue()
    {
        EnsureStack();
        var mark = cursor.Mark;
        var type = cursor.Type();
        switch (type)
        {
            case SqlConnLexer.LPAREN or SqlConnLexer.LBRACKET:
                cursor.Next();
                var close = type == SqlConnLexer.LPAREN ? SqlConnLexer.RPAREN : SqlConnLexer.RBRACKET;
                var items = cursor.Type() == close ? [] : CommaList(static p => p.OptionValue());
                cursor.Expect(close);
                return new SequenceValue(items, type == SqlConnLexer.LBRACKET, cursor.SpanFrom(mark));
            case SqlConnLexer.MAP when cursor.Type(1) == SqlConnLexer.LBRACKET:
                cursor.Next();
                cursor.Next();
                var entries = cursor.Type() == SqlConnLexer.RBRACKET ? [] : CommaList(static p => p.MapEntry());
                cursor.Expect(SqlConnLexer.RBRACKET);
                return new MapValue(entries, cursor.SpanFrom(mark));
            case SqlConnLexer.SECRET when IsIdent(cursor.Type(1)) || cursor.Type(1) == SqlConnLexer.LBRACKET:
                cursor.Next();
                var secret = RawName();
                return new SecretValue(secret, cursor.SpanFrom(mark));
            case SqlConnLexer.MINUS:
                cursor.Next();
                var number = cursor.Expect(SqlConnLexer.NUMBER);
                return new NumberValue("-" + number.Text, cursor.SpanFrom(mark));
            case SqlConnLexer.TRUE or SqlConnLexer.FALSE or SqlConnLexer.NULL when cursor.Type(1) == SqlConnLexer.DOT:
                // Both a literal and the start of a dotted name: left to ANTLR's prediction.
                throw new DirectParseAbandoned();
            case var _ when GrammarTokenSets.Contains(GrammarTokenSets.Literal, type):
                var token = cursor.Next();
                return TreeValues.LiteralValue(token, TreeValues.Span(token), stringOf);
            default:
                return new NameValue(ItemName());
        }
    }

    /// <summary>Rule <c>mapEntry</c>.</summary>
    private MapEntry MapEntry()
    {
        var mark = cursor.Mark;
        var key = String();
        cursor.Expect(SqlConnLexer.ARROW);
        var value = OptionValue();
        return new MapEntry(key, value, cursor.SpanFrom(mark));
    }

    /// <summary>Rule <c>genericOption</c>: <c>genericOptionWord+ optionValueClause?</c>.</summary>
    private Option GenericOption()
    {
        var mark = cursor.Mark;
        nameWords.Clear();
        while (GrammarTokenSets.Contains(GrammarTokenSets.GenericOptionWord, cursor.Type()))
        {
            nameWords.Add(cursor.Next());
        }

        if (nameWords.Count == 0)
        {
            throw new DirectParseAbandoned();
        }

        var name = TreeValues.WordsName(nameWords);
        return new Option(name, OptionValueClause(), cursor.SpanFrom(mark));
    }

    /// <summary>Rules <c>genericOptionList</c> and <c>genericWithClause</c> after their first token: <c>( genericOption, ... )</c>.</summary>
    private ImmutableArray<Option> GenericOptions()
    {
        cursor.Expect(SqlConnLexer.LPAREN);
        var options = CommaList(static p => p.GenericOption());
        cursor.Expect(SqlConnLexer.RPAREN);
        return options;
    }

    /// <summary>Rule <c>genericWithClause</c>, optional.</summary>
    private ImmutableArray<Option> GenericWith() =>
        cursor.Accept(SqlConnLexer.WITH) ? GenericOptions() : [];
}
