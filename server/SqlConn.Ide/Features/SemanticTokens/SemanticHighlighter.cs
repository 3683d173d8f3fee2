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
        var overrides = new Dictionary<int, (SemanticTokenType? Type, SemanticTokenModifiers Modifiers)>();
        foreach (var statement in statements)
        {
            Names(document, statement, overrides);
            OptionNames(document, statement, overrides);
        }

        var tokens = ImmutableArray.CreateBuilder<SemanticToken>();
        foreach (var token in DocumentTokens.All(document, range))
        {
            var (type, modifiers) = overrides.TryGetValue(token.Span.Start, out var known) ? known : (Lexical(token.Kind), SemanticTokenModifiers.None);
            if (type is { } highlighted)
            {
                tokens.AddRange(Lines(document.Text, token.Span).Select(span => new SemanticToken(span, highlighted, modifiers)));
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
    private static void Names(DocumentAnalysis document, ParsedStatement statement, Dictionary<int, (SemanticTokenType?, SemanticTokenModifiers)> overrides)
    {
        foreach (var occurrence in NameOccurrences.Of(statement.Node))
        {
            foreach (var qualifier in occurrence.Name.Parts.SkipLast(1))
            {
                overrides[statement.ToAbsolute(qualifier.Span).Start] = (null, SemanticTokenModifiers.None);
            }

            overrides[statement.ToAbsolute(occurrence.Name.Last.Span).Start] = (Type(occurrence.Expected), SemanticTokenModifiers.None);
        }

        foreach (var reference in DocumentReferences.InStatement(document, statement))
        {
            overrides[reference.Span.Start] = (Type(reference.Symbol.Kind), reference.IsDeclaration ? SemanticTokenModifiers.Declaration : SemanticTokenModifiers.None);
        }
    }

    /// <summary>The words of the option names of the statement's connection option lists.</summary>
    private static void OptionNames(DocumentAnalysis document, ParsedStatement statement, Dictionary<int, (SemanticTokenType?, SemanticTokenModifiers)> overrides)
    {
        var tokens = StatementTokens.Significant(statement);
        foreach (var segment in OptionLists.Of(tokens, document.StateBefore(statement.Index)).SelectMany(l => l.Segments))
        {
            foreach (var token in tokens.Skip(segment.Start).Take(segment.NameLength))
            {
                overrides[token.Span.Start] = (SemanticTokenType.Option, SemanticTokenModifiers.None);
            }
        }
    }

    private static SemanticTokenType Type(SymbolKind kind) => kind switch
    {
        SymbolKind.Secret => SemanticTokenType.Secret,
        SymbolKind.Connection => SemanticTokenType.Connection,
        SymbolKind.Source => SemanticTokenType.Source,
        SymbolKind.Sink => SemanticTokenType.Sink,
        SymbolKind.Role => SemanticTokenType.Role,
        _ => SemanticTokenType.Cluster,
    };

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
