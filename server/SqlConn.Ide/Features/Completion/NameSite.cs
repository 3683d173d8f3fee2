using System.Collections.Immutable;
using SqlConn.Ide.Tokens;
using SqlConn.Syntax;

namespace SqlConn.Ide.Features.Completion;

/// <summary>
/// A name being typed at the end of <see cref="CursorContext.Before"/>, possibly qualified
/// (<c>materialize.public.</c>) and possibly the next of a comma-separated list: what comes before the
/// list is the <see cref="Anchor"/> (its keywords decide what the name names), <see cref="NameStart"/> is
/// where the name being typed starts (what completion replaces).
/// </summary>
internal sealed record NameSite(ImmutableArray<string?> Anchor, int NameStart, bool InList, bool Qualified)
{
    public static NameSite Of(CursorContext context)
    {
        var before = context.Before;
        var nameStart = DottedStart(before, before.Length);
        var listStart = nameStart;
        while (listStart >= 2 && before[listStart - 1].IsSymbol(',') && IsName(before[listStart - 2]))
        {
            listStart = DottedStart(before, listStart - 2);
        }

        var anchor = before[..listStart].Select(t => t.Keyword).ToList();
        if (anchor.Count >= 2 && anchor[^2] == "IF" && anchor[^1] == "EXISTS")
        {
            anchor.RemoveRange(anchor.Count - 2, 2);
        }

        return new NameSite([.. anchor], nameStart, listStart < nameStart, nameStart < before.Length);
    }

    /// <summary>Whether the anchor is exactly these keywords.</summary>
    public bool Is(params string[] keywords) => Anchor.Length == keywords.Length && EndsWith(keywords);

    /// <summary>Whether the anchor starts with <paramref name="first"/> and ends with these keywords.</summary>
    public bool Ends(string first, params string[] keywords) => Anchor.Length > keywords.Length && Anchor[0] == first && EndsWith(keywords);

    private bool EndsWith(string[] keywords) =>
        keywords.Select((k, i) => Anchor[Anchor.Length - keywords.Length + i] == k).All(x => x);

    /// <summary>
    /// Where the dotted name whose parts and dots end at <paramref name="end"/> starts: before
    /// <c>a . b .</c> (a prefix being typed), or before <c>a . b</c> when <paramref name="end"/> is the index of <c>b</c>.
    /// </summary>
    private static int DottedStart(ImmutableArray<Token> tokens, int end)
    {
        var start = end;
        while (start >= 2 && tokens[start - 1].IsSymbol('.') && IsName(tokens[start - 2]))
        {
            start -= 2;
        }

        return start;
    }

    private static bool IsName(Token token) =>
        token.Kind is SyntaxTokenKind.Identifier or SyntaxTokenKind.QuotedIdentifier or SyntaxTokenKind.Keyword;
}
