using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Ide.Options;
using SqlConn.Ide.Symbols;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.SemanticTokens;

/// <summary>
/// Semantic tokens of a document (or of the statements a range touches): keywords, strings, numbers,
/// comments and operators by their lexical kind; the words of connection option names as options
/// (found from tokens, so while typing too); the names of secrets, connections, sources, sinks, roles and
/// clusters by the kind of object they denote (or, when they denote nothing yet, the kind their place
/// calls for), their declarations marked; the database and schema that qualify them are left plain.
/// </summary>
public static class SemanticHighlighter
{
    public static ImmutableArray<SemanticToken> Compute(DocumentAnalysis document, TextSpan? range = null)
    {
        var statements = document.Script.Statements.Where(s => range is not { } r || s.ChunkSpan.IntersectsWith(r)).ToList();
        var overrides = new Dictionary<int, Highlight>();
        foreach (var statement in statements)
        {
            Names(document, statement, overrides);
            OptionNames(document, statement, overrides);
        }

        var tokens = ImmutableArray.CreateBuilder<SemanticToken>();
        foreach (var token in DocumentTokens.All(document, range))
        {
            var highlight = overrides.GetValueOrDefault(token.Span.Start) ?? (Lexical(token.Kind) is { } type ? new Highlight(type) : null);
            if (highlight is { Type: { } highlighted })
            {
                tokens.AddRange(Lines(document.Text, token.Span).Select(span => new SemanticToken(span, highlighted, highlight.Modifiers, highlight.ObjectKind)));
            }
        }

        return tokens.ToImmutable();
    }

    private static SemanticTokenType? Lexical(SyntaxTokenKind kind) => kind switch
    {
        SyntaxTokenKind.Keyword => SemanticTokenType.Keyword,
        SyntaxTokenKind.String => SemanticTokenType.String,
        SyntaxTokenKind.Number => SemanticTokenType.Number,
        SyntaxTokenKind.Comment => SemanticTokenType.Comment,
        SyntaxTokenKind.Operator => SemanticTokenType.Operator,
        _ => null,
    };

    /// <summary>The names of objects: resolved ones by the object's kind, the others by the kind expected.</summary>
    private static void Names(DocumentAnalysis document, ParsedStatement statement, Dictionary<int, Highlight> overrides)
    {
        foreach (var occurrence in NameOccurrences.Of(statement.Node))
        {
            foreach (var qualifier in occurrence.Name.Parts.SkipLast(1))
            {
                overrides[statement.ToAbsolute(qualifier.Span).Start] = new Highlight(null);
            }

            overrides[statement.ToAbsolute(occurrence.Name.Last.Span).Start] = new Highlight(SemanticTokenType.Object, ObjectKind: occurrence.Expected);
        }

        foreach (var reference in DocumentReferences.InStatement(document, statement))
        {
            overrides[reference.Span.Start] = new Highlight(SemanticTokenType.Object,
                reference.IsDeclaration ? SemanticTokenModifiers.Declaration : SemanticTokenModifiers.None, reference.Symbol.Kind);
        }
    }

    /// <summary>The words of the option names of the statement's connection option lists.</summary>
    private static void OptionNames(DocumentAnalysis document, ParsedStatement statement, Dictionary<int, Highlight> overrides)
    {
        var tokens = StatementTokens.Significant(statement);
        foreach (var segment in OptionLists.Of(tokens, document.StateBefore(statement.Index)).SelectMany(l => l.Segments))
        {
            foreach (var token in tokens.Skip(segment.Start).Take(segment.NameLength))
            {
                overrides[token.Span.Start] = new Highlight(SemanticTokenType.Option);
            }
        }
    }

    /// <summary>How a token is highlighted; a null type leaves it plain.</summary>
    private sealed record Highlight(SemanticTokenType? Type, SemanticTokenModifiers Modifiers = SemanticTokenModifiers.None, SymbolKind? ObjectKind = null);

    /// <summary>A span cut at line breaks (without the breaks).</summary>
    private static IEnumerable<TextSpan> Lines(SourceText text, TextSpan span)
    {
        var first = text.Lines.GetLineFromPosition(span.Start).LineNumber;
        var last = text.Lines.GetLineFromPosition(span.End).LineNumber;
        for (var number = first; number <= last; number++)
        {
            var line = text.Lines[number];
            var piece = TextSpan.FromBounds(Math.Max(span.Start, line.Start), Math.Min(span.End, line.End));
            if (!piece.IsEmpty)
            {
                yield return piece;
            }
        }
    }
}
