using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using IdeLegend = SqlConn.Ide.Features.SemanticTokens.SemanticTokensLegend;
using SemanticToken = SqlConn.Ide.Features.SemanticTokens.SemanticToken;

namespace SqlConn.LanguageServer.Mapping;

/// <summary>
/// Semantic tokens in the LSP 3.17 relative encoding: per token its line and start character (UTF-16)
/// relative to the previous token's, its length, its type's index in the legend, its modifier bits.
/// The tokens never span lines (<see cref="SemanticToken"/>), so they suit clients with and without
/// <c>multilineTokenSupport</c> alike.
/// </summary>
internal static class LspSemanticTokens
{
    public static SemanticTokensLegend Legend { get; } = new(IdeLegend.TokenTypes, IdeLegend.TokenModifiers);

    public static SemanticTokens Encode(SourceText text, IEnumerable<SemanticToken> tokens)
    {
        var data = ImmutableArray.CreateBuilder<int>();
        var (line, character) = (0, 0);
        foreach (var token in tokens.OrderBy(t => t.Span.Start))
        {
            var start = text.Lines.GetLinePosition(token.Span.Start);
            data.Add(start.Line - line);
            data.Add(start.Line == line ? start.Character - character : start.Character);
            data.Add(token.Span.Length);
            data.Add(IdeLegend.TypeIndex(token));
            data.Add((int)token.Modifiers);
            (line, character) = (start.Line, start.Character);
        }

        return new SemanticTokens(data.ToImmutable());
    }
}
