using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SqlConn.Ide.Analysis;
using SqlConn.Syntax;

namespace SqlConn.Ide.Tokens;

/// <summary>The tokens of a whole document, those between statements (comments, stray semicolons) included.</summary>
public static class DocumentTokens
{
    /// <summary>
    /// Every token of the document in text order, with absolute spans; with a <paramref name="range"/>,
    /// those of the statements and gaps it touches.
    /// </summary>
    public static IEnumerable<Token> All(DocumentAnalysis document, TextSpan? range = null)
    {
        var position = 0;
        foreach (var statement in document.Script.Statements)
        {
            foreach (var token in Gap(document, TextSpan.FromBounds(position, statement.ChunkSpan.Start), range))
            {
                yield return token;
            }

            if (range is not { } r || statement.ChunkSpan.IntersectsWith(r))
            {
                foreach (var token in StatementTokens.All(statement))
                {
                    yield return token;
                }
            }

            position = statement.SemicolonPosition ?? statement.ChunkSpan.End;
        }

        foreach (var token in Gap(document, TextSpan.FromBounds(position, document.Text.Length), range))
        {
            yield return token;
        }
    }

    /// <summary>The tokens of the text between the statements around <paramref name="position"/>, which no statement holds.</summary>
    public static ImmutableArray<Token> Between(DocumentAnalysis document, int position)
    {
        var statements = document.Script.Statements;
        var start = statements.LastOrDefault(s => s.ChunkSpan.End <= position) is { } previous ? previous.SemicolonPosition ?? previous.ChunkSpan.End : 0;
        var end = statements.FirstOrDefault(s => s.ChunkSpan.Start >= position)?.ChunkSpan.Start ?? document.Text.Length;
        return [.. Gap(document, TextSpan.FromBounds(start, Math.Max(start, end)), null)];
    }

    private static IEnumerable<Token> Gap(DocumentAnalysis document, TextSpan span, TextSpan? range)
    {
        if (range is { } r && !span.IntersectsWith(r))
        {
            return [];
        }

        var text = document.Text.ToString(span);
        return SqlParser.Tokenize(text).Select(t => new Token(t.Kind, t.Keyword, text[t.Span.Start..t.Span.End], new TextSpan(span.Start + t.Span.Start, t.Span.Length)));
    }
}
